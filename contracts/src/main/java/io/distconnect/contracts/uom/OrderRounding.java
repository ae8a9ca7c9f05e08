package io.distconnect.contracts.uom;

import io.distconnect.contracts.model.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Turns a net requirement into a quantity a supplier will accept: rounded up to the order multiple
 * (or pack size), at least the minimum order quantity (MOQ), in the supplier's order unit.
 *
 * <p>Rounding is always up — ordering a little more is recoverable, a shortfall is a stock-out —
 * and exact. A zero requirement stays zero: not ordering never breaks a MOQ.
 */
public final class OrderRounding {

  private OrderRounding() {}

  /**
   * The smallest multiple of {@code multiple} that is {@code >= quantity} (50 by 24 → 72).
   *
   * @param quantity {@code >= 0}
   * @param multiple {@code > 0}
   */
  public static BigDecimal roundUpToMultiple(BigDecimal quantity, BigDecimal multiple) {
    requireNonNegative(quantity, "quantity");
    requirePositive(multiple, "order multiple");
    BigDecimal steps = quantity.divide(multiple, 0, RoundingMode.CEILING);
    return Quantity.normalise(steps.multiply(multiple));
  }

  /**
   * Enforces the MOQ, then re-rounds to the multiple: {@code roundUp(max(quantity, moq))}. With a
   * MOQ of 100 and a multiple of 24, 30 becomes 120 (100 is not a multiple, the next one is 120).
   *
   * @param minimum the MOQ, {@code >= 0} (0 = none)
   * @return 0 for a zero requirement, otherwise a multiple {@code >= max(quantity, minimum)}
   */
  public static BigDecimal applyMinimumAndMultiple(
      BigDecimal quantity, BigDecimal minimum, BigDecimal multiple) {
    requireNonNegative(quantity, "quantity");
    requireNonNegative(minimum, "minimum order quantity");
    requirePositive(multiple, "order multiple");
    if (quantity.signum() == 0) {
      return BigDecimal.ZERO;
    }
    return roundUpToMultiple(quantity.max(minimum), multiple);
  }

  /** {@link #roundUpToMultiple(BigDecimal, BigDecimal)} for quantities of one unit. */
  public static Quantity roundUpToMultiple(Quantity quantity, Quantity multiple) {
    requireSameUnit(quantity, multiple);
    return new Quantity(roundUpToMultiple(quantity.value(), multiple.value()), quantity.uom());
  }

  /**
   * The order quantity for a requirement in any convertible unit: converted to {@code orderUnit} on
   * the exact value, then MOQ and multiple applied, both expressed in {@code orderUnit}. Example:
   * 50 EA needed, order in CS (1 CS = 24 EA), MOQ 5 CS, multiple 2 CS → 6 CS.
   *
   * @throws NoConversionException when the requirement's unit does not convert to the order unit
   */
  public static Quantity orderQuantity(
      Quantity requirement,
      UnitOfMeasure orderUnit,
      BigDecimal minimum,
      BigDecimal multiple,
      UomConverter converter) {
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(orderUnit, "order unit");
    Objects.requireNonNull(converter, "converter");
    requireNonNegative(minimum, "minimum order quantity");
    requirePositive(multiple, "order multiple");
    if (!converter.canConvert(requirement.uom(), orderUnit)) {
      throw new NoConversionException(requirement.uom(), orderUnit);
    }
    if (requirement.isZero()) {
      return Quantity.zero(orderUnit);
    }
    // Rounding the exact converted value up to the multiple, then taking the max with the rounded
    // MOQ, equals roundUp(max(exact, moq)) because rounding up is monotonic.
    BigDecimal converted = converter.convertRoundingUp(requirement, orderUnit, multiple).value();
    return new Quantity(converted.max(roundUpToMultiple(minimum, multiple)), orderUnit);
  }

  private static void requireSameUnit(Quantity quantity, Quantity multiple) {
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(multiple, "multiple");
    if (quantity.uom() != multiple.uom()) {
      throw new IllegalArgumentException(
          "Quantity " + quantity + " and multiple " + multiple + " must be in one unit");
    }
  }

  private static void requireNonNegative(BigDecimal value, String what) {
    Objects.requireNonNull(value, what);
    if (value.signum() < 0) {
      throw new IllegalArgumentException(what + " must not be negative: " + value.toPlainString());
    }
  }

  private static void requirePositive(BigDecimal value, String what) {
    Objects.requireNonNull(value, what);
    if (value.signum() <= 0) {
      throw new IllegalArgumentException(what + " must be positive: " + value.toPlainString());
    }
  }
}
