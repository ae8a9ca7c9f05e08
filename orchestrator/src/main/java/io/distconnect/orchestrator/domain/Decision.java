package io.distconnect.orchestrator.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of one decision with every figure that led to it, stored on the case for audit.
 *
 * @param kind what to do
 * @param manualReview whether a person must approve first (and why, in {@code reasons})
 * @param reasons human-readable explanation, first line the main one
 * @param dailyDemand d̄
 * @param leadTimeDemand d̄·L
 * @param sigmaLtd σ_LTD
 * @param z Φ⁻¹(service level)
 * @param safetyStock SS
 * @param reorderPoint ROP (= min)
 * @param eoq EOQ, unrounded
 * @param maxLevel ROP + ⌈EOQ⌉
 * @param inventoryPosition IP
 * @param quantity the rounding steps; null when nothing is ordered
 * @param requestQuantity base quantity for procurement: the order (NEW_ORDER), the line's new total
 *     (AMEND) or the line's open quantity (EXPEDITE); null for NO_ACTION
 * @param needByDate when the goods must arrive; null for NO_ACTION
 * @param purchaseOrderNumber the PO to amend or expedite (procurement's number)
 * @param estimatedValue value of the added quantity at the contract price; null for NO_ACTION
 */
public record Decision(
    DecisionKind kind,
    boolean manualReview,
    List<String> reasons,
    double dailyDemand,
    double leadTimeDemand,
    double sigmaLtd,
    double z,
    double safetyStock,
    BigDecimal reorderPoint,
    double eoq,
    BigDecimal maxLevel,
    BigDecimal inventoryPosition,
    OrderQuantity quantity,
    BigDecimal requestQuantity,
    LocalDate needByDate,
    String purchaseOrderNumber,
    BigDecimal estimatedValue) {

  public Decision {
    reasons = List.copyOf(reasons);
  }

  /** The main reason, for the case summary. */
  public String reason() {
    return reasons.isEmpty() ? kind.name() : reasons.get(0);
  }
}
