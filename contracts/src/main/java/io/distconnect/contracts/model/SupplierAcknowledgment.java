package io.distconnect.contracts.model;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A supplier's order confirmation: per-line accept, change or reject.
 *
 * @param purchaseOrderNumber the PO answered
 * @param supplierId who answered
 * @param acknowledgedAt when the supplier sent it
 * @param lines at least one, unique line numbers
 */
public record SupplierAcknowledgment(
    String purchaseOrderNumber,
    String supplierId,
    Instant acknowledgedAt,
    List<AcknowledgmentLine> lines) {

  public SupplierAcknowledgment {
    Checks.requireIdentifier(purchaseOrderNumber, "purchase order number");
    Checks.requireIdentifier(supplierId, "supplier id");
    Checks.required(acknowledgedAt, "acknowledged at");
    lines = Checks.nonEmptyList(lines, "acknowledgment lines");
    Set<Integer> seen = new HashSet<>();
    for (AcknowledgmentLine line : lines) {
      if (!seen.add(line.lineNumber())) {
        throw new IllegalArgumentException("duplicate acknowledgment line " + line.lineNumber());
      }
    }
  }

  /**
   * The PO status this answer leads to: ACKNOWLEDGED when every line is accepted, REJECTED when
   * every line is rejected, CHANGED otherwise (some change, or a mix).
   */
  public PurchaseOrderStatus resultingStatus() {
    if (lines.stream().allMatch(line -> line.action() == AcknowledgmentAction.ACCEPT)) {
      return PurchaseOrderStatus.ACKNOWLEDGED;
    }
    if (lines.stream().allMatch(line -> line.action() == AcknowledgmentAction.REJECT)) {
      return PurchaseOrderStatus.REJECTED;
    }
    return PurchaseOrderStatus.CHANGED;
  }
}
