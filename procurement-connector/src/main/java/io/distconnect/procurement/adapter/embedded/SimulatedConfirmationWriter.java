package io.distconnect.procurement.adapter.embedded;

import io.distconnect.procurement.adapter.cxml.CxmlConfirmationRequest;
import io.distconnect.procurement.adapter.cxml.CxmlDocument;
import io.distconnect.procurement.adapter.cxml.CxmlOrderRequest;
import io.distconnect.procurement.adapter.cxml.CxmlOrderRequestWriter;
import io.distconnect.procurement.adapter.cxml.CxmlXml;
import io.distconnect.procurement.adapter.cxml.SupplierDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Writes the ConfirmationRequest a supplier sends for an OrderRequest: whole-order accept or
 * reject, or per-line detail promising each line a week later than requested. Used by the embedded
 * supplier simulator, so its answers are the same documents a real supplier sends.
 */
@ApplicationScoped
public class SimulatedConfirmationWriter {

  private final SupplierDirectory suppliers;

  public SimulatedConfirmationWriter(SupplierDirectory suppliers) {
    this.suppliers = suppliers;
  }

  public String render(CxmlDocument orderDocument, SimulatedAnswer answer) {
    CxmlOrderRequest order = orderDocument.request.orderRequest;
    String supplierId = orderDocument.header.to.identity();
    CxmlDocument doc = new CxmlDocument();
    doc.payloadId = UUID.randomUUID() + "@" + supplierId;
    doc.timestamp = CxmlOrderRequestWriter.cxmlTime(Instant.now());
    doc.version = "1.2.014";
    doc.lang = "en-US";
    doc.header = new CxmlDocument.Header();
    doc.header.from = CxmlDocument.Party.of(suppliers.domain(supplierId), supplierId);
    doc.header.to = orderDocument.header.from;
    doc.header.sender = new CxmlDocument.Sender();
    doc.header.sender.credentials.add(
        CxmlDocument.Credential.of(
            suppliers.domain(supplierId),
            supplierId,
            suppliers.sharedSecret(supplierId).orElse(null)));
    doc.header.sender.userAgent = "distconnect embedded supplier";
    doc.request = new CxmlDocument.Request();
    doc.request.deploymentMode = "production";
    CxmlConfirmationRequest c = new CxmlConfirmationRequest();
    c.header = new CxmlConfirmationRequest.Header();
    c.header.confirmId = "CONF-" + order.header.orderId + "-" + order.header.orderVersion;
    c.header.noticeDate = doc.timestamp;
    c.header.operation = "new";
    c.orderReference = new CxmlDocument.OrderReference();
    c.orderReference.orderId = order.header.orderId;
    c.orderReference.orderDate = order.header.orderDate;
    c.orderReference.documentReference = new CxmlDocument.DocumentReference();
    c.orderReference.documentReference.payloadId = orderDocument.payloadId;
    switch (answer) {
      case ACCEPT -> c.header.type = "accept";
      case REJECT -> c.header.type = "reject";
      case CHANGE -> {
        c.header.type = "detail";
        for (CxmlOrderRequest.ItemOut line : order.items) {
          CxmlConfirmationRequest.Item item = new CxmlConfirmationRequest.Item();
          item.lineNumber = line.lineNumber;
          item.quantity = line.quantity;
          item.unitOfMeasure = line.detail.unitOfMeasure;
          CxmlConfirmationRequest.ItemStatus status = new CxmlConfirmationRequest.ItemStatus();
          status.type = "detail";
          status.quantity = line.quantity;
          status.unitOfMeasure = line.detail.unitOfMeasure;
          status.deliveryDate =
              LocalDate.parse(line.requestedDeliveryDate.substring(0, 10)).plusWeeks(1).toString();
          status.comments = CxmlDocument.Text.of("en", "Earliest we can deliver");
          item.statuses.add(status);
          c.items.add(item);
        }
      }
    }
    doc.request.confirmationRequest = c;
    return CxmlXml.write(doc);
  }
}
