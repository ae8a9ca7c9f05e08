package io.distconnect.orchestrator.persistence;

/** The background step a case waits for; the worker picks up cases whose time has come. */
public enum PendingAction {
  /** Read stock, open orders and contracts, then decide. */
  ENRICH,
  /** Create or amend the ERP purchase order after procurement issued one. */
  ERP_SYNC
}
