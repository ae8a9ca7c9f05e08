package io.distconnect.contracts.model;

/** Whether purchase orders may go to a supplier. */
public enum SupplierStatus {
  ACTIVE,
  BLOCKED
}
