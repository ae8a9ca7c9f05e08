package io.distconnect.contracts.event;

import io.distconnect.contracts.model.Checks;
import io.distconnect.contracts.model.InventoryPosition;
import io.distconnect.contracts.uom.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The ERP's stock figures for an item at a location after a change. Carries the buckets and the two
 * derived figures (see {@link InventoryPosition} for the formulas), checked against each other, so
 * consumers in any language need no arithmetic of their own.
 *
 * @param uom unit of every amount (the item's base unit)
 * @param available onHand − allocated, may be negative
 * @param inventoryPosition onHand + onOrder + inTransit − backordered − allocated, may be negative
 * @param cause what changed it
 * @param asOf when the ERP computed it
 */
public record InventoryPositionChanged(
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
    InventoryChangeCause cause,
    Instant asOf)
    implements EventPayload {

  public InventoryPositionChanged {
    InventoryPosition position =
        new InventoryPosition(
            itemId, locationId, uom, onHand, allocated, onOrder, inTransit, backordered, asOf);
    onHand = position.onHand();
    allocated = position.allocated();
    onOrder = position.onOrder();
    inTransit = position.inTransit();
    backordered = position.backordered();
    available = requireDerived(available, position.available(), "available");
    inventoryPosition =
        requireDerived(inventoryPosition, position.inventoryPosition(), "inventory position");
    Checks.required(cause, "cause");
  }

  public static InventoryPositionChanged of(
      InventoryPosition position, InventoryChangeCause cause) {
    return new InventoryPositionChanged(
        position.itemId(),
        position.locationId(),
        position.uom(),
        position.onHand(),
        position.allocated(),
        position.onOrder(),
        position.inTransit(),
        position.backordered(),
        position.available(),
        position.inventoryPosition(),
        cause,
        position.asOf());
  }

  public InventoryPosition toInventoryPosition() {
    return new InventoryPosition(
        itemId, locationId, uom, onHand, allocated, onOrder, inTransit, backordered, asOf);
  }

  private static BigDecimal requireDerived(BigDecimal given, BigDecimal expected, String field) {
    Checks.required(given, field);
    if (given.compareTo(expected) != 0) {
      throw new IllegalArgumentException(
          field + " " + given.toPlainString() + " should be " + expected.toPlainString());
    }
    return expected;
  }

  @Override
  public String partitionKey() {
    return EventType.subjectKey(itemId, locationId);
  }
}
