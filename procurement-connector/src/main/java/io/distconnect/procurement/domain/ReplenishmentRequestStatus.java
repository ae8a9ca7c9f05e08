package io.distconnect.procurement.domain;

/** Where a replenishment request stands in procurement. */
public enum ReplenishmentRequestStatus {
  /** Taken from the queue, waiting for sourcing. */
  RECEIVED,
  /** Sourced above the buyer group's spend limit: waits for a buyer. */
  PENDING_APPROVAL,
  /** A PO was issued or amended for it. */
  ISSUED,
  /** No contract qualified, or the PO to amend cannot be: a sourcing exception was recorded. */
  SOURCING_FAILED,
  /** A buyer rejected it. */
  REJECTED
}
