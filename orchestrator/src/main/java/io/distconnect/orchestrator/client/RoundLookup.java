package io.distconnect.orchestrator.client;

import java.util.Map;

/**
 * The stock of a batch of SKU-locations, read in one call — or why it could not be read, in which
 * case every case of the batch parks.
 *
 * @param positions by {@code itemId@locationId}; a key absent here is unknown to the ERP
 * @param failure null when the read worked
 */
public record PositionLookup(Map<String, ErpApi.InventoryPosition> positions, Throwable failure) {

  public static PositionLookup failed(Throwable failure) {
    return new PositionLookup(Map.of(), failure);
  }
}
