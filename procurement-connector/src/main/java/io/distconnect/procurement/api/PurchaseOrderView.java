package io.distconnect.procurement.api;

import io.distconnect.procurement.domain.PurchaseOrderEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** A supplier purchase order as the API shows it; line quantities in the supplier's order unit. */
public record PurchaseOrderView(
    String number,
    String supplierId,
    String shipToLocationId,
    String currency,
    String status,
    int revision,
    String caseId,
    String requestId,
    List<Line> lines,
    Instant issuedAt) {

  /** One order line. */
  public record Line(
      int lineNumber,
      String itemId,
      String supplierPartId,
      BigDecimal quantity,
      String uom,
      BigDecimal unitPrice,
      LocalDate needByDate) {}

  static PurchaseOrderView of(PurchaseOrderEntity po) {
    return new PurchaseOrderView(
        po.number,
        po.supplierId,
        po.shipToLocationId,
        po.currency,
        po.status.name(),
        po.revision,
        po.caseId,
        po.requestId,
        po.lines.stream()
            .sorted(Comparator.comparingInt(l -> l.lineNumber))
            .map(
                l ->
                    new Line(
                        l.lineNumber,
                        l.itemId,
                        l.supplierPartId,
                        SupplierContractView.strip(l.quantity),
                        l.uom,
                        SupplierContractView.strip(l.unitPrice),
                        l.needByDate))
            .toList(),
        po.issuedAt);
  }
}
