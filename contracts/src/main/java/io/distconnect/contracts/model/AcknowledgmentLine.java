package io.distconnect.contracts.model;

import java.time.LocalDate;

/**
 * The supplier's answer for one PO line.
 *
 * @param lineNumber the PO line answered
 * @param action ACCEPT, CHANGE or REJECT
 * @param promisedQuantity what the supplier will deliver; required unless rejected (null then)
 * @param promisedDate when it will arrive; required unless rejected (null then)
 * @param comment optional (null) supplier text, e.g. the reason for a change
 */
public record AcknowledgmentLine(
    int lineNumber,
    AcknowledgmentAction action,
    Quantity promisedQuantity,
    LocalDate promisedDate,
    String comment) {

  public AcknowledgmentLine {
    Checks.requirePositive(lineNumber, "line number");
    Checks.required(action, "acknowledgment action");
    if (action == AcknowledgmentAction.REJECT) {
      if (promisedQuantity != null || promisedDate != null) {
        throw new IllegalArgumentException(
            "rejected line " + lineNumber + " must not promise a quantity or date");
      }
    } else {
      Checks.required(promisedQuantity, "promised quantity of line " + lineNumber);
      Checks.required(promisedDate, "promised date of line " + lineNumber);
    }
  }
}
