package io.distconnect.erp.domain;

import io.distconnect.contracts.model.InventoryPosition;
import java.util.List;

/**
 * The answer to a batch read: positions in request order (duplicates once), and the keys whose item
 * or location the ERP does not know.
 */
public record PositionBatch(List<InventoryPosition> positions, List<InventoryKey> missing) {}
