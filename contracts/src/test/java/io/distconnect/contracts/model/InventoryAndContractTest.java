package io.distconnect.contracts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.distconnect.contracts.uom.UnitConversion;
import io.distconnect.contracts.uom.UnitOfMeasure;
import io.distconnect.contracts.uom.UomConverter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InventoryAndContractTest {
  private static final Instant NOW = Instant.parse("2025-03-03T08:15:30Z");

  private static InventoryPosition position(
      String onHand, String allocated, String onOrder, String inTransit, String backordered) {
    return new InventoryPosition(
        "SKU-1",
        "DC-EAST",
        UnitOfMeasure.EA,
        new BigDecimal(onHand),
        new BigDecimal(allocated),
        new BigDecimal(onOrder),
        new BigDecimal(inTransit),
        new BigDecimal(backordered),
        NOW);
  }

  @Test
  void derivesAvailableAndInventoryPosition() {
    // 100 on hand, 30 allocated, 50 on order, 20 in transit, 10 backordered
    InventoryPosition position = position("100", "30", "50", "20", "10");
    assertThat(position.available()).isEqualByComparingTo("70"); // 100 - 30
    assertThat(position.inventoryPosition()).isEqualByComparingTo("130"); // 100+50+20-10-30
  }

  @Test
  void derivedFiguresMayGoNegativeButBucketsMayNot() {
    InventoryPosition overAllocated = position("10", "25", "0", "0", "40");
    assertThat(overAllocated.available()).isEqualByComparingTo("-15");
    assertThat(overAllocated.inventoryPosition()).isEqualByComparingTo("-55");
    assertThatThrownBy(() -> position("-1", "0", "0", "0", "0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("on hand must not be negative: -1");
    assertThatThrownBy(() -> position("1", "0", "0", "-0.5", "0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("in transit");
  }

  private static SupplierContract contract(LocalDate validTo, BigDecimal capacity) {
    return new SupplierContract(
        "C-2025-001",
        "SUP-ACME",
        "SKU-1",
        Money.of("18.40", "EUR"),
        14,
        new BigDecimal("2.5"),
        UnitOfMeasure.CS,
        new BigDecimal("5"),
        new BigDecimal("2"),
        capacity,
        LocalDate.parse("2025-01-01"),
        validTo,
        true);
  }

  @Test
  void contractRoundsRequirementsToItsTerms() {
    SupplierContract contract = contract(LocalDate.parse("2025-12-31"), new BigDecimal("500"));
    UomConverter item =
        UomConverter.of(List.of(UnitConversion.of(UnitOfMeasure.CS, "24", UnitOfMeasure.EA)));
    Quantity order = contract.orderQuantityFor(Quantity.of(50, UnitOfMeasure.EA), item);
    assertThat(order).isEqualTo(Quantity.of(6, UnitOfMeasure.CS));
    assertThat(contract.orderValue(order)).isEqualTo(Money.of("110.4", "EUR"));
    assertThat(contract.withinWeeklyCapacity(order)).isTrue();
    assertThat(contract.withinWeeklyCapacity(Quantity.of(501, UnitOfMeasure.CS))).isFalse();
    assertThat(contract.earliestDelivery(LocalDate.parse("2025-03-03")))
        .isEqualTo(LocalDate.parse("2025-03-17"));
  }

  @Test
  void contractValidityWindowIsInclusive() {
    SupplierContract contract = contract(LocalDate.parse("2025-06-30"), null);
    assertThat(contract.isValidOn(LocalDate.parse("2025-01-01"))).isTrue();
    assertThat(contract.isValidOn(LocalDate.parse("2025-06-30"))).isTrue();
    assertThat(contract.isValidOn(LocalDate.parse("2025-07-01"))).isFalse();
    assertThat(contract.isValidOn(LocalDate.parse("2024-12-31"))).isFalse();
    assertThat(contract(null, null).isValidOn(LocalDate.parse("2099-01-01"))).isTrue();
    assertThat(contract(null, null).withinWeeklyCapacity(Quantity.of(99999, UnitOfMeasure.CS)))
        .isTrue();
    assertThatThrownBy(() -> contract(LocalDate.parse("2024-06-30"), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ends (2024-06-30) before it starts (2025-01-01)");
  }

  @Test
  void contractRefusesImpossibleTerms() {
    assertThatThrownBy(
            () ->
                new SupplierContract(
                    "C-1",
                    "SUP-ACME",
                    "SKU-1",
                    Money.of("1", "EUR"),
                    -1,
                    null,
                    UnitOfMeasure.CS,
                    BigDecimal.ONE,
                    BigDecimal.ONE,
                    null,
                    LocalDate.parse("2025-01-01"),
                    null,
                    false))
        .hasMessageContaining("lead time days must not be negative");
    assertThatThrownBy(
            () ->
                new SupplierContract(
                    "C-1",
                    "SUP-ACME",
                    "SKU-1",
                    Money.of("1", "EUR"),
                    3,
                    null,
                    UnitOfMeasure.CS,
                    BigDecimal.ONE,
                    BigDecimal.ZERO,
                    null,
                    LocalDate.parse("2025-01-01"),
                    null,
                    false))
        .hasMessageContaining("order multiple must be positive");
  }
}
