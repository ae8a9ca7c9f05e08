package io.distconnect.orchestrator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.distconnect.contracts.model.Quantity;
import io.distconnect.contracts.uom.UnitConversion;
import io.distconnect.contracts.uom.UnitOfMeasure;
import io.distconnect.contracts.uom.UomConverter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed cases. Common set-up unless stated: 900 EA forecast over a 90-day bucket → d̄ = 10
 * EA/day; L = 9 d, σ_L = 2 d; cv = 0.5 → σ_d = 5; service level 95% → z = 1.644854; S = 50, i =
 * 0.25, C = 2.00/EA → H = 0.5.
 *
 * <pre>
 * σ_LTD = √(9·5² + 10²·2²) = √(225 + 400) = 25
 * SS    = 1.644854 · 25 = 41.1213;  LTD = 10 · 9 = 90;  ROP = ⌈131.1213⌉ = 132
 * EOQ   = √(2 · 3650 · 50 / 0.5) = √730000 = 854.40 → ⌈⌉ 855;  max = 132 + 855 = 987
 * </pre>
 */
class ReplenishmentDeciderTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  static final Currency EUR = Currency.getInstance("EUR");
  static final UnitOfMeasure EA = UnitOfMeasure.EA;
  static final UnitOfMeasure CS = UnitOfMeasure.CS;
  static final UomConverter CASE_OF_24 = UomConverter.of(List.of(UnitConversion.of(CS, "24", EA)));
  static final DecisionSettings SETTINGS =
      new DecisionSettings(
          0.95,
          0.5,
          new BigDecimal("50"),
          0.25,
          90,
          7,
          14,
          new BigDecimal("0.5"),
          new BigDecimal("10000"));

  static final List<ForecastBucket> FORECAST =
      List.of(new ForecastBucket(TODAY, TODAY.plusDays(89), new BigDecimal("900")));

  static SupplyTerms eachTerms(String moq, String multiple) {
    return new SupplyTerms(
        "K-1",
        "SUP-1",
        EA,
        new BigDecimal(moq),
        new BigDecimal(multiple),
        new BigDecimal("2.00"),
        EUR,
        9,
        2);
  }

  static StockPosition stock(String onHand, String allocated, String onOrder, String backordered) {
    return new StockPosition(
        new BigDecimal(onHand),
        new BigDecimal(allocated),
        new BigDecimal(onOrder),
        new BigDecimal(backordered));
  }

  @Test
  void dailyDemandSpreadsBucketsOverTheirDaysAndIgnoresThePast() {
    assertThat(ForecastBucket.dailyDemand(FORECAST, TODAY, 90)).isCloseTo(10, within(1e-9));
    // 31 days of December at 310 → 10/day, but only the 16 days from the 16th count; January
    // (31 days, 620 → 20/day) fully inside a 47-day horizon: (160 + 620) / 47 = 16.5957.
    List<ForecastBucket> months =
        List.of(
            new ForecastBucket(
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), new BigDecimal("310")),
            new ForecastBucket(
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31), new BigDecimal("620")));
    assertThat(ForecastBucket.dailyDemand(months, LocalDate.of(2026, 12, 16), 47))
        .isCloseTo(780.0 / 47, within(1e-9));
    assertThat(ForecastBucket.dailyDemand(months, LocalDate.of(2027, 3, 1), 30)).isZero();
  }

  @Test
  void ordersUpToMaxWhenPositionIsBelowReorderPoint() {
    // IP = 100 + 0 − 0 − 20 = 80 ≤ 132 → raw = 987 − 80 = 907 EA, no rounding needed.
    Decision d = decide(stock("100", "20", "0", "0"), eachTerms("0", "1"), null, List.of());
    assertThat(d.sigmaLtd()).isCloseTo(25, within(1e-9));
    assertThat(d.z()).isCloseTo(1.644854, within(1e-6));
    assertThat(d.safetyStock()).isCloseTo(41.1213, within(1e-4));
    assertThat(d.reorderPoint()).isEqualByComparingTo("132");
    assertThat(d.eoq()).isCloseTo(854.4004, within(1e-4));
    assertThat(d.maxLevel()).isEqualByComparingTo("987");
    assertThat(d.inventoryPosition()).isEqualByComparingTo("80");
    assertThat(d.kind()).isEqualTo(DecisionKind.NEW_ORDER);
    assertThat(d.quantity().raw()).isEqualByComparingTo("907");
    assertThat(d.requestQuantity()).isEqualByComparingTo("907");
    assertThat(d.needByDate()).isEqualTo(TODAY.plusDays(9));
    assertThat(d.estimatedValue()).isEqualByComparingTo("1814");
    assertThat(d.manualReview()).isFalse();
  }

  @Test
  void noOrderWhenPositionIsAboveReorderPoint() {
    // IP = 200 − 20 = 180 > 132.
    Decision d = decide(stock("200", "20", "0", "0"), eachTerms("0", "1"), null, List.of());
    assertThat(d.kind()).isEqualTo(DecisionKind.NO_ACTION);
    assertThat(d.inventoryPosition()).isEqualByComparingTo("180");
    assertThat(d.reason()).contains("180").contains("132");
    assertThat(d.quantity()).isNull();
  }

  @Test
  void onOrderAndBackordersCountInThePosition() {
    // IP = 50 + 100 − 30 − 0 = 120 ≤ 132 → raw = 987 − 120 = 867.
    Decision d = decide(stock("50", "0", "100", "30"), eachTerms("0", "1"), null, List.of());
    assertThat(d.inventoryPosition()).isEqualByComparingTo("120");
    assertThat(d.quantity().raw()).isEqualByComparingTo("867");
  }

  @Test
  void convertsToCasesRoundingUpThenBackToEaches() {
    // 1 CS = 24 EA at 48.00/CS (C = 2.00/EA, same EOQ). 907 EA / 24 = 37.79 → 38 CS;
    // multiple 1, MOQ 10 CS not binding → 38 CS = 912 EA.
    SupplyTerms cases =
        new SupplyTerms(
            "K-2", "SUP-1", CS, BigDecimal.TEN, BigDecimal.ONE, new BigDecimal("48.00"), EUR, 9, 2);
    Decision d = decide(stock("100", "20", "0", "0"), cases, CASE_OF_24, null, List.of());
    assertThat(d.quantity().inOrderUnit()).isEqualByComparingTo("38");
    assertThat(d.quantity().afterMinimum()).isEqualByComparingTo("38");
    assertThat(d.quantity().orderUnit()).isEqualTo(CS);
    assertThat(d.requestQuantity()).isEqualByComparingTo("912");
    assertThat(d.estimatedValue()).isEqualByComparingTo("1824");
  }

  @Test
  void roundsUpToWholePacks() {
    // Packs of 6 EA, ordered in EA with multiple 1 → effective multiple 6: 907 → 912.
    Decision d =
        decide(
            stock("100", "20", "0", "0"),
            eachTerms("0", "1"),
            new Quantity(new BigDecimal("6"), EA),
            List.of());
    assertThat(d.quantity().multiple()).isEqualByComparingTo("6");
    assertThat(d.quantity().afterMultiple()).isEqualByComparingTo("912");
    assertThat(d.requestQuantity()).isEqualByComparingTo("912");
    // Multiple 4 and pack 6 → lcm 12: 907 → 912 as well; multiple 5 and pack 6 → 30: 907 → 930.
    assertThat(OrderQuantity.lcm(new BigDecimal("4"), new BigDecimal("6")))
        .isEqualByComparingTo("12");
    assertThat(
            decide(
                    stock("100", "20", "0", "0"),
                    eachTerms("0", "5"),
                    new Quantity(new BigDecimal("6"), EA),
                    List.of())
                .requestQuantity())
        .isEqualByComparingTo("930");
  }

  @Test
  void minimumOrderQuantityBindsAndIsReRoundedToTheMultiple() {
    // Slow mover: 90 EA over 90 days → d̄ = 1; L = 4, σ_L = 0 → σ_LTD = √(4·0.5²) = 1;
    // SS = 1.644854; ROP = ⌈4 + 1.644854⌉ = 6. S = 1: EOQ = √(2·365·1/0.5) = √1460 = 38.21 → 39;
    // max = 45. IP = 2 → raw 43 → multiple 24 → 48 → MOQ 100 → re-round → 120 EA.
    DecisionSettings cheapOrders =
        new DecisionSettings(
            0.95,
            0.5,
            BigDecimal.ONE,
            0.25,
            90,
            7,
            14,
            new BigDecimal("0.5"),
            new BigDecimal("10000"));
    SupplyTerms terms =
        new SupplyTerms(
            "K-3",
            "SUP-1",
            EA,
            new BigDecimal("100"),
            new BigDecimal("24"),
            new BigDecimal("2.00"),
            EUR,
            4,
            0);
    Decision d =
        ReplenishmentDecider.decide(
            TODAY,
            1.0,
            stock("2", "0", "0", "0"),
            terms,
            EA,
            UomConverter.standard(),
            null,
            List.of(),
            cheapOrders);
    assertThat(d.reorderPoint()).isEqualByComparingTo("6");
    assertThat(d.eoq()).isCloseTo(38.2099, within(1e-4));
    assertThat(d.maxLevel()).isEqualByComparingTo("45");
    assertThat(d.quantity().raw()).isEqualByComparingTo("43");
    assertThat(d.quantity().afterMultiple()).isEqualByComparingTo("48");
    assertThat(d.quantity().afterMinimum()).isEqualByComparingTo("120");
    assertThat(d.requestQuantity()).isEqualByComparingTo("120");
  }

  @Test
  void forecastUpTwentyPercentRecomputesTheOrder() {
    // 1080 EA over 90 days → d̄ = 12, σ_d = 6: σ_LTD = √(9·36 + 144·4) = 30; SS = 49.3456;
    // ROP = ⌈108 + 49.3456⌉ = 158; EOQ = √(2·4380·50/0.5) = 935.95 → 936; max = 1094;
    // raw = 1094 − 80 = 1014 (was 907 at d̄ = 10).
    List<ForecastBucket> revised =
        List.of(new ForecastBucket(TODAY, TODAY.plusDays(89), new BigDecimal("1080")));
    double dBar = ForecastBucket.dailyDemand(revised, TODAY, 90);
    Decision d =
        ReplenishmentDecider.decide(
            TODAY,
            dBar,
            stock("100", "20", "0", "0"),
            eachTerms("0", "1"),
            EA,
            UomConverter.standard(),
            null,
            List.of(),
            SETTINGS);
    assertThat(d.reorderPoint()).isEqualByComparingTo("158");
    assertThat(d.maxLevel()).isEqualByComparingTo("1094");
    assertThat(d.requestQuantity()).isEqualByComparingTo("1014");
  }

  @Test
  void amendsAnOpenOrderDueInsideTheAmendWindow() {
    // Window: due between today+7 and today+9+14. A 2000 EA line due in 12 days → new total
    // 2000 + 907 = 2907 (45% increase, under the 50% limit).
    OpenOrderLine line =
        new OpenOrderLine(
            "ERP-1", "PO-9", 1, new BigDecimal("2000"), new BigDecimal("2000"), TODAY.plusDays(12));
    Decision d = decide(stock("100", "20", "0", "0"), eachTerms("0", "1"), null, List.of(line));
    assertThat(d.kind()).isEqualTo(DecisionKind.AMEND);
    assertThat(d.purchaseOrderNumber()).isEqualTo("PO-9");
    assertThat(d.requestQuantity()).isEqualByComparingTo("2907");
    assertThat(d.manualReview()).isFalse();
    // Due in 3 days: frozen → new order instead.
    OpenOrderLine frozen =
        new OpenOrderLine(
            "ERP-2", "PO-8", 1, new BigDecimal("2000"), new BigDecimal("2000"), TODAY.plusDays(3));
    assertThat(
            decide(stock("100", "20", "0", "0"), eachTerms("0", "1"), null, List.of(frozen)).kind())
        .isEqualTo(DecisionKind.NEW_ORDER);
  }

  @Test
  void largeAmendmentsAndExpensiveOrdersGoToManualReview() {
    OpenOrderLine small =
        new OpenOrderLine(
            "ERP-1", "PO-9", 1, new BigDecimal("100"), new BigDecimal("100"), TODAY.plusDays(12));
    Decision amend =
        decide(stock("100", "20", "0", "0"), eachTerms("0", "1"), null, List.of(small));
    assertThat(amend.manualReview()).isTrue();
    assertThat(amend.reasons()).anyMatch(r -> r.contains("907"));
    SupplyTerms pricey =
        new SupplyTerms(
            "K-4",
            "SUP-1",
            EA,
            BigDecimal.ZERO,
            BigDecimal.ONE,
            new BigDecimal("20.00"),
            EUR,
            9,
            2);
    Decision expensive = decide(stock("100", "20", "0", "0"), pricey, null, List.of());
    // C = 20 → H = 5: EOQ = √(2·3650·50/5) = 270.19 → 271; max = 403; raw = 323; value 6460 <
    // 10000.
    assertThat(expensive.requestQuantity()).isEqualByComparingTo("323");
    assertThat(expensive.manualReview()).isFalse();
    DecisionSettings lowLimit =
        new DecisionSettings(
            0.95,
            0.5,
            new BigDecimal("50"),
            0.25,
            90,
            7,
            14,
            new BigDecimal("0.5"),
            new BigDecimal("5000"));
    Decision review =
        ReplenishmentDecider.decide(
            TODAY,
            10,
            stock("100", "20", "0", "0"),
            pricey,
            EA,
            UomConverter.standard(),
            null,
            List.of(),
            lowLimit);
    assertThat(review.manualReview()).isTrue();
    assertThat(review.reasons().get(1)).contains("6460").contains("5000");
  }

  @Test
  void expeditesAnOpenOrderThatArrivesAfterTheStockOut() {
    // IP = 60 + 1000 = 1060 > 132, but 60 EA last 6 days and the open line is due in 20.
    OpenOrderLine late =
        new OpenOrderLine(
            "ERP-3", "PO-7", 2, new BigDecimal("1000"), new BigDecimal("1000"), TODAY.plusDays(20));
    Decision d = decide(stock("60", "0", "1000", "0"), eachTerms("0", "1"), null, List.of(late));
    assertThat(d.kind()).isEqualTo(DecisionKind.EXPEDITE);
    assertThat(d.purchaseOrderNumber()).isEqualTo("PO-7");
    assertThat(d.needByDate()).isEqualTo(TODAY.plusDays(6));
    assertThat(d.requestQuantity()).isEqualByComparingTo("1000");
  }

  @Test
  void ordersRaisedInTheErpAreNeverAmendedOrExpedited() {
    // As the amend and expedite cases above, but the ERP orders carry no procurement number:
    // procurement cannot change them. They still count as supply (the on-order 1000 in IP).
    OpenOrderLine lateErpOnly =
        new OpenOrderLine(
            "ERP-3", null, 2, new BigDecimal("1000"), new BigDecimal("1000"), TODAY.plusDays(20));
    Decision late =
        decide(stock("60", "0", "1000", "0"), eachTerms("0", "1"), null, List.of(lateErpOnly));
    assertThat(late.kind()).isEqualTo(DecisionKind.NO_ACTION);
    // ...but a buyer is told that the stock runs out before it arrives.
    assertThat(late.reasons())
        .anyMatch(
            r ->
                r.contains("ERP order ERP-3 line 2 is due " + TODAY.plusDays(20))
                    && r.contains("expedite it in the ERP"));
    OpenOrderLine dueErpOnly =
        new OpenOrderLine(
            "ERP-1", null, 1, new BigDecimal("2000"), new BigDecimal("2000"), TODAY.plusDays(12));
    Decision d =
        decide(stock("100", "20", "0", "0"), eachTerms("0", "1"), null, List.of(dueErpOnly));
    assertThat(d.kind()).isEqualTo(DecisionKind.NEW_ORDER);
    assertThat(d.purchaseOrderNumber()).isNull();
  }

  private static Decision decide(
      StockPosition stock, SupplyTerms terms, Quantity pack, List<OpenOrderLine> open) {
    return decide(stock, terms, UomConverter.standard(), pack, open);
  }

  private static Decision decide(
      StockPosition stock,
      SupplyTerms terms,
      UomConverter converter,
      Quantity pack,
      List<OpenOrderLine> open) {
    double dBar = ForecastBucket.dailyDemand(FORECAST, TODAY, 90);
    return ReplenishmentDecider.decide(
        TODAY, dBar, stock, terms, EA, converter, pack, open, SETTINGS);
  }
}
