package io.distconnect.contracts.model;

import java.time.LocalDate;

/**
 * One forecast bucket: the demand expected for an item at a location over a period, as published in
 * a planning cycle. A later publication of the same cycle raises the version.
 *
 * @param itemId the item
 * @param locationId the canonical location
 * @param periodStart first day of the bucket
 * @param periodEnd last day of the bucket, inclusive, not before {@code periodStart}
 * @param quantity expected demand
 * @param planningCycleId the planning run that produced it
 * @param version publication number within the cycle, from 1
 */
public record Forecast(
    String itemId,
    String locationId,
    LocalDate periodStart,
    LocalDate periodEnd,
    Quantity quantity,
    String planningCycleId,
    int version) {

  public Forecast {
    Checks.requireIdentifier(itemId, "item id");
    Checks.requireIdentifier(locationId, "location id");
    Checks.required(periodStart, "period start");
    Checks.required(periodEnd, "period end");
    if (periodEnd.isBefore(periodStart)) {
      throw new IllegalArgumentException(
          "period end " + periodEnd + " is before period start " + periodStart);
    }
    Checks.required(quantity, "forecast quantity");
    Checks.requireIdentifier(planningCycleId, "planning cycle id");
    Checks.requirePositive(version, "forecast version");
  }

  /** True when both describe the same item, location and period (possibly different versions). */
  public boolean sameBucketAs(Forecast other) {
    return itemId.equals(other.itemId)
        && locationId.equals(other.locationId)
        && periodStart.equals(other.periodStart)
        && periodEnd.equals(other.periodEnd);
  }
}
