package io.distconnect.contracts.model;

import io.distconnect.contracts.uom.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Stock of one item at one location, all in one unit (the item's base unit), as the ERP reports it.
 * Every bucket is {@code >= 0}; the derived figures may go negative.
 *
 * <ul>
 *   <li>{@link #available()} = onHand − allocated: what can be promised now.
 *   <li>{@link #inventoryPosition()} = onHand + onOrder + inTransit − backordered − allocated: what
 *       replenishment compares with the reorder point, since open orders and goods on the way will
 *       arrive and backorders and allocations will leave.
 * </ul>
 *
 * @param onHand physically in stock
 * @param allocated reserved for customer orders, not yet picked
 * @param onOrder on open purchase orders, not yet shipped
 * @param inTransit shipped by the supplier, not yet received
 * @param backordered customer demand that could not be filled and waits for stock
 * @param asOf when the ERP computed it
 */
public record InventoryPosition(
    String itemId,
    String locationId,
    UnitOfMeasure uom,
    BigDecimal onHand,
    BigDecimal allocated,
    BigDecimal onOrder,
    BigDecimal inTransit,
    BigDecimal backordered,
    Instant asOf) {

  public InventoryPosition {
    Checks.requireIdentifier(itemId, "item id");
    Checks.requireIdentifier(locationId, "location id");
    Checks.required(uom, "unit of measure");
    onHand = Quantity.normalise(Checks.requireNonNegative(onHand, "on hand"));
    allocated = Quantity.normalise(Checks.requireNonNegative(allocated, "allocated"));
    onOrder = Quantity.normalise(Checks.requireNonNegative(onOrder, "on order"));
    inTransit = Quantity.normalise(Checks.requireNonNegative(inTransit, "in transit"));
    backordered = Quantity.normalise(Checks.requireNonNegative(backordered, "backordered"));
    Checks.required(asOf, "as of");
  }

  /** onHand − allocated; negative when more is promised than is in stock. */
  public BigDecimal available() {
    return Quantity.normalise(onHand.subtract(allocated));
  }

  /** onHand + onOrder + inTransit − backordered − allocated. */
  public BigDecimal inventoryPosition() {
    return Quantity.normalise(
        onHand.add(onOrder).add(inTransit).subtract(backordered).subtract(allocated));
  }
}
