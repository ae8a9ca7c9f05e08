package io.distconnect.procurement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.distconnect.contracts.model.Money;
import io.distconnect.contracts.model.Quantity;
import io.distconnect.contracts.model.SupplierContract;
import io.distconnect.contracts.uom.UnitOfMeasure;
import io.distconnect.contracts.uom.UomConverter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sourcing rules on their own, in milliseconds. */
class SourcingPolicyTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
  private static final LocalDate NEED_BY = TODAY.plusDays(10);
  private final SourcingPolicy policy = new SourcingPolicy(UomConverter.standard());

  private static SupplierContract contract(
      String id,
      String price,
      int leadTime,
      UnitOfMeasure uom,
      String moq,
      String multiple,
      String capacity,
      boolean preferred) {
    return new SupplierContract(
        id,
        "SUP-" + id,
        "SKU-1",
        Money.of(price, "EUR"),
        leadTime,
        null,
        uom,
        new BigDecimal(moq),
        new BigDecimal(multiple),
        capacity == null ? null : new BigDecimal(capacity),
        TODAY.minusDays(30),
        null,
        preferred);
  }

  private SourcingPolicy.Decision decide(
      Quantity need, List<SupplierContract> contracts, Map<String, BigDecimal> booked) {
    return policy.decide(need, NEED_BY, TODAY, contracts, booked);
  }

  @Test
  void preferredBeatsCheaper() {
    var d =
        decide(
            Quantity.of(10, UnitOfMeasure.EA),
            List.of(
                contract("A", "1.00", 5, UnitOfMeasure.EA, "0", "1", null, false),
                contract("B", "2.00", 5, UnitOfMeasure.EA, "0", "1", null, true)),
            Map.of());
    assertThat(d.chosen().contract().contractId()).isEqualTo("B");
  }

  @Test
  void lowestOrderValueWinsIncludingTheMoqsCost() {
    var d =
        decide(
            Quantity.of(10, UnitOfMeasure.EA),
            List.of(
                contract("CHEAP-MOQ", "0.50", 5, UnitOfMeasure.EA, "100", "1", null, false),
                contract("FAIR", "1.00", 5, UnitOfMeasure.EA, "0", "1", null, false)),
            Map.of());
    assertThat(d.chosen().contract().contractId()).isEqualTo("FAIR");
    assertThat(d.chosen().orderValue()).isEqualTo(Money.of("10", "EUR"));
  }

  @Test
  void roundsUpToMoqThenMultipleInTheOrderUnit() {
    var d =
        decide(
            Quantity.of(30, UnitOfMeasure.EA),
            List.of(contract("R", "1", 5, UnitOfMeasure.EA, "100", "24", null, false)),
            Map.of());
    assertThat(d.chosen().orderQuantity()).isEqualTo(Quantity.of(120, UnitOfMeasure.EA));
    // Standard units convert: 2.3 kg ordered in 500 g bags is 2.5 kg = 5 bags' worth.
    var grams =
        decide(
            Quantity.of("2.3", UnitOfMeasure.KG),
            List.of(contract("G", "0.01", 5, UnitOfMeasure.G, "0", "500", null, false)),
            Map.of());
    assertThat(grams.chosen().orderQuantity()).isEqualTo(Quantity.of(2500, UnitOfMeasure.G));
  }

  @Test
  void leadTimeAndCapacityRuleContractsOutWithTheirReason() {
    var slow = contract("SLOW", "1", 20, UnitOfMeasure.EA, "0", "1", null, true);
    var full = contract("FULL", "1", 5, UnitOfMeasure.EA, "0", "1", "100", false);
    var none =
        decide(
            Quantity.of(50, UnitOfMeasure.EA),
            List.of(slow, full),
            Map.of("FULL", new BigDecimal("80")));
    assertThat(none.sourced()).isFalse();
    assertThat(none.failure()).isEqualTo(SourcingFailure.CAPACITY_EXHAUSTED);
    assertThat(none.reasons())
        .anySatisfy(r -> assertThat(r).contains("SLOW").contains("lead time"))
        .anySatisfy(r -> assertThat(r).contains("remaining weekly capacity 20"));

    var onlySlow = decide(Quantity.of(5, UnitOfMeasure.EA), List.of(slow), Map.of());
    assertThat(onlySlow.failure()).isEqualTo(SourcingFailure.LEAD_TIME_TOO_LONG);
  }

  @Test
  void expiredOrMissingContractsAndUnconvertibleUnitsAreExplained() {
    var expired =
        new SupplierContract(
            "OLD",
            "SUP-OLD",
            "SKU-1",
            Money.of("1", "EUR"),
            1,
            null,
            UnitOfMeasure.EA,
            BigDecimal.ZERO,
            BigDecimal.ONE,
            null,
            TODAY.minusDays(60),
            TODAY.minusDays(1),
            true);
    var d = decide(Quantity.of(5, UnitOfMeasure.EA), List.of(expired), Map.of());
    assertThat(d.failure()).isEqualTo(SourcingFailure.NO_CONTRACT);
    assertThat(d.reasons()).singleElement().asString().contains("not valid on");

    assertThat(decide(Quantity.of(5, UnitOfMeasure.EA), List.of(), Map.of()).failure())
        .isEqualTo(SourcingFailure.NO_CONTRACT);

    var cases =
        decide(
            Quantity.of(5, UnitOfMeasure.EA),
            List.of(contract("CS", "1", 5, UnitOfMeasure.CS, "0", "1", null, false)),
            Map.of());
    assertThat(cases.failure()).isEqualTo(SourcingFailure.NO_UNIT_CONVERSION);
  }
}
