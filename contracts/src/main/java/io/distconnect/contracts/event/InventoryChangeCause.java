package io.distconnect.contracts.event;

/** Why the ERP's inventory position of an item at a location changed. */
public enum InventoryChangeCause {
  GOODS_RECEIPT,
  GOODS_ISSUE,
  ALLOCATION,
  PURCHASE_ORDER_CHANGE,
  TRANSFER,
  ADJUSTMENT,
  /** A periodic full position sent whether or not anything changed (re-synchronisation). */
  SNAPSHOT
}
