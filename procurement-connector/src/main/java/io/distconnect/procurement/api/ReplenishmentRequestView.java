package io.distconnect.procurement.api;

import io.distconnect.procurement.domain.ReplenishmentRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A replenishment request as the API shows it. */
public record ReplenishmentRequestView(
    String requestId,
    String caseId,
    String itemId,
    String locationId,
    BigDecimal quantity,
    String uom,
    LocalDate needByDate,
    String decisionKind,
    String purchaseOrderNumber,
    String requestedBy,
    Instant requestedAt,
    String status,
    Instant receivedAt,
    String supplierId,
    String contractId,
    BigDecimal orderQuantity,
    String orderUom,
    String issuedPurchaseOrderNumber,
    String sourcingReasons) {

  static ReplenishmentRequestView of(ReplenishmentRequest r) {
    return new ReplenishmentRequestView(
        r.requestId,
        r.caseId,
        r.itemId,
        r.locationId,
        r.quantity,
        r.uom,
        r.needByDate,
        r.decisionKind.name(),
        r.purchaseOrderNumber,
        r.requestedBy,
        r.requestedAt,
        r.status.name(),
        r.receivedAt,
        r.supplierId,
        r.contractId,
        SupplierContractView.strip(r.orderQuantity),
        r.orderUom,
        r.issuedPurchaseOrderNumber,
        r.sourcingReasons);
  }

  /** The answer while a request waits in the queue. */
  public record Queued(String requestId, String status) {}
}
