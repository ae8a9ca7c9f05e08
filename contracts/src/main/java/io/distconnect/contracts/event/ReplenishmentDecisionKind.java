package io.distconnect.contracts.event;

/** What the orchestrator asks procurement to do about a requirement. */
public enum ReplenishmentDecisionKind {
  /** Source and issue a new purchase order. */
  NEW_ORDER,
  /** Change the quantity or date of an open purchase order. */
  AMEND,
  /** Ask the supplier of an open purchase order to deliver earlier. */
  EXPEDITE;

  /** AMEND and EXPEDITE act on an existing order, so they name it. */
  public boolean needsPurchaseOrder() {
    return this != NEW_ORDER;
  }
}
