package io.distconnect.orchestrator.domain;

/** What the orchestrator decided for a case. */
public enum DecisionKind {
  /** The inventory position is above the reorder point and no open order is late. */
  NO_ACTION,
  /** Buy anew. */
  NEW_ORDER,
  /** Add the quantity to an open PO due inside the amend window. */
  AMEND,
  /** Ask for an open PO to arrive earlier: stock runs out before it is due. */
  EXPEDITE
}
