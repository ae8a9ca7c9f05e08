package io.distconnect.contracts.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of a purchase order, shared by the ERP and procurement views so their statuses can be
 * compared. Allowed moves:
 *
 * <pre>
 * DRAFT → REQUESTED → APPROVED → ISSUED → ACKNOWLEDGED → PARTIALLY_RECEIVED → RECEIVED → CLOSED
 *                                ISSUED → CHANGED | REJECTED          (supplier answers)
 *                                ISSUED → PARTIALLY_RECEIVED | RECEIVED (goods before the ack)
 *                               CHANGED → ACKNOWLEDGED | PARTIALLY_RECEIVED | RECEIVED
 *                          ACKNOWLEDGED → RECEIVED
 *                    PARTIALLY_RECEIVED → RECEIVED
 * any open status (see {@link #isOpen()}) → CANCELLED
 * </pre>
 *
 * Staying in a status is not a transition ({@code canTransitionTo(this)} is false): a second
 * partial receipt leaves the order PARTIALLY_RECEIVED, and callers treat "already there" as a no-op
 * before asking to move. Everything else is refused with {@link IllegalStatusTransitionException},
 * never silently overwritten.
 */
public enum PurchaseOrderStatus {
  DRAFT,
  REQUESTED,
  APPROVED,
  ISSUED,
  ACKNOWLEDGED,
  CHANGED,
  REJECTED,
  PARTIALLY_RECEIVED,
  RECEIVED,
  CLOSED,
  CANCELLED;

  private static final Map<PurchaseOrderStatus, Set<PurchaseOrderStatus>> NEXT =
      new EnumMap<>(PurchaseOrderStatus.class);

  static {
    allow(DRAFT, REQUESTED);
    allow(REQUESTED, APPROVED);
    allow(APPROVED, ISSUED);
    allow(ISSUED, ACKNOWLEDGED, CHANGED, REJECTED, PARTIALLY_RECEIVED, RECEIVED);
    allow(CHANGED, ACKNOWLEDGED, PARTIALLY_RECEIVED, RECEIVED);
    allow(ACKNOWLEDGED, PARTIALLY_RECEIVED, RECEIVED);
    allow(PARTIALLY_RECEIVED, RECEIVED);
    allow(RECEIVED, CLOSED);
    for (PurchaseOrderStatus status : values()) {
      if (status.isOpen()) {
        allow(status, CANCELLED);
      }
    }
    NEXT.replaceAll((status, next) -> Collections.unmodifiableSet(next));
  }

  private static void allow(PurchaseOrderStatus from, PurchaseOrderStatus... to) {
    NEXT.computeIfAbsent(from, f -> EnumSet.noneOf(PurchaseOrderStatus.class)).addAll(Set.of(to));
  }

  /**
   * Open orders still expect goods or a decision: everything but RECEIVED, CLOSED, CANCELLED and
   * REJECTED. Open orders count as "on order" and may be cancelled.
   */
  public boolean isOpen() {
    return this != RECEIVED && this != CLOSED && this != CANCELLED && this != REJECTED;
  }

  /** True for statuses nothing can follow (CLOSED, CANCELLED, REJECTED). */
  public boolean isTerminal() {
    return allowedTransitions().isEmpty();
  }

  public boolean canTransitionTo(PurchaseOrderStatus target) {
    return allowedTransitions().contains(target);
  }

  /** The statuses this one may move to. */
  public Set<PurchaseOrderStatus> allowedTransitions() {
    return NEXT.getOrDefault(this, Set.of());
  }

  /**
   * @return {@code target}, when the move is allowed
   * @throws IllegalStatusTransitionException naming both statuses otherwise
   */
  public PurchaseOrderStatus transitionTo(PurchaseOrderStatus target) {
    if (!canTransitionTo(target)) {
      throw new IllegalStatusTransitionException(this, target);
    }
    return target;
  }
}
