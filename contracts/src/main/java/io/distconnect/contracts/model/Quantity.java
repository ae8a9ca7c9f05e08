package io.distconnect.contracts.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.distconnect.contracts.uom.UnitOfMeasure;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of something in a unit: never negative, exact ({@link BigDecimal}, no floating point).
 *
 * <p>The value is normalised (trailing zeros stripped, never exponent notation) so that {@code 24
 * EA} equals {@code 24.000 EA} and the JSON form is stable. Signed amounts such as forecast deltas
 * or an inventory position that went below zero are plain {@code BigDecimal}s next to a unit, not
 * Quantities. Conversions between units live in {@link io.distconnect.contracts.uom.UomConverter}.
 *
 * @param value the amount, {@code >= 0}
 * @param uom the canonical unit
 */
public record Quantity(BigDecimal value, UnitOfMeasure uom) {

  public Quantity {
    Objects.requireNonNull(value, "quantity value is required");
    Objects.requireNonNull(uom, "quantity unit of measure is required");
    if (value.signum() < 0) {
      throw new IllegalArgumentException(
          "Quantity must not be negative: " + value.toPlainString() + " " + uom);
    }
    value = normalise(value);
  }

  public static Quantity of(String value, UnitOfMeasure uom) {
    return new Quantity(new BigDecimal(value), uom);
  }

  public static Quantity of(long value, UnitOfMeasure uom) {
    return new Quantity(BigDecimal.valueOf(value), uom);
  }

  public static Quantity zero(UnitOfMeasure uom) {
    return new Quantity(BigDecimal.ZERO, uom);
  }

  /**
   * Strips trailing zeros without ever leaving a negative scale, so {@code 100} stays {@code 100}
   * rather than {@code 1E+2}.
   */
  public static BigDecimal normalise(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  @JsonIgnore // derived, not part of the JSON form
  public boolean isZero() {
    return value.signum() == 0;
  }

  @JsonIgnore // derived, not part of the JSON form
  public boolean isPositive() {
    return value.signum() > 0;
  }

  public Quantity plus(Quantity other) {
    requireSameUnit(other);
    return new Quantity(value.add(other.value), uom);
  }

  /**
   * @throws IllegalArgumentException when the result would be negative; use {@link #value()}
   *     arithmetic for signed differences
   */
  public Quantity minus(Quantity other) {
    requireSameUnit(other);
    return new Quantity(value.subtract(other.value), uom);
  }

  /** Compares amounts of the same unit; a different unit is an error, never a silent mismatch. */
  public int compareTo(Quantity other) {
    requireSameUnit(other);
    return value.compareTo(other.value);
  }

  private void requireSameUnit(Quantity other) {
    Objects.requireNonNull(other, "other quantity");
    if (other.uom != uom) {
      throw new IllegalArgumentException(
          "Cannot combine " + this + " with " + other + ": convert to one unit first");
    }
  }

  @Override
  public String toString() {
    return value.toPlainString() + " " + uom;
  }
}
