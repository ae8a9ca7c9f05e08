package io.distconnect.contracts.event;

/**
 * What an event is keyed by on Kafka. Events of one key land on one partition, in order: all news
 * about an item at a location, about one purchase order (which may span items), or about one master
 * data record (an item or a location).
 */
public enum EventKey {
  /** {@code itemId@locationId}, see {@link EventType#subjectKey(String, String)}. */
  ITEM_LOCATION("itemId@locationId"),
  /** The purchase order number. */
  PURCHASE_ORDER_NUMBER("purchaseOrderNumber"),
  /**
   * The master data record: {@code item:<sku>} or {@code location:<code>}, see {@link
   * MasterDataKind#key(String)}.
   */
  MASTER_DATA_ID("item:<sku> or location:<code>");

  private final String description;

  EventKey(String description) {
    this.description = description;
  }

  /** How the key is made, as the AsyncAPI document states it. */
  public String description() {
    return description;
  }
}
