package io.distconnect.contracts.model;

/** Milestones of a shipment from an advance ship notice (ASN) onward. */
public enum ShipmentStatus {
  SHIPPED,
  IN_TRANSIT,
  DELAYED,
  DELIVERED
}
