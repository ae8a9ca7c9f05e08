package io.distconnect.procurement.domain;

import io.distconnect.contracts.event.SourcingExceptionReason;

/** Why a request could not be sourced or issued; the reason of a sourcing exception. */
public enum SourcingFailure {
  /** No contract for the item is valid today. */
  NO_CONTRACT,
  /** The requirement's unit does not convert to any contract's order unit. */
  NO_UNIT_CONVERSION,
  /** Every remaining contract's lead time ends after the need-by date. */
  LEAD_TIME_TOO_LONG,
  /** Every remaining contract's weekly capacity is booked. */
  CAPACITY_EXHAUSTED,
  /** AMEND/EXPEDITE named a PO that does not exist, is closed, or has no line for the item. */
  PURCHASE_ORDER_NOT_AMENDABLE,
  /** A buyer rejected the approval. */
  APPROVAL_REJECTED,
  /** The OrderRequest could not be delivered to the supplier within the attempt limit. */
  DELIVERY_FAILED;

  /**
   * The more telling of two reasons for "nothing qualified": the one that got furthest through the
   * checks (a capacity problem says more than a missing contract).
   */
  SourcingFailure worse(SourcingFailure other) {
    return other.ordinal() > ordinal() ? other : this;
  }

  /**
   * The contracts' name for this reason on {@code SourcingExceptionRaised}. A switch rather than
   * {@code valueOf(name())}: a reason added here without a contracts counterpart fails the build,
   * not the transaction that raises it.
   */
  public SourcingExceptionReason toEventReason() {
    return switch (this) {
      case NO_CONTRACT -> SourcingExceptionReason.NO_CONTRACT;
      case NO_UNIT_CONVERSION -> SourcingExceptionReason.NO_UNIT_CONVERSION;
      case LEAD_TIME_TOO_LONG -> SourcingExceptionReason.LEAD_TIME_TOO_LONG;
      case CAPACITY_EXHAUSTED -> SourcingExceptionReason.CAPACITY_EXHAUSTED;
      case PURCHASE_ORDER_NOT_AMENDABLE -> SourcingExceptionReason.PURCHASE_ORDER_NOT_AMENDABLE;
      case APPROVAL_REJECTED -> SourcingExceptionReason.APPROVAL_REJECTED;
      case DELIVERY_FAILED -> SourcingExceptionReason.DELIVERY_FAILED;
    };
  }
}
