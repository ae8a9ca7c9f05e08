package io.distconnect.contracts.model;

/** Whether an item may be replenished. Blocked items are skipped by policy, not deleted. */
public enum ItemStatus {
  ACTIVE,
  BLOCKED
}
