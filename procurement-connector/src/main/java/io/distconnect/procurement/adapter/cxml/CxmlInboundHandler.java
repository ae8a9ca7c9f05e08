package io.distconnect.procurement.adapter.cxml;

import io.distconnect.procurement.domain.DocumentRejectedException;
import io.distconnect.procurement.domain.PurchaseOrderEntity;
import io.distconnect.procurement.domain.SupplierDelivery;
import io.distconnect.procurement.domain.SupplierDocument;
import io.distconnect.procurement.domain.SupplierResponses;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Receives a cXML document from a supplier: parses it safely, authenticates the sender's shared
 * secret, applies a ConfirmationRequest or ShipNoticeRequest in one transaction, and keeps every
 * document — applied or refused — with the status it was answered with. A document whose payloadID
 * was applied before is answered 200 again without being applied twice.
 */
@ApplicationScoped
public class CxmlInboundHandler {

  private static final Pattern ENCODING =
      Pattern.compile("^<\\?xml[^>]*encoding=[\"']([A-Za-z0-9._-]+)[\"']");

  private final SupplierDirectory suppliers;
  private final SupplierResponses responses;

  public CxmlInboundHandler(SupplierDirectory suppliers, SupplierResponses responses) {
    this.suppliers = suppliers;
    this.responses = responses;
  }

  /** The answer: cXML status code and the Response document. */
  public record Answer(int code, String document) {}

  /** What was received, for the record. */
  private record Received(String payloadId, String type, String supplierId, String poNumber) {}

  @WithSpan
  public Uni<Answer> handle(byte[] body) {
    Received received = new Received(null, null, null, null);
    try {
      CxmlDocument doc = CxmlXml.read(body);
      String supplierId =
          doc.header == null || doc.header.from == null ? null : doc.header.from.identity();
      String secret =
          doc.header == null || doc.header.sender == null ? null : doc.header.sender.sharedSecret();
      String type = type(doc);
      received = new Received(doc.payloadId, type, supplierId, orderNumber(doc));
      if (!suppliers.authenticates(supplierId, secret)) {
        // Same answer for an unknown supplier and a wrong secret.
        throw new DocumentRejectedException(401, "Sender credential not accepted");
      }
      if (doc.payloadId == null || doc.payloadId.isBlank()) {
        throw new DocumentRejectedException(400, "cXML payloadID is required");
      }
      Received r = received;
      return Panache.withTransaction(() -> applyOnce(doc, r, body))
          .onFailure()
          .recoverWithUni(e -> refuse(r, body, e));
    } catch (RuntimeException e) {
      return refuse(received, body, e);
    }
  }

  private Uni<Answer> applyOnce(CxmlDocument doc, Received r, byte[] body) {
    return SupplierDocument.count(
            "supplierId = ?1 and payloadId = ?2 and statusCode = 200",
            r.supplierId(),
            doc.payloadId)
        .flatMap(
            seen -> {
              if (seen > 0) {
                Log.infof(
                    "cXML %s from %s was applied before; not applied again",
                    doc.payloadId, r.supplierId());
                return Uni.createFrom().item(answer(200, "Already processed"));
              }
              return apply(doc, r.supplierId())
                  .call(() -> store(r, body, 200, "OK"))
                  .replaceWith(answer(200, "OK"));
            });
  }

  private Uni<Void> apply(CxmlDocument doc, String supplierId) {
    if (doc.request.confirmationRequest != null) {
      CxmlConfirmationRequest c = doc.request.confirmationRequest;
      return responses
          .order(orderNumber(doc), supplierId)
          .call(po -> requireCurrentRevision(c, po))
          .flatMap(
              po -> responses.acknowledge(CxmlDocumentMapper.acknowledgment(c, supplierId, po)))
          .replaceWithVoid();
    }
    CxmlShipNoticeRequest s = doc.request.shipNoticeRequest;
    return Multi.createFrom()
        .iterable(s.portions)
        .onItem()
        .transformToUniAndConcatenate(
            p ->
                responses.order(
                    p.orderReference == null ? null : p.orderReference.orderId, supplierId))
        .collect()
        .asList()
        .flatMap(orders -> responses.shipped(CxmlDocumentMapper.shipment(s, orders), supplierId));
  }

  /**
   * A confirmation that names the OrderRequest it answers (DocumentReference payloadID) must answer
   * the order's current revision: confirming revision 1 after revision 2 went out says nothing
   * about what the supplier will deliver now.
   */
  private static Uni<Void> requireCurrentRevision(
      CxmlConfirmationRequest c, PurchaseOrderEntity po) {
    String referenced =
        c.orderReference == null || c.orderReference.documentReference == null
            ? null
            : c.orderReference.documentReference.payloadId;
    if (referenced == null) {
      return Uni.createFrom().voidItem();
    }
    return SupplierDelivery.<SupplierDelivery>find("payloadId", referenced.strip())
        .firstResult()
        .map(
            d -> {
              if (d != null
                  && d.purchaseOrderNumber.equals(po.number)
                  && d.revision < po.revision) {
                throw new DocumentRejectedException(
                    409,
                    "Confirms revision "
                        + d.revision
                        + " of "
                        + po.number
                        + ", which is at revision "
                        + po.revision);
              }
              return null;
            })
        .replaceWithVoid();
  }

  private Uni<Answer> refuse(Received r, byte[] body, Throwable e) {
    int code;
    String text;
    if (e instanceof DocumentRejectedException d) {
      code = d.code();
      text = d.getMessage();
    } else if (e instanceof MalformedCxmlException m) {
      code = 400;
      text = m.getMessage();
    } else if (e instanceof jakarta.persistence.OptimisticLockException) {
      // The order changed while this document was applied (an amendment went out): nothing was
      // applied; sent again, the document is judged against the order as it is now.
      Log.warnf(
          "cXML %s from %s raced a change of its order; refused with 500 for a resend",
          r.payloadId(), r.supplierId());
      code = 500;
      text = "The order changed while the document was processed; send it again";
    } else {
      // Database or broker trouble: 500 tells the supplier to send the document again later.
      Log.errorf(e, "cXML %s from %s could not be applied", r.payloadId(), r.supplierId());
      code = 500;
      text = "Temporarily unable to process the document; send it again later";
    }
    Log.infof(
        "cXML %s (%s) from %s refused with %d: %s",
        r.payloadId(), r.type(), r.supplierId(), code, text);
    return Panache.withTransaction(() -> store(r, body, code, text))
        .onFailure()
        .invoke(f -> Log.errorf(f, "Refused cXML %s could not be stored", r.payloadId()))
        .onFailure()
        .recoverWithNull()
        .replaceWith(answer(code, text));
  }

  private static Uni<Void> store(Received r, byte[] body, int code, String text) {
    SupplierDocument d = new SupplierDocument();
    d.id = UUID.randomUUID();
    d.payloadId = truncate(r.payloadId(), 200);
    d.documentType = r.type();
    d.supplierId = truncate(r.supplierId(), 100);
    d.purchaseOrderNumber = truncate(r.poNumber(), 100);
    d.statusCode = code;
    d.statusText = truncate(text, 2000);
    d.body = decode(body);
    d.receivedAt = Instant.now();
    return d.persist().replaceWithVoid();
  }

  private static String type(CxmlDocument doc) {
    if (doc.request == null) {
      throw new DocumentRejectedException(400, "cXML document has no Request");
    }
    if (doc.request.confirmationRequest != null) {
      return "ConfirmationRequest";
    }
    if (doc.request.shipNoticeRequest != null) {
      return "ShipNoticeRequest";
    }
    throw new DocumentRejectedException(
        400, "Only ConfirmationRequest and ShipNoticeRequest are accepted here");
  }

  private static String orderNumber(CxmlDocument doc) {
    if (doc.request == null) {
      return null;
    }
    if (doc.request.confirmationRequest != null) {
      var ref = doc.request.confirmationRequest.orderReference;
      return ref == null || ref.orderId == null ? null : ref.orderId.strip();
    }
    if (doc.request.shipNoticeRequest != null
        && !doc.request.shipNoticeRequest.portions.isEmpty()) {
      var ref = doc.request.shipNoticeRequest.portions.get(0).orderReference;
      return ref == null || ref.orderId == null ? null : ref.orderId.strip();
    }
    return null;
  }

  private static Answer answer(int code, String text) {
    return new Answer(code, CxmlResponses.response(code, text));
  }

  /** Keeps the document as the supplier sent it, decoded with the encoding it declares. */
  private static String decode(byte[] body) {
    String head = new String(body, 0, Math.min(body.length, 200), StandardCharsets.ISO_8859_1);
    Matcher m = ENCODING.matcher(head.stripLeading());
    Charset charset = StandardCharsets.UTF_8;
    if (m.find() && Charset.isSupported(m.group(1))) {
      charset = Charset.forName(m.group(1));
    }
    return new String(body, charset).replace("\u0000", "");
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
