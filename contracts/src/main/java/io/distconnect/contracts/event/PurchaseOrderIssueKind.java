package io.distconnect.contracts.event;

/** Whether the supplier received a new order or a change to one. */
public enum PurchaseOrderIssueKind {
  NEW,
  AMENDED
}
