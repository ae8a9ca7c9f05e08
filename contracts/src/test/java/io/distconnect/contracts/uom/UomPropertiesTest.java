package io.distconnect.contracts.uom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.distconnect.contracts.model.Quantity;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of conversion and rounding that must hold for any quantity, not just examples. */
class UomPropertiesTest {
  private static final BigDecimal CASE = new BigDecimal(24);
  private static final UomConverter CASE_OF_24 =
      UomConverter.of(List.of(UnitConversion.of(UnitOfMeasure.CS, "24", UnitOfMeasure.EA)));

  @Provide
  Arbitrary<BigDecimal> anyScaleQuantities() {
    return Arbitraries.integers()
        .between(0, 6)
        .flatMap(
            scale ->
                Arbitraries.bigIntegers()
                    .between(BigInteger.ZERO, BigInteger.TEN.pow(9))
                    .map(unscaled -> new BigDecimal(unscaled, scale)));
  }

  @Provide
  Arbitrary<BigDecimal> multiples() {
    return Arbitraries.integers()
        .between(0, 3)
        .flatMap(
            scale ->
                Arbitraries.bigIntegers()
                    .between(BigInteger.ONE, BigInteger.valueOf(5000))
                    .map(unscaled -> new BigDecimal(unscaled, scale)));
  }

  @Property
  void eachesToCasesAndBackIsExactWhenDivisible(@ForAll("anyScaleQuantities") BigDecimal cases) {
    Quantity eaches = new Quantity(cases.multiply(CASE), UnitOfMeasure.EA);
    Quantity inCases = CASE_OF_24.convert(eaches, UnitOfMeasure.CS);
    assertThat(inCases.value()).isEqualByComparingTo(cases);
    assertThat(CASE_OF_24.convert(inCases, UnitOfMeasure.EA)).isEqualTo(eaches);
  }

  @Property
  void eachesToCasesIsExactOrRefusedNeverApproximated(
      @ForAll("anyScaleQuantities") BigDecimal value) {
    Quantity eaches = new Quantity(value, UnitOfMeasure.EA);
    boolean terminates;
    try {
      value.divide(CASE);
      terminates = true;
    } catch (ArithmeticException e) {
      terminates = false;
    }
    if (terminates) {
      Quantity cases = CASE_OF_24.convert(eaches, UnitOfMeasure.CS);
      assertThat(cases.value().multiply(CASE)).isEqualByComparingTo(value);
    } else {
      assertThatThrownBy(() -> CASE_OF_24.convert(eaches, UnitOfMeasure.CS))
          .isInstanceOf(InexactConversionException.class);
    }
  }

  @Property
  void casesToEachesAndBackNeverLosesPrecision(@ForAll("anyScaleQuantities") BigDecimal value) {
    Quantity cases = new Quantity(value, UnitOfMeasure.CS);
    Quantity roundTrip =
        CASE_OF_24.convert(CASE_OF_24.convert(cases, UnitOfMeasure.EA), UnitOfMeasure.CS);
    assertThat(roundTrip).isEqualTo(cases);
  }

  @Property
  void massRoundTripsAreExact(@ForAll("anyScaleQuantities") BigDecimal value) {
    Quantity kilograms = new Quantity(value, UnitOfMeasure.KG);
    Quantity grams = UomConverter.standard().convert(kilograms, UnitOfMeasure.G);
    assertThat(grams.value()).isEqualByComparingTo(value.multiply(new BigDecimal(1000)));
    assertThat(UomConverter.standard().convert(grams, UnitOfMeasure.KG)).isEqualTo(kilograms);
    Quantity asGrams = new Quantity(value, UnitOfMeasure.G);
    assertThat(
            UomConverter.standard()
                .convert(
                    UomConverter.standard().convert(asGrams, UnitOfMeasure.KG), UnitOfMeasure.G))
        .isEqualTo(asGrams);
  }

  @Property
  void roundingUpGivesTheNextMultiple(
      @ForAll("anyScaleQuantities") BigDecimal quantity, @ForAll("multiples") BigDecimal multiple) {
    BigDecimal result = OrderRounding.roundUpToMultiple(quantity, multiple);
    assertThat(result).isGreaterThanOrEqualTo(quantity);
    assertThat(result.remainder(multiple)).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(result.subtract(quantity)).isLessThan(multiple);
  }

  @Property
  void minimumOrderQuantityIsRespected(
      @ForAll("anyScaleQuantities") BigDecimal quantity,
      @ForAll("anyScaleQuantities") BigDecimal moq,
      @ForAll("multiples") BigDecimal multiple) {
    BigDecimal result = OrderRounding.applyMinimumAndMultiple(quantity, moq, multiple);
    if (quantity.signum() == 0) {
      assertThat(result).isEqualByComparingTo(BigDecimal.ZERO);
      return;
    }
    BigDecimal floor = quantity.max(moq);
    assertThat(result).isGreaterThanOrEqualTo(quantity);
    assertThat(result).isGreaterThanOrEqualTo(moq);
    assertThat(result.remainder(multiple)).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(result.subtract(floor)).isLessThan(multiple);
  }

  @Property
  void orderQuantityCoversTheRequirementWithLessThanOneMultipleToSpare(
      @ForAll("anyScaleQuantities") BigDecimal eaches, @ForAll("multiples") BigDecimal multiple) {
    Quantity order =
        OrderRounding.orderQuantity(
            new Quantity(eaches, UnitOfMeasure.EA),
            UnitOfMeasure.CS,
            BigDecimal.ZERO,
            multiple,
            CASE_OF_24);
    BigDecimal orderedEaches = order.value().multiply(CASE);
    assertThat(orderedEaches).isGreaterThanOrEqualTo(eaches);
    assertThat(orderedEaches.subtract(eaches)).isLessThan(multiple.multiply(CASE));
    assertThat(order.value().remainder(multiple)).isEqualByComparingTo(BigDecimal.ZERO);
  }
}
