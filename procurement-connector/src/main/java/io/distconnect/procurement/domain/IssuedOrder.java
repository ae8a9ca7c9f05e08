package io.distconnect.procurement.domain;

import io.distconnect.contracts.event.PurchaseOrderIssueKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A purchase order exactly as one revision was issued: what the supplier delivery renders into a
 * cXML OrderRequest. Stored as JSON with the delivery, so a later amendment never changes what an
 * earlier revision said, and no shared secret is ever stored (it is added when sending).
 */
public record IssuedOrder(
    String number,
    int revision,
    PurchaseOrderIssueKind kind,
    String supplierId,
    String shipToLocationId,
    String currency,
    Instant issuedAt,
    List<Line> lines) {

  /** One line as issued, quantity in the supplier's order unit. */
  public record Line(
      int lineNumber,
      String itemId,
      String supplierPartId,
      BigDecimal quantity,
      String uom,
      BigDecimal unitPrice,
      LocalDate needByDate) {}

  public static IssuedOrder of(PurchaseOrderEntity po, PurchaseOrderIssueKind kind) {
    return new IssuedOrder(
        po.number,
        po.revision,
        kind,
        po.supplierId,
        po.shipToLocationId,
        po.currency,
        po.updatedAt,
        po.lines.stream()
            .sorted(java.util.Comparator.comparingInt(l -> l.lineNumber))
            .map(
                l ->
                    new Line(
                        l.lineNumber,
                        l.itemId,
                        l.supplierPartId,
                        l.quantity,
                        l.uom,
                        l.unitPrice,
                        l.needByDate))
            .toList());
  }

  /** Total order value, the sum of quantity × price. */
  public BigDecimal total() {
    return lines.stream()
        .map(l -> l.quantity().multiply(l.unitPrice()))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
