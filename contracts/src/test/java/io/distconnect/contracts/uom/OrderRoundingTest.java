package io.distconnect.contracts.uom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.distconnect.contracts.model.Quantity;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderRoundingTest {
  private static final UomConverter CASE_OF_24 =
      UomConverter.of(List.of(UnitConversion.of(UnitOfMeasure.CS, "24", UnitOfMeasure.EA)));

  @ParameterizedTest(name = "{0} up to a multiple of {1} = {2}")
  @CsvSource({
    "50, 24, 72",
    "48, 24, 48",
    "49, 24, 72",
    "0, 24, 0",
    "1, 24, 24",
    "0.3, 0.25, 0.5",
    "1, 0.5, 1",
    "10.01, 5, 15",
    "7, 1, 7",
    "6.5, 1, 7"
  })
  void roundsUpToTheMultiple(String quantity, String multiple, String expected) {
    assertThat(OrderRounding.roundUpToMultiple(new BigDecimal(quantity), new BigDecimal(multiple)))
        .isEqualByComparingTo(expected);
  }

  @ParameterizedTest(name = "{0} with MOQ {1}, multiple {2} = {3}")
  @CsvSource({
    "30, 100, 24, 120",
    "130, 100, 24, 144",
    "96, 100, 12, 108",
    "100, 100, 10, 100",
    "5, 0, 1, 5",
    "0, 100, 24, 0",
    "250, 100, 24, 264"
  })
  void enforcesTheMinimumThenReRoundsToTheMultiple(
      String quantity, String moq, String multiple, String expected) {
    assertThat(
            OrderRounding.applyMinimumAndMultiple(
                new BigDecimal(quantity), new BigDecimal(moq), new BigDecimal(multiple)))
        .isEqualByComparingTo(expected);
  }

  @ParameterizedTest(name = "{0} {1} ordered in CS, MOQ {2}, multiple {3} = {4} CS")
  @CsvSource({
    // 50 EA = 2.08 CS -> multiple of 2 = 4 CS -> below MOQ 5 -> next multiple above 5 = 6 CS
    "50, EA, 5, 2, 6",
    // 200 EA = 8.33 CS -> 10 CS, MOQ 5 satisfied
    "200, EA, 5, 2, 10",
    // exactly 10 CS
    "240, EA, 5, 2, 10",
    // 2 DZ = 24 EA = 1 CS -> MOQ 1, multiple 1
    "2, DZ, 1, 1, 1",
    "0, EA, 5, 2, 0"
  })
  void convertsToTheOrderUnitThenAppliesMoqAndMultiple(
      String value, UnitOfMeasure unit, String moq, String multiple, String expectedCases) {
    assertThat(
            OrderRounding.orderQuantity(
                Quantity.of(value, unit),
                UnitOfMeasure.CS,
                new BigDecimal(moq),
                new BigDecimal(multiple),
                CASE_OF_24))
        .isEqualTo(Quantity.of(expectedCases, UnitOfMeasure.CS));
  }

  @Test
  void roundsFractionalOrderUnits() {
    // 1234 G = 1.234 KG -> multiples of 0.5 KG -> 1.5 KG
    assertThat(
            OrderRounding.orderQuantity(
                Quantity.of(1234, UnitOfMeasure.G),
                UnitOfMeasure.KG,
                BigDecimal.ZERO,
                new BigDecimal("0.5"),
                UomConverter.standard()))
        .isEqualTo(Quantity.of("1.5", UnitOfMeasure.KG));
  }

  @Test
  void quantityOverloadKeepsTheUnitAndRefusesMixedUnits() {
    assertThat(
            OrderRounding.roundUpToMultiple(
                Quantity.of(50, UnitOfMeasure.EA), Quantity.of(6, UnitOfMeasure.EA)))
        .isEqualTo(Quantity.of(54, UnitOfMeasure.EA));
    assertThatThrownBy(
            () ->
                OrderRounding.roundUpToMultiple(
                    Quantity.of(50, UnitOfMeasure.EA), Quantity.of(1, UnitOfMeasure.CS)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesImpossibleParameters() {
    assertThatThrownBy(() -> OrderRounding.roundUpToMultiple(BigDecimal.TEN, BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("order multiple must be positive");
    assertThatThrownBy(() -> OrderRounding.roundUpToMultiple(new BigDecimal("-1"), BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be negative");
    assertThatThrownBy(
            () ->
                OrderRounding.applyMinimumAndMultiple(
                    BigDecimal.ONE, new BigDecimal("-5"), BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                OrderRounding.orderQuantity(
                    Quantity.of(1, UnitOfMeasure.KG),
                    UnitOfMeasure.CS,
                    BigDecimal.ONE,
                    BigDecimal.ONE,
                    CASE_OF_24))
        .isInstanceOf(NoConversionException.class)
        .hasMessage("No conversion from KG to CS");
  }
}
