package io.distconnect.orchestrator.domain;

/** Why work landed in the exception queue, and which process domain it belongs to. */
public enum ExceptionType {
  /** The revision breaches policy (blocked item): a planner or buyer decides. */
  POLICY_BREACH(ProcessDomain.PLANNING_DECISION),
  /** The decision needs approval (order value, amendment size, horizon): retry approves it. */
  MANUAL_REVIEW(ProcessDomain.APPROVAL),
  /** No valid, unblocked supplier contract or item master for the item. */
  NO_SUPPLIER(ProcessDomain.SOURCING),
  /**
   * Procurement could not turn the request into a supplier order for another reason than a missing
   * supplier (PO not amendable, approval rejected, delivery to the supplier failed): retry sends a
   * new request (or, for a PO that cannot be amended, decides again on fresh ERP data).
   */
  SOURCING_FAILED(ProcessDomain.SOURCING),
  /**
   * An alert, not a failure: procurement escalated an approval that waited too long. The case
   * carries on; a person resolves the alert once the buyer group has acted.
   */
  APPROVAL_ESCALATED(ProcessDomain.APPROVAL),
  /** The supplier rejected the order. */
  REJECTED_ACK(ProcessDomain.SUPPLIER_ACK),
  /** The ERP refused the order (a 4xx from erp-connector). */
  ERP_REJECTED(ProcessDomain.ERP_UPDATE),
  /** A connector stayed unavailable through every retry of a parked case. */
  RETRIES_EXHAUSTED(null),
  /** A message could not be processed and went to a dead-letter topic. */
  DEAD_LETTER(null);

  private final ProcessDomain fixedDomain;

  ExceptionType(ProcessDomain fixedDomain) {
    this.fixedDomain = fixedDomain;
  }

  /** The domain, or {@code fallback} for types that can happen in several. */
  public ProcessDomain domain(ProcessDomain fallback) {
    return fixedDomain == null ? fallback : fixedDomain;
  }
}
