package io.distconnect.procurement.domain;

/** Where a replenishment request stands in procurement. */
public enum ReplenishmentRequestStatus {
  /** Taken from the queue, waiting for sourcing. */
  RECEIVED
}
