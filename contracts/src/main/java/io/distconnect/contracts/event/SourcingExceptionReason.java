package io.distconnect.contracts.event;

/** Why procurement could not turn a replenishment request into an issued supplier order. */
public enum SourcingExceptionReason {
  /** No supplier contract for the item is valid on the request's date. */
  NO_CONTRACT,
  /** The requirement's unit does not convert to any contract's order unit. */
  NO_UNIT_CONVERSION,
  /** Every remaining contract's lead time ends after the need-by date. */
  LEAD_TIME_TOO_LONG,
  /** Every remaining contract's weekly capacity is booked. */
  CAPACITY_EXHAUSTED,
  /** AMEND or EXPEDITE named a PO that does not exist, is closed, or has no line for the item. */
  PURCHASE_ORDER_NOT_AMENDABLE,
  /** A buyer rejected the approval. */
  APPROVAL_REJECTED,
  /** The order could not be delivered to the supplier within the attempt limit. */
  DELIVERY_FAILED
}
