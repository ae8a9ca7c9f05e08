package io.distconnect.procurement.adapter.cxml;

import io.distconnect.contracts.event.PurchaseOrderIssueKind;
import io.distconnect.contracts.uom.UnitOfMeasure;
import io.distconnect.contracts.uom.UomCodeSystem;
import io.distconnect.procurement.domain.IssuedOrder;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Renders an issued order revision as a cXML 1.2 OrderRequest: {@code type="new"} for revision 1,
 * {@code "update"} with {@code orderVersion} for amendments, one ItemOut per line with the
 * supplier's part id, UN/ECE Rec 20 unit code, unit price and requested delivery date.
 */
@ApplicationScoped
public class CxmlOrderRequestWriter {

  private final SupplierDirectory suppliers;

  public CxmlOrderRequestWriter(SupplierDirectory suppliers) {
    this.suppliers = suppliers;
  }

  public String render(IssuedOrder order, String payloadId, Instant timestamp) {
    CxmlDocument doc = new CxmlDocument();
    doc.payloadId = payloadId;
    doc.timestamp = cxmlTime(timestamp);
    doc.version = "1.2.014";
    doc.lang = "en-US";
    doc.header = new CxmlDocument.Header();
    doc.header.from = CxmlDocument.Party.of(suppliers.buyerDomain(), suppliers.buyerIdentity());
    doc.header.to = CxmlDocument.Party.of(suppliers.domain(order.supplierId()), order.supplierId());
    doc.header.sender = new CxmlDocument.Sender();
    doc.header.sender.credentials.add(
        CxmlDocument.Credential.of(
            suppliers.buyerDomain(),
            suppliers.buyerIdentity(),
            suppliers.sharedSecret(order.supplierId()).orElse(null)));
    doc.header.sender.userAgent = "distconnect procurement-connector";
    doc.request = new CxmlDocument.Request();
    doc.request.deploymentMode = "production";
    doc.request.orderRequest = orderRequest(order);
    return CxmlXml.write(doc);
  }

  private static CxmlOrderRequest orderRequest(IssuedOrder order) {
    CxmlOrderRequest request = new CxmlOrderRequest();
    request.header = new CxmlOrderRequest.Header();
    request.header.orderId = order.number();
    request.header.orderDate = cxmlTime(order.issuedAt());
    request.header.type = order.kind() == PurchaseOrderIssueKind.NEW ? "new" : "update";
    request.header.orderVersion = order.revision();
    request.header.total = new CxmlOrderRequest.Total();
    request.header.total.money =
        CxmlDocument.Money.of(order.currency(), order.total().stripTrailingZeros().toPlainString());
    request.header.shipTo = new CxmlOrderRequest.ShipTo();
    request.header.shipTo.address = new CxmlOrderRequest.Address();
    request.header.shipTo.address.addressId = order.shipToLocationId();
    request.header.shipTo.address.name = CxmlDocument.Text.of("en", order.shipToLocationId());
    for (IssuedOrder.Line line : order.lines()) {
      CxmlOrderRequest.ItemOut item = new CxmlOrderRequest.ItemOut();
      item.lineNumber = line.lineNumber();
      item.quantity = line.quantity().stripTrailingZeros().toPlainString();
      item.requestedDeliveryDate = line.needByDate().toString();
      item.itemId = new CxmlOrderRequest.ItemId();
      item.itemId.supplierPartId = line.supplierPartId();
      item.itemId.buyerPartId = line.itemId();
      item.detail = new CxmlOrderRequest.ItemDetail();
      item.detail.unitPrice = new CxmlOrderRequest.UnitPrice();
      item.detail.unitPrice.money =
          CxmlDocument.Money.of(
              order.currency(), line.unitPrice().stripTrailingZeros().toPlainString());
      item.detail.description = CxmlDocument.Text.of("en", line.itemId());
      item.detail.unitOfMeasure =
          UomCodeSystem.UNECE_REC20.codeFor(UnitOfMeasure.parse(line.uom()));
      request.items.add(item);
    }
    return request;
  }

  private static final DateTimeFormatter CXML_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

  /** cXML timestamps are ISO 8601 with a numeric offset, e.g. 2026-11-27T12:00:00+00:00. */
  public static String cxmlTime(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC).format(CXML_TIME);
  }
}
