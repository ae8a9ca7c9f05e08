package io.distconnect.erp.api;

import io.distconnect.contracts.model.InventoryPosition;
import io.distconnect.contracts.uom.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Stock of an item at a location in the item's base unit, with the derived figures.
 *
 * @param available onHand − allocated
 * @param inventoryPosition onHand + onOrder + inTransit − backordered − allocated
 */
public record InventoryPositionResponse(
    String itemId,
    String locationId,
    UnitOfMeasure uom,
    BigDecimal onHand,
    BigDecimal allocated,
    BigDecimal onOrder,
    BigDecimal inTransit,
    BigDecimal backordered,
    BigDecimal available,
    BigDecimal inventoryPosition,
    Instant asOf) {

  static InventoryPositionResponse of(InventoryPosition p) {
    return new InventoryPositionResponse(
        p.itemId(),
        p.locationId(),
        p.uom(),
        p.onHand(),
        p.allocated(),
        p.onOrder(),
        p.inTransit(),
        p.backordered(),
        p.available(),
        p.inventoryPosition(),
        p.asOf());
  }
}
