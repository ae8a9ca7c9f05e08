package io.distconnect.erp.domain;

import io.distconnect.contracts.model.Quantity;
import io.distconnect.contracts.uom.UnitOfMeasure;
import io.distconnect.contracts.uom.UnitOfMeasureException;
import java.math.BigDecimal;

/**
 * Unit handling of order lines and receipts: codes parsed from any code system, quantities
 * converted exactly with the item's conversions. A failure names the request field, because the
 * caller sent a unit this item cannot be counted in (or a quantity with no exact value in it).
 */
final class OrderLineUnits {
  private OrderLineUnits() {}

  static UnitOfMeasure parse(String code, String field) {
    try {
      return UnitOfMeasure.parse(code);
    } catch (UnitOfMeasureException e) {
      throw new InvalidFieldException(field, e.getMessage());
    }
  }

  /** {@code value} of {@code from} in {@code to}, exactly, for this item. */
  static BigDecimal convert(
      ItemEntity item, BigDecimal value, UnitOfMeasure from, UnitOfMeasure to, String field) {
    try {
      return item.toModel().converter().convert(new Quantity(value, from), to).value();
    } catch (UnitOfMeasureException e) {
      throw new InvalidFieldException(field, "Item " + item.sku + ": " + e.getMessage());
    }
  }

  /** A signed amount of {@code from} in the item's base unit, exactly. */
  static BigDecimal toBase(ItemEntity item, BigDecimal signed, UnitOfMeasure from, String field) {
    BigDecimal magnitude = convert(item, signed.abs(), from, item.baseUom, field);
    return signed.signum() < 0 ? magnitude.negate() : magnitude;
  }
}
