package io.distconnect.erp.domain;

/** An item at a location: the unit of stock-keeping and of inventory events. */
public record InventoryKey(String itemId, String locationId) {}
