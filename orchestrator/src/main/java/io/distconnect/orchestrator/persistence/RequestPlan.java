package io.distconnect.orchestrator.persistence;

import io.distconnect.orchestrator.domain.Decision;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a decision asks procurement for, kept on the case so an approval can send it later exactly
 * as decided.
 *
 * @param kind NEW_ORDER, AMEND or EXPEDITE
 * @param quantity in {@code uom}, the item's base unit
 * @param needByDate when it must arrive
 * @param purchaseOrderNumber the PO to amend or expedite
 * @param estimatedValue at the contract price
 * @param currency of the value
 * @param supplierId the contract's supplier
 * @param contractId the contract the decision used
 */
public record RequestPlan(
    String kind,
    BigDecimal quantity,
    String uom,
    LocalDate needByDate,
    String purchaseOrderNumber,
    BigDecimal estimatedValue,
    String currency,
    String supplierId,
    String contractId) {

  /** The stored form: the plan plus every figure behind it. */
  public record Stored(RequestPlan plan, Decision figures) {}
}
