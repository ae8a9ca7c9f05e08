package io.distconnect.erp.api;

/** The roles a bearer token can carry (its {@code groups} claim). */
public final class Roles {
  public static final String PLANNER = "planner";
  public static final String BUYER = "buyer";
  public static final String INTEGRATION_ADMIN = "integration-admin";
  public static final String SERVICE = "service";

  /** Every role may read. */
  public static final String[] READERS = {PLANNER, BUYER, INTEGRATION_ADMIN, SERVICE};

  private Roles() {}
}
