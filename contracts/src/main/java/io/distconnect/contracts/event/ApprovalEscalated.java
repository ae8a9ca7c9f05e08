package io.distconnect.contracts.event;

import io.distconnect.contracts.model.Checks;
import io.distconnect.contracts.model.Money;
import java.time.Instant;

/**
 * A pending approval waited longer than procurement's escalation age. Published once per approval;
 * the approval stays pending (a buyer still decides it).
 *
 * @param approvalId procurement's approval id
 * @param requestId the replenishment request waiting for it
 * @param caseId the replenishment case
 * @param itemId the item
 * @param locationId the ship-to location
 * @param orderValue the order's value that needed approval
 * @param buyerGroup the buyer group whose limit it exceeded
 * @param pendingSince when the approval was created
 * @param escalatedAt when it was escalated (after {@code pendingSince})
 */
public record ApprovalEscalated(
    String approvalId,
    String requestId,
    String caseId,
    String itemId,
    String locationId,
    Money orderValue,
    String buyerGroup,
    Instant pendingSince,
    Instant escalatedAt)
    implements EventPayload {

  public ApprovalEscalated {
    Checks.requireIdentifier(approvalId, "approval id");
    Checks.requireIdentifier(requestId, "request id");
    Checks.requireIdentifier(caseId, "case id");
    Checks.requireIdentifier(itemId, "item id");
    Checks.requireIdentifier(locationId, "location id");
    Checks.required(orderValue, "order value");
    Checks.requireNonBlank(buyerGroup, "buyer group");
    Checks.required(pendingSince, "pending since");
    Checks.required(escalatedAt, "escalated at");
    if (escalatedAt.isBefore(pendingSince)) {
      throw new IllegalArgumentException(
          "escalated at " + escalatedAt + " is before pending since " + pendingSince);
    }
  }

  @Override
  public String partitionKey() {
    return EventType.subjectKey(itemId, locationId);
  }
}
