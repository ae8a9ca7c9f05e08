package io.distconnect.orchestrator.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The states of a replenishment case and the transitions between them. The name of each constant is
 * what {@code CaseTransitioned} carries, so renaming one is a contract change.
 *
 * <p>Happy path: RECEIVED → POLICY_CHECKED → ENRICHED → DECIDED → SOURCING → PO_ISSUED →
 * ERP_UPDATED → ACKNOWLEDGED → COMPLETED. DECIDED may end in NO_ACTION or wait in AWAITING_APPROVAL
 * (manual review). Any open state may go to EXCEPTION or PARKED; a newer forecast revision sends a
 * case that has not yet asked procurement for anything back to RECEIVED. CLOSED is a case a person
 * closed while resolving its exception.
 */
public enum CaseState {
  RECEIVED,
  POLICY_CHECKED,
  ENRICHED,
  DECIDED,
  NO_ACTION,
  AWAITING_APPROVAL,
  SOURCING,
  PO_ISSUED,
  ERP_UPDATED,
  ACKNOWLEDGED,
  COMPLETED,
  PARKED,
  EXCEPTION,
  CLOSED;

  private static final Set<CaseState> TERMINAL = EnumSet.of(NO_ACTION, COMPLETED, CLOSED);

  /** States in which nothing has been asked of procurement yet, so a new revision may restart. */
  private static final Set<CaseState> REVISABLE =
      EnumSet.of(RECEIVED, POLICY_CHECKED, ENRICHED, DECIDED, AWAITING_APPROVAL, PARKED, EXCEPTION);

  private static final Map<CaseState, Set<CaseState>> NEXT =
      Map.ofEntries(
          Map.entry(RECEIVED, EnumSet.of(POLICY_CHECKED, NO_ACTION)),
          Map.entry(POLICY_CHECKED, EnumSet.of(ENRICHED, RECEIVED)),
          Map.entry(ENRICHED, EnumSet.of(DECIDED, RECEIVED)),
          Map.entry(DECIDED, EnumSet.of(NO_ACTION, SOURCING, AWAITING_APPROVAL, RECEIVED)),
          Map.entry(AWAITING_APPROVAL, EnumSet.of(SOURCING, CLOSED, RECEIVED)),
          Map.entry(SOURCING, EnumSet.of(PO_ISSUED)),
          Map.entry(PO_ISSUED, EnumSet.of(ERP_UPDATED)),
          Map.entry(ERP_UPDATED, EnumSet.of(ACKNOWLEDGED, PO_ISSUED)),
          Map.entry(ACKNOWLEDGED, EnumSet.of(COMPLETED, PO_ISSUED)),
          // A parked case resumes at the step it was parked in (or is restarted by a revision).
          Map.entry(PARKED, EnumSet.of(POLICY_CHECKED, PO_ISSUED, RECEIVED)),
          // An exception is retried at its step, restarted by a revision, or closed by a person.
          Map.entry(EXCEPTION, EnumSet.of(POLICY_CHECKED, SOURCING, PO_ISSUED, RECEIVED, CLOSED)),
          Map.entry(NO_ACTION, EnumSet.noneOf(CaseState.class)),
          Map.entry(COMPLETED, EnumSet.noneOf(CaseState.class)),
          Map.entry(CLOSED, EnumSet.noneOf(CaseState.class)));

  public boolean isTerminal() {
    return TERMINAL.contains(this);
  }

  /** Whether a newer forecast revision may send the case back to RECEIVED. */
  public boolean isRevisable() {
    return REVISABLE.contains(this);
  }

  public boolean canTransitionTo(CaseState target) {
    if (target == PARKED || target == EXCEPTION) {
      return !isTerminal() && this != target;
    }
    return NEXT.get(this).contains(target);
  }

  /**
   * The target, if the move is allowed.
   *
   * @throws IllegalCaseTransitionException otherwise: an illegal move is a bug, never data
   */
  public CaseState transitionTo(CaseState target) {
    if (!canTransitionTo(target)) {
      throw new IllegalCaseTransitionException(this, target);
    }
    return target;
  }
}
