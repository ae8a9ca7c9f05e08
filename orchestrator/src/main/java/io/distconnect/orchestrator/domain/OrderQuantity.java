package io.distconnect.orchestrator.domain;

import io.distconnect.contracts.model.Quantity;
import io.distconnect.contracts.uom.OrderRounding;
import io.distconnect.contracts.uom.UnitOfMeasure;
import io.distconnect.contracts.uom.UomConverter;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Each step of turning a raw requirement into an order quantity, kept for the audit trail.
 *
 * @param raw max − IP, in the base unit
 * @param inOrderUnit raw converted to the order unit, rounded up to whole order units
 * @param multiple the effective multiple in the order unit (order multiple and pack size)
 * @param afterMultiple rounded up to the multiple
 * @param afterMinimum MOQ enforced, then re-rounded to the multiple
 * @param orderUnit the supplier's unit
 * @param baseQuantity afterMinimum converted back to the base unit (what the ERP gets)
 * @param baseUnit the item's base unit
 */
public record OrderQuantity(
    BigDecimal raw,
    BigDecimal inOrderUnit,
    BigDecimal multiple,
    BigDecimal afterMultiple,
    BigDecimal afterMinimum,
    UnitOfMeasure orderUnit,
    BigDecimal baseQuantity,
    UnitOfMeasure baseUnit) {

  /**
   * Applies the fixed rounding order: raw (base) → order unit rounding up → round up to the order
   * multiple/pack → enforce MOQ and re-round to the multiple → back to the base unit.
   *
   * <p>The pack size constrains the order only when one pack is a whole number (above one) of order
   * units, e.g. packs of 6 EA when ordering in EA; the effective multiple is then the least common
   * multiple of the contract's order multiple and the pack. Packs smaller than one order unit (6 EA
   * in a 24 EA case) are already respected by ordering whole cases.
   *
   * @param raw the requirement in the base unit, positive
   * @param packSize the item's pack, or null
   */
  public static OrderQuantity round(
      BigDecimal raw,
      UnitOfMeasure baseUnit,
      UomConverter converter,
      SupplyTerms terms,
      Quantity packSize) {
    UnitOfMeasure orderUnit = terms.orderUom();
    BigDecimal inOrder =
        converter.convertRoundingUp(new Quantity(raw, baseUnit), orderUnit).value();
    BigDecimal multiple = effectiveMultiple(terms.orderMultiple(), packSize, orderUnit, converter);
    BigDecimal afterMultiple = OrderRounding.roundUpToMultiple(inOrder, multiple);
    BigDecimal afterMinimum =
        OrderRounding.applyMinimumAndMultiple(afterMultiple, terms.moq(), multiple);
    BigDecimal base = converter.convert(new Quantity(afterMinimum, orderUnit), baseUnit).value();
    return new OrderQuantity(
        raw, inOrder, multiple, afterMultiple, afterMinimum, orderUnit, base, baseUnit);
  }

  static BigDecimal effectiveMultiple(
      BigDecimal orderMultiple,
      Quantity packSize,
      UnitOfMeasure orderUnit,
      UomConverter converter) {
    if (packSize == null || !converter.canConvert(packSize.uom(), orderUnit)) {
      return orderMultiple;
    }
    BigDecimal pack = converter.convert(packSize, orderUnit).value();
    if (pack.compareTo(BigDecimal.ONE) <= 0 || pack.stripTrailingZeros().scale() > 0) {
      return orderMultiple;
    }
    return lcm(orderMultiple, pack);
  }

  /** Least common multiple of two positive decimals, on a common scale. */
  static BigDecimal lcm(BigDecimal a, BigDecimal b) {
    int scale =
        Math.max(Math.max(a.stripTrailingZeros().scale(), b.stripTrailingZeros().scale()), 0);
    BigInteger x = a.movePointRight(scale).toBigIntegerExact();
    BigInteger y = b.movePointRight(scale).toBigIntegerExact();
    BigInteger lcm = x.divide(x.gcd(y)).multiply(y);
    return new BigDecimal(lcm).movePointLeft(scale).stripTrailingZeros();
  }
}
