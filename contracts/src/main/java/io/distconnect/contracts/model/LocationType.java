package io.distconnect.contracts.model;

/** What a location does in the network: DCs feed warehouses and stores. */
public enum LocationType {
  DC,
  WAREHOUSE,
  STORE
}
