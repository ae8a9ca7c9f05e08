package io.distconnect.contracts.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The change of one forecast bucket between two versions.
 *
 * <p>{@link #absoluteDelta()} = new − old (signed); {@link #relativeDelta()} = (new − old) / old, a
 * ratio (0.25 = +25 %) to {@value #RELATIVE_DELTA_SCALE} decimals, and absent when old is zero,
 * since growth from nothing has no ratio.
 *
 * @param oldQuantity the previous version's quantity, zero for a new bucket
 * @param newQuantity the current version's quantity, zero for a dropped bucket
 */
public record ForecastRevision(
    String itemId,
    String locationId,
    LocalDate periodStart,
    LocalDate periodEnd,
    Quantity oldQuantity,
    Quantity newQuantity) {

  /** Decimal places of {@link #relativeDelta()}, rounded half-even. */
  public static final int RELATIVE_DELTA_SCALE = 6;

  public ForecastRevision {
    Checks.requireIdentifier(itemId, "item id");
    Checks.requireIdentifier(locationId, "location id");
    Checks.required(periodStart, "period start");
    Checks.required(periodEnd, "period end");
    if (periodEnd.isBefore(periodStart)) {
      throw new IllegalArgumentException(
          "period end " + periodEnd + " is before period start " + periodStart);
    }
    Checks.required(oldQuantity, "old quantity");
    Checks.required(newQuantity, "new quantity");
    if (oldQuantity.uom() != newQuantity.uom()) {
      throw new IllegalArgumentException(
          "old and new quantity must share a unit: " + oldQuantity + " vs " + newQuantity);
    }
  }

  /**
   * The revision from {@code previous} to {@code current}; either may be null (a bucket that
   * appeared or disappeared), not both.
   */
  public static ForecastRevision between(Forecast previous, Forecast current) {
    if (previous == null && current == null) {
      throw new IllegalArgumentException("a revision needs a previous or a current forecast");
    }
    if (previous != null && current != null && !previous.sameBucketAs(current)) {
      throw new IllegalArgumentException(
          "forecasts are for different buckets: " + previous + " vs " + current);
    }
    Forecast any = current != null ? current : previous;
    Quantity old = previous != null ? previous.quantity() : Quantity.zero(current.quantity().uom());
    Quantity now = current != null ? current.quantity() : Quantity.zero(previous.quantity().uom());
    return new ForecastRevision(
        any.itemId(), any.locationId(), any.periodStart(), any.periodEnd(), old, now);
  }

  /** new − old, signed, in the shared unit. */
  public BigDecimal absoluteDelta() {
    return Quantity.normalise(newQuantity.value().subtract(oldQuantity.value()));
  }

  /** (new − old) / old, or empty when old is zero. */
  public Optional<BigDecimal> relativeDelta() {
    if (oldQuantity.isZero()) {
      return Optional.empty();
    }
    return Optional.of(
        Quantity.normalise(
            absoluteDelta()
                .divide(oldQuantity.value(), RELATIVE_DELTA_SCALE, RoundingMode.HALF_EVEN)));
  }

  /** Whether the change is material: {@code |relative delta| >= threshold}, or any new demand. */
  public boolean exceeds(BigDecimal relativeThreshold) {
    return relativeDelta()
        .map(delta -> delta.abs().compareTo(relativeThreshold) >= 0)
        .orElse(newQuantity.isPositive());
  }
}
