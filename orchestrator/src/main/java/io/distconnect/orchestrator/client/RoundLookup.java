package io.distconnect.orchestrator.client;

import java.util.Map;

/**
 * What one worker round reads for all its due cases: the stock of every SKU-location, in one call
 * (or why it could not be read, in which case every case of the round parks), and the item and
 * contract reads its cases share.
 *
 * @param positions by {@code itemId@locationId}; a key absent here is unknown to the ERP
 * @param failure null when the stock read worked
 * @param shared item master data and contracts, read once per item in this round
 */
public record RoundLookup(
    Map<String, ErpApi.InventoryPosition> positions, Throwable failure, SharedReads shared) {

  /** For a round without enrichments. */
  public static RoundLookup empty() {
    return new RoundLookup(Map.of(), null, new SharedReads());
  }

  public static RoundLookup failed(Throwable failure) {
    return new RoundLookup(Map.of(), failure, new SharedReads());
  }
}
