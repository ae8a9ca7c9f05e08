package io.distconnect.procurement.api;

import io.distconnect.procurement.domain.SourcingExceptionEntry;
import java.time.Instant;

/** A request procurement could not turn into a supplier order, and why. */
public record SourcingExceptionView(
    String id,
    String requestId,
    String caseId,
    String itemId,
    String locationId,
    String reason,
    String detail,
    String purchaseOrderNumber,
    Instant createdAt) {

  static SourcingExceptionView of(SourcingExceptionEntry e) {
    return new SourcingExceptionView(
        e.id.toString(),
        e.requestId,
        e.caseId,
        e.itemId,
        e.locationId,
        e.reason.name(),
        e.detail,
        e.purchaseOrderNumber,
        e.createdAt);
  }
}
