package io.distconnect.contracts.event;

import io.distconnect.contracts.model.Checks;

/** Which master data record a {@link MasterDataChanged} carries. */
public enum MasterDataKind {
  /** An {@link io.distconnect.contracts.model.Item}, identified by its SKU. */
  ITEM("item"),
  /** A {@link io.distconnect.contracts.model.Location}, identified by its code. */
  LOCATION("location");

  private final String keyPrefix;

  MasterDataKind(String keyPrefix) {
    this.keyPrefix = keyPrefix;
  }

  /**
   * The Kafka key and CloudEvents subject of a record of this kind: {@code item:<sku>} or {@code
   * location:<code>}. The prefix keeps an item and a location with the same id apart.
   */
  public String key(String id) {
    Checks.requireIdentifier(id, "master data id");
    return keyPrefix + ':' + id;
  }
}
