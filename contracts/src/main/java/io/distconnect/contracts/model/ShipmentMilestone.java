package io.distconnect.contracts.model;

import java.time.Instant;
import java.util.List;

/**
 * A shipment reaching a milestone, from a ship notice (cXML ShipNoticeRequest / EDI 856) or a
 * carrier update. One shipment may carry several POs.
 *
 * @param asnId advance ship notice id
 * @param purchaseOrderNumbers the POs in the shipment, at least one
 * @param status the milestone reached
 * @param occurredAt when it was reached
 * @param estimatedArrival optional (null) ETA at the ship-to location
 * @param carrier carrier name or SCAC code
 * @param trackingNumber optional (null)
 * @param lines shipped lines; may be empty for carrier updates that only move the status
 */
public record ShipmentMilestone(
    String asnId,
    List<String> purchaseOrderNumbers,
    ShipmentStatus status,
    Instant occurredAt,
    Instant estimatedArrival,
    String carrier,
    String trackingNumber,
    List<ShipmentLine> lines) {

  public ShipmentMilestone {
    Checks.requireIdentifier(asnId, "ASN id");
    purchaseOrderNumbers = Checks.nonEmptyList(purchaseOrderNumbers, "purchase order numbers");
    purchaseOrderNumbers.forEach(po -> Checks.requireIdentifier(po, "purchase order number"));
    Checks.required(status, "shipment status");
    Checks.required(occurredAt, "occurred at");
    Checks.requireNonBlank(carrier, "carrier");
    if (trackingNumber != null) {
      Checks.requireNonBlank(trackingNumber, "tracking number");
    }
    lines = Checks.immutableList(lines, "shipment lines");
    for (ShipmentLine line : lines) {
      if (!purchaseOrderNumbers.contains(line.purchaseOrderNumber())) {
        throw new IllegalArgumentException(
            "shipment line for PO "
                + line.purchaseOrderNumber()
                + " is not among the shipment's POs "
                + purchaseOrderNumbers);
      }
    }
  }

  /** The lines shipped against one PO. */
  public List<ShipmentLine> linesFor(String purchaseOrderNumber) {
    return lines.stream()
        .filter(line -> line.purchaseOrderNumber().equals(purchaseOrderNumber))
        .toList();
  }
}
