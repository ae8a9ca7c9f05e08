package io.distconnect.erp.domain;

import io.distconnect.contracts.model.PurchaseOrderStatus;
import io.distconnect.contracts.model.Quantity;
import io.distconnect.contracts.uom.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A purchase order as the ERP reports it, whichever adapter read it.
 *
 * @param number the ERP's own number
 * @param externalReference the procurement platform's PO number
 * @param revision 1 when created, +1 per amendment
 */
public record PurchaseOrderView(
    String number,
    String supplierId,
    String shipToLocationId,
    String currency,
    PurchaseOrderStatus status,
    String externalReference,
    String caseId,
    int revision,
    List<Line> lines,
    Instant createdAt,
    Instant updatedAt) {

  /** One line; quantities in the line's order unit. */
  public record Line(
      int lineNumber,
      String itemId,
      BigDecimal quantity,
      UnitOfMeasure uom,
      BigDecimal unitPrice,
      LocalDate needByDate,
      BigDecimal receivedQuantity) {}

  public static PurchaseOrderView of(PurchaseOrderEntity po) {
    return new PurchaseOrderView(
        po.number,
        po.supplierId,
        po.shipToLocationId,
        po.currency,
        po.status,
        po.externalReference,
        po.caseId,
        po.revision,
        po.lines.stream()
            .map(
                l ->
                    new Line(
                        l.lineNumber,
                        l.itemId,
                        Quantity.normalise(l.quantity),
                        l.uom,
                        Quantity.normalise(l.unitPrice),
                        l.needByDate,
                        Quantity.normalise(l.receivedQuantity)))
            .toList(),
        po.createdAt,
        po.updatedAt);
  }
}
