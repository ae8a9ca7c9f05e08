package io.distconnect.procurement.api;

import io.distconnect.procurement.domain.Approval;
import io.distconnect.procurement.domain.ReplenishmentRequest;
import java.math.BigDecimal;
import java.time.Instant;

/** An approval with what a buyer needs to decide it. */
public record ApprovalView(
    String id,
    String requestId,
    String caseId,
    String itemId,
    String locationId,
    String supplierId,
    BigDecimal quantity,
    String uom,
    BigDecimal amount,
    String currency,
    String buyerGroup,
    BigDecimal spendLimit,
    String status,
    Instant createdAt,
    boolean escalated,
    Instant escalatedAt,
    String decidedBy,
    Instant decidedAt,
    String comment) {

  static ApprovalView of(Approval a, ReplenishmentRequest r) {
    return new ApprovalView(
        a.id.toString(),
        a.requestId,
        r == null ? null : r.caseId,
        r == null ? null : r.itemId,
        r == null ? null : r.locationId,
        r == null ? null : r.supplierId,
        r == null ? null : SupplierContractView.strip(r.orderQuantity),
        r == null ? null : r.orderUom,
        SupplierContractView.strip(a.amount),
        a.currency,
        a.buyerGroup,
        SupplierContractView.strip(a.spendLimit),
        a.status.name(),
        a.createdAt,
        a.escalatedAt != null,
        a.escalatedAt,
        a.decidedBy,
        a.decidedAt,
        a.comment);
  }
}
