package io.distconnect.contracts.event;

import io.distconnect.contracts.model.AcknowledgmentLine;
import io.distconnect.contracts.model.Checks;
import io.distconnect.contracts.model.PurchaseOrderStatus;
import io.distconnect.contracts.model.SupplierAcknowledgment;
import java.time.Instant;
import java.util.List;

/**
 * The supplier answered a purchase order (cXML ConfirmationRequest): per line accepted, changed or
 * rejected, with promised quantities and dates.
 *
 * @param purchaseOrderNumber the PO (the key)
 * @param supplierId who answered
 * @param outcome the PO status the answer leads to: ACKNOWLEDGED, CHANGED or REJECTED
 * @param lines the per-line answers
 * @param caseId optional replenishment case of the PO
 * @param acknowledgedAt when the supplier sent it
 */
public record SupplierAcknowledged(
    String purchaseOrderNumber,
    String supplierId,
    PurchaseOrderStatus outcome,
    List<AcknowledgmentLine> lines,
    String caseId,
    Instant acknowledgedAt)
    implements EventPayload {

  public SupplierAcknowledged {
    Checks.required(outcome, "outcome");
    SupplierAcknowledgment acknowledgment =
        new SupplierAcknowledgment(purchaseOrderNumber, supplierId, acknowledgedAt, lines);
    if (acknowledgment.resultingStatus() != outcome) {
      throw new IllegalArgumentException(
          "outcome "
              + outcome
              + " contradicts the lines, which mean "
              + acknowledgment.resultingStatus());
    }
    lines = acknowledgment.lines();
    Checks.optionalIdentifier(caseId, "case id");
  }

  public static SupplierAcknowledged of(SupplierAcknowledgment acknowledgment, String caseId) {
    return new SupplierAcknowledged(
        acknowledgment.purchaseOrderNumber(),
        acknowledgment.supplierId(),
        acknowledgment.resultingStatus(),
        acknowledgment.lines(),
        caseId,
        acknowledgment.acknowledgedAt());
  }

  public SupplierAcknowledgment toAcknowledgment() {
    return new SupplierAcknowledgment(purchaseOrderNumber, supplierId, acknowledgedAt, lines);
  }

  @Override
  public String partitionKey() {
    return purchaseOrderNumber;
  }
}
