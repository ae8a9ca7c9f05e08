package io.distconnect.contracts.event;

import io.distconnect.contracts.model.Checks;
import java.time.Instant;

/**
 * Procurement could not source, approve or deliver a replenishment request. The request is not
 * dropped: this event carries the reason so the orchestrator turns the case into an exception a
 * person can act on.
 *
 * @param requestId the {@link ReplenishmentRequested#requestId()} that failed
 * @param caseId the replenishment case
 * @param itemId the item
 * @param locationId the ship-to location
 * @param reason the machine-readable reason
 * @param detail what a buyer needs to read, e.g. which contracts were ruled out and why
 * @param purchaseOrderNumber the supplier PO concerned, when there is one (amend, delivery)
 * @param raisedAt when procurement gave up
 */
public record SourcingExceptionRaised(
    String requestId,
    String caseId,
    String itemId,
    String locationId,
    SourcingExceptionReason reason,
    String detail,
    String purchaseOrderNumber,
    Instant raisedAt)
    implements EventPayload {

  public SourcingExceptionRaised {
    Checks.requireIdentifier(requestId, "request id");
    Checks.requireIdentifier(caseId, "case id");
    Checks.requireIdentifier(itemId, "item id");
    Checks.requireIdentifier(locationId, "location id");
    Checks.required(reason, "reason");
    Checks.requireNonBlank(detail, "detail");
    Checks.optionalIdentifier(purchaseOrderNumber, "purchase order number");
    Checks.required(raisedAt, "raised at");
  }

  @Override
  public String partitionKey() {
    return EventType.subjectKey(itemId, locationId);
  }
}
