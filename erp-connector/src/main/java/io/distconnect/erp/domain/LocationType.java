package io.distconnect.erp.domain;

/** What a location is in the network. */
public enum LocationType {
  DC,
  WAREHOUSE,
  STORE
}
