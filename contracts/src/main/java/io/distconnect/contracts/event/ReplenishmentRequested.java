package io.distconnect.contracts.event;

import io.distconnect.contracts.model.Checks;
import io.distconnect.contracts.model.Money;
import io.distconnect.contracts.model.Quantity;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A command from the orchestrator to procurement (sent over Kafka so it waits while procurement is
 * down): buy, amend or expedite for one item at one location.
 *
 * @param requestId unique id of this request; procurement echoes it on {@link PurchaseOrderIssued}
 * @param caseId the replenishment case
 * @param itemId the item
 * @param locationId ship-to location
 * @param quantity in the item's base unit: the quantity to buy (NEW_ORDER), the line's new total
 *     (AMEND) or the quantity needed earlier (EXPEDITE); positive. Procurement converts it to the
 *     supplier's order unit and rounds to MOQ and order multiple.
 * @param needByDate when the goods must be at the location
 * @param decisionKind NEW_ORDER, AMEND or EXPEDITE
 * @param purchaseOrderNumber the PO to amend or expedite; absent for NEW_ORDER
 * @param estimatedValue optional value estimate for approval routing (procurement reprices)
 * @param requestedAt when the orchestrator decided
 */
public record ReplenishmentRequested(
    String requestId,
    String caseId,
    String itemId,
    String locationId,
    Quantity quantity,
    LocalDate needByDate,
    ReplenishmentDecisionKind decisionKind,
    String purchaseOrderNumber,
    Money estimatedValue,
    Instant requestedAt)
    implements EventPayload {

  public ReplenishmentRequested {
    Checks.requireIdentifier(requestId, "request id");
    Checks.requireIdentifier(caseId, "case id");
    Checks.requireIdentifier(itemId, "item id");
    Checks.requireIdentifier(locationId, "location id");
    Checks.required(quantity, "quantity");
    if (!quantity.isPositive()) {
      throw new IllegalArgumentException("requested quantity must be positive: " + quantity);
    }
    Checks.required(needByDate, "need-by date");
    Checks.required(decisionKind, "decision kind");
    Checks.optionalIdentifier(purchaseOrderNumber, "purchase order number");
    if (decisionKind.needsPurchaseOrder() && purchaseOrderNumber == null) {
      throw new IllegalArgumentException(decisionKind + " needs the purchase order number");
    }
    if (!decisionKind.needsPurchaseOrder() && purchaseOrderNumber != null) {
      throw new IllegalArgumentException("NEW_ORDER must not name a purchase order");
    }
    Checks.required(requestedAt, "requested at");
  }

  @Override
  public String partitionKey() {
    return EventType.subjectKey(itemId, locationId);
  }
}
