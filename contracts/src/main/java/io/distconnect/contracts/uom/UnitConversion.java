package io.distconnect.contracts.uom;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One item-specific conversion: {@code 1 from = factor to}, e.g. {@code 1 CS = 24 EA} or {@code 1
 * EA = 0.25 KG} for an item sold by the piece but weighed. The reverse direction is implied.
 *
 * @param from the larger or foreign unit (CS)
 * @param factor how many {@code to} units one {@code from} is; positive
 * @param to the unit it is expressed in (EA)
 */
public record UnitConversion(UnitOfMeasure from, BigDecimal factor, UnitOfMeasure to) {

  public UnitConversion {
    Objects.requireNonNull(from, "conversion 'from' unit is required");
    Objects.requireNonNull(factor, "conversion factor is required");
    Objects.requireNonNull(to, "conversion 'to' unit is required");
    if (factor.signum() <= 0) {
      throw new IllegalArgumentException(
          "Conversion factor must be positive: 1 "
              + from
              + " = "
              + factor.toPlainString()
              + " "
              + to);
    }
    if (from == to) {
      throw new IllegalArgumentException("A conversion needs two different units, got " + from);
    }
  }

  public static UnitConversion of(UnitOfMeasure from, String factor, UnitOfMeasure to) {
    return new UnitConversion(from, new BigDecimal(factor), to);
  }

  @Override
  public String toString() {
    return "1 " + from + " = " + factor.toPlainString() + " " + to;
  }
}
