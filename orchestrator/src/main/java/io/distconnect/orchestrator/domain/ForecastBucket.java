package io.distconnect.orchestrator.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * One forecast period of an item at a location, in the item's base unit.
 *
 * @param start first day
 * @param end last day, inclusive
 * @param quantity demand over the whole period
 */
public record ForecastBucket(LocalDate start, LocalDate end, BigDecimal quantity) {

  public ForecastBucket {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(quantity, "quantity");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("bucket ends before it starts: " + start + ".." + end);
    }
  }

  long days() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /**
   * Average daily demand d̄ over the planning horizon [today, today + horizonDays).
   *
   * <p>Assumption: each bucket's quantity is spread evenly over its days, and d̄ is the demand of
   * the covered days divided by the number of covered days — days of the horizon with no published
   * bucket are unknown, not zero, so they do not dilute the rate. Returns 0 when nothing overlaps.
   */
  public static double dailyDemand(List<ForecastBucket> buckets, LocalDate today, int horizonDays) {
    LocalDate lastDay = today.plusDays(horizonDays - 1L);
    double demand = 0;
    long covered = 0;
    for (ForecastBucket b : buckets) {
      LocalDate from = b.start.isAfter(today) ? b.start : today;
      LocalDate to = b.end.isBefore(lastDay) ? b.end : lastDay;
      long overlap = ChronoUnit.DAYS.between(from, to) + 1;
      if (overlap > 0) {
        demand += b.quantity.doubleValue() * overlap / b.days();
        covered += overlap;
      }
    }
    return covered == 0 ? 0 : demand / covered;
  }
}
