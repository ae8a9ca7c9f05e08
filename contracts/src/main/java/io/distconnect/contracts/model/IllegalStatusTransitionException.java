package io.distconnect.contracts.model;

/**
 * A purchase-order status change the lifecycle does not allow, e.g. RECEIVED → ISSUED. Services
 * answer it with 409 Conflict: the request was well-formed but the order is in the wrong state.
 */
public final class IllegalStatusTransitionException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final PurchaseOrderStatus from;
  private final PurchaseOrderStatus to;

  public IllegalStatusTransitionException(PurchaseOrderStatus from, PurchaseOrderStatus to) {
    super(
        "Purchase order cannot move from "
            + from
            + " to "
            + to
            + "; allowed from "
            + from
            + ": "
            + (from == null ? "[]" : from.allowedTransitions()));
    this.from = from;
    this.to = to;
  }

  public PurchaseOrderStatus from() {
    return from;
  }

  public PurchaseOrderStatus to() {
    return to;
  }
}
