package io.distconnect.contracts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.distconnect.contracts.uom.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ForecastRevisionTest {
  private static final LocalDate MONDAY = LocalDate.parse("2025-04-07");
  private static final LocalDate SUNDAY = LocalDate.parse("2025-04-13");

  private static Forecast forecast(String quantity, int version) {
    return new Forecast(
        "SKU-1",
        "DC-EAST",
        MONDAY,
        SUNDAY,
        Quantity.of(quantity, UnitOfMeasure.EA),
        "PC-10",
        version);
  }

  @ParameterizedTest(name = "{0} -> {1}: {2}, {3}")
  @CsvSource({
    "100, 120, 20, 0.2",
    "400, 520, 120, 0.3",
    "300, 200, -100, -0.333333",
    "3, 5, 2, 0.666667",
    "80, 0, -80, -1",
    "50, 50, 0, 0"
  })
  void computesAbsoluteAndRelativeDeltas(String old, String now, String absolute, String relative) {
    ForecastRevision revision = ForecastRevision.between(forecast(old, 1), forecast(now, 2));
    assertThat(revision.absoluteDelta()).isEqualByComparingTo(absolute);
    assertThat(revision.relativeDelta())
        .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo(relative));
  }

  @Test
  void relativeDeltaIsAbsentWhenOldIsZero() {
    ForecastRevision fromZero = ForecastRevision.between(forecast("0", 1), forecast("50", 2));
    assertThat(fromZero.relativeDelta()).isEmpty();
    assertThat(fromZero.absoluteDelta()).isEqualByComparingTo("50");
    ForecastRevision newBucket = ForecastRevision.between(null, forecast("50", 1));
    assertThat(newBucket.oldQuantity()).isEqualTo(Quantity.zero(UnitOfMeasure.EA));
    assertThat(newBucket.relativeDelta()).isEmpty();
    assertThat(newBucket.exceeds(new BigDecimal("0.1"))).isTrue();
  }

  @Test
  void comparesOnlyTheSameBucketInOneUnit() {
    Forecast otherWeek =
        new Forecast(
            "SKU-1",
            "DC-EAST",
            MONDAY.plusWeeks(1),
            SUNDAY.plusWeeks(1),
            Quantity.of(1, UnitOfMeasure.EA),
            "PC-10",
            2);
    assertThatThrownBy(() -> ForecastRevision.between(forecast("1", 1), otherWeek))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different buckets");
    assertThatThrownBy(
            () ->
                new ForecastRevision(
                    "SKU-1",
                    "DC-EAST",
                    MONDAY,
                    SUNDAY,
                    Quantity.of(1, UnitOfMeasure.EA),
                    Quantity.of(1, UnitOfMeasure.CS)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("share a unit");
  }

  @Test
  void forecastsValidateTheirBucket() {
    assertThatThrownBy(
            () ->
                new Forecast(
                    "SKU-1", "DC-EAST", SUNDAY, MONDAY, Quantity.of(1, UnitOfMeasure.EA), "PC", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before period start");
    assertThatThrownBy(() -> forecast("1", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("forecast version must be positive");
    assertThatThrownBy(() -> forecast("-1", 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void materialityComparesTheRelativeChange() {
    ForecastRevision revision = ForecastRevision.between(forecast("100", 1), forecast("95", 2));
    assertThat(revision.exceeds(new BigDecimal("0.05"))).isTrue();
    assertThat(revision.exceeds(new BigDecimal("0.06"))).isFalse();
  }
}
