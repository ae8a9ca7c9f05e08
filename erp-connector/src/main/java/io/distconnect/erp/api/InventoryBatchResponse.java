package io.distconnect.erp.api;

import java.util.List;

/**
 * Positions in request order (each key once) and the keys whose item or location is unknown. A
 * known item at a known location with nothing booked is a zero position, not missing.
 */
public record InventoryBatchResponse(
    List<InventoryPositionResponse> positions, List<InventoryBatchRequest.Key> missing) {}
