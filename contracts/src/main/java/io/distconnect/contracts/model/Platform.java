package io.distconnect.contracts.model;

/** The external platforms whose codes distconnect translates. */
public enum Platform {
  ERP,
  PLANNING,
  PROCUREMENT
}
