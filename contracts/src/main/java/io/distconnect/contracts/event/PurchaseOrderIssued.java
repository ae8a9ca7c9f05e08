package io.distconnect.contracts.event;

import io.distconnect.contracts.model.Checks;
import io.distconnect.contracts.model.PurchaseOrder;
import io.distconnect.contracts.model.PurchaseOrderLine;
import io.distconnect.contracts.model.PurchaseOrderStatus;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * Procurement sent a purchase order (or an amendment) to the supplier. Carries the full order so
 * the orchestrator can have the ERP create or amend its copy without calling procurement.
 *
 * @param purchaseOrderNumber the PO number (the key)
 * @param revision 1 for NEW, then 2, 3... per amendment; lets consumers drop stale amendments
 * @param issueKind NEW or AMENDED
 * @param supplierId the chosen supplier
 * @param shipToLocationId canonical ship-to location
 * @param currency of every line price
 * @param lines the order's lines as issued (all of them, not only the changed ones)
 * @param caseId optional replenishment case that led to it (absent for buyer-made orders)
 * @param requestId optional {@link ReplenishmentRequested#requestId()} it answers
 * @param issuedAt when it was sent to the supplier
 */
public record PurchaseOrderIssued(
    String purchaseOrderNumber,
    int revision,
    PurchaseOrderIssueKind issueKind,
    String supplierId,
    String shipToLocationId,
    Currency currency,
    List<PurchaseOrderLine> lines,
    String caseId,
    String requestId,
    Instant issuedAt)
    implements EventPayload {

  public PurchaseOrderIssued {
    Checks.required(issueKind, "issue kind");
    if (issueKind == PurchaseOrderIssueKind.NEW ? revision != 1 : revision < 2) {
      throw new IllegalArgumentException(
          issueKind + " order cannot have revision " + revision + " (NEW is 1, amendments 2+)");
    }
    // Header and line rules are the model's.
    lines =
        new PurchaseOrder(
                purchaseOrderNumber,
                supplierId,
                shipToLocationId,
                currency,
                lines,
                PurchaseOrderStatus.ISSUED)
            .lines();
    Checks.optionalIdentifier(caseId, "case id");
    Checks.optionalIdentifier(requestId, "request id");
    Checks.required(issuedAt, "issued at");
  }

  /** The event for an order in ISSUED status. */
  public static PurchaseOrderIssued of(
      PurchaseOrder order,
      PurchaseOrderIssueKind issueKind,
      int revision,
      String caseId,
      String requestId,
      Instant issuedAt) {
    return new PurchaseOrderIssued(
        order.number(),
        revision,
        issueKind,
        order.supplierId(),
        order.shipToLocationId(),
        order.currency(),
        order.lines(),
        caseId,
        requestId,
        issuedAt);
  }

  /** The order as issued. */
  public PurchaseOrder toPurchaseOrder() {
    return new PurchaseOrder(
        purchaseOrderNumber,
        supplierId,
        shipToLocationId,
        currency,
        lines,
        PurchaseOrderStatus.ISSUED);
  }

  @Override
  public String partitionKey() {
    return purchaseOrderNumber;
  }
}
