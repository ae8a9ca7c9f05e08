package io.distconnect.contracts.event;

/** What happened to the ERP's copy of a purchase order. */
public enum ErpPurchaseOrderChangeKind {
  /** The ERP created the order. */
  CREATED,
  /** Lines, quantities, prices or dates changed. */
  AMENDED,
  /** Only the status moved (including to CANCELLED or CLOSED). */
  STATUS_CHANGED
}
