package io.distconnect.contracts.event;

import io.distconnect.contracts.model.Checks;
import io.distconnect.contracts.model.ShipmentLine;
import io.distconnect.contracts.model.ShipmentMilestone;
import io.distconnect.contracts.model.ShipmentStatus;
import java.time.Instant;
import java.util.List;

/**
 * A shipment for a purchase order reached a milestone. A shipment covering several POs yields one
 * event per PO, so each stays ordered with the rest of its PO's events.
 *
 * @param purchaseOrderNumber the PO (the key)
 * @param asnId the ship notice
 * @param status SHIPPED, IN_TRANSIT, DELAYED or DELIVERED
 * @param occurredAt when the milestone was reached
 * @param estimatedArrival optional ETA at the ship-to location
 * @param carrier carrier name or SCAC
 * @param trackingNumber optional
 * @param lines what the shipment carries for this PO (may be empty for status-only updates)
 * @param caseId optional replenishment case of the PO
 */
public record ShipmentMilestoneReached(
    String purchaseOrderNumber,
    String asnId,
    ShipmentStatus status,
    Instant occurredAt,
    Instant estimatedArrival,
    String carrier,
    String trackingNumber,
    List<ShipmentLine> lines,
    String caseId)
    implements EventPayload {

  public ShipmentMilestoneReached {
    lines =
        new ShipmentMilestone(
                asnId,
                List.of(Checks.requireIdentifier(purchaseOrderNumber, "purchase order number")),
                status,
                occurredAt,
                estimatedArrival,
                carrier,
                trackingNumber,
                lines)
            .lines();
    Checks.optionalIdentifier(caseId, "case id");
  }

  /**
   * The event for one PO of a shipment.
   *
   * @throws IllegalArgumentException when the PO is not in the shipment
   */
  public static ShipmentMilestoneReached of(
      ShipmentMilestone milestone, String purchaseOrderNumber, String caseId) {
    if (!milestone.purchaseOrderNumbers().contains(purchaseOrderNumber)) {
      throw new IllegalArgumentException(
          "PO " + purchaseOrderNumber + " is not in shipment " + milestone.asnId());
    }
    return new ShipmentMilestoneReached(
        purchaseOrderNumber,
        milestone.asnId(),
        milestone.status(),
        milestone.occurredAt(),
        milestone.estimatedArrival(),
        milestone.carrier(),
        milestone.trackingNumber(),
        milestone.linesFor(purchaseOrderNumber),
        caseId);
  }

  @Override
  public String partitionKey() {
    return purchaseOrderNumber;
  }
}
