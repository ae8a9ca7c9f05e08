package io.distconnect.contracts.model;

import java.time.LocalDate;

/**
 * One line of a purchase order.
 *
 * @param lineNumber position on the order, from 1, unique within it
 * @param itemId the item (SKU)
 * @param quantity ordered quantity, positive
 * @param unitPrice price per one unit of {@code quantity}'s unit
 * @param needByDate the date the goods are needed at the ship-to location
 */
public record PurchaseOrderLine(
    int lineNumber, String itemId, Quantity quantity, Money unitPrice, LocalDate needByDate) {

  public PurchaseOrderLine {
    Checks.requirePositive(lineNumber, "line number");
    Checks.requireIdentifier(itemId, "item id");
    Checks.required(quantity, "line quantity");
    if (!quantity.isPositive()) {
      throw new IllegalArgumentException("line quantity must be positive: " + quantity);
    }
    Checks.required(unitPrice, "unit price");
    Checks.required(needByDate, "need-by date");
  }

  /** quantity × unit price. */
  public Money lineValue() {
    return unitPrice.times(quantity.value());
  }
}
