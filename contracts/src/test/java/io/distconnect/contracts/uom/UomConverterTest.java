package io.distconnect.contracts.uom;

import static io.distconnect.contracts.uom.UnitOfMeasure.CS;
import static io.distconnect.contracts.uom.UnitOfMeasure.DZ;
import static io.distconnect.contracts.uom.UnitOfMeasure.EA;
import static io.distconnect.contracts.uom.UnitOfMeasure.G;
import static io.distconnect.contracts.uom.UnitOfMeasure.KG;
import static io.distconnect.contracts.uom.UnitOfMeasure.L;
import static io.distconnect.contracts.uom.UnitOfMeasure.LB;
import static io.distconnect.contracts.uom.UnitOfMeasure.M;
import static io.distconnect.contracts.uom.UnitOfMeasure.PL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.distconnect.contracts.model.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UomConverterTest {
  private static final UomConverter CASE_OF_24 =
      UomConverter.of(List.of(UnitConversion.of(CS, "24", EA)));

  @ParameterizedTest(name = "{0} {1} = {2} {3}")
  @CsvSource({
    "3, CS, 72, EA",
    "72, EA, 3, CS",
    "12, EA, 0.5, CS",
    "0.25, CS, 6, EA",
    "0, EA, 0, CS",
    "1, CS, 2, DZ",
    "30, EA, 2.5, DZ",
    "2, DZ, 24, EA"
  })
  void convertsBetweenEachesCasesAndDozensBothWays(
      String value, UnitOfMeasure from, String expected, UnitOfMeasure to) {
    assertThat(CASE_OF_24.convert(Quantity.of(value, from), to))
        .isEqualTo(Quantity.of(expected, to));
  }

  @ParameterizedTest(name = "{0} {1} = {2} {3}")
  @CsvSource({
    "1.5, KG, 1500, G",
    "250, G, 0.25, KG",
    "2, L, 2000, ML",
    "330, ML, 0.33, L",
    "1.2, M, 1200, MM",
    "1, LB, 453.59237, G",
    "1, LB, 0.45359237, KG",
    "3, DZ, 36, EA"
  })
  void convertsStandardUnitsWithoutItemData(
      String value, UnitOfMeasure from, String expected, UnitOfMeasure to) {
    assertThat(UomConverter.standard().convert(Quantity.of(value, from), to))
        .isEqualTo(Quantity.of(expected, to));
  }

  @Test
  void chainsItemConversions() {
    UomConverter pallet =
        UomConverter.of(List.of(UnitConversion.of(PL, "40", CS), UnitConversion.of(CS, "24", EA)));
    assertThat(pallet.convert(Quantity.of(2, PL), EA)).isEqualTo(Quantity.of(1920, EA));
    assertThat(pallet.convert(Quantity.of(480, EA), PL)).isEqualTo(Quantity.of("0.5", PL));
  }

  @Test
  void itemConversionsMayCrossDimensions() {
    UomConverter weighed = UomConverter.of(List.of(UnitConversion.of(EA, "0.25", KG)));
    assertThat(weighed.convert(Quantity.of(8, EA), G)).isEqualTo(Quantity.of(2000, G));
    assertThat(weighed.convert(Quantity.of(3, KG), EA)).isEqualTo(Quantity.of(12, EA));
  }

  @Test
  void refusesResultsWithoutAFiniteDecimalUnlessToldHowToRound() {
    Quantity twentyFive = Quantity.of(25, EA);
    assertThatThrownBy(() -> CASE_OF_24.convert(twentyFive, CS))
        .isInstanceOf(InexactConversionException.class)
        .hasMessageContaining("25 EA")
        .hasMessageContaining("CS");
    assertThat(CASE_OF_24.convert(twentyFive, CS, 3, RoundingMode.HALF_UP))
        .isEqualTo(Quantity.of("1.042", CS));
    assertThat(CASE_OF_24.convertRoundingUp(twentyFive, CS)).isEqualTo(Quantity.of(2, CS));
    assertThat(CASE_OF_24.convertRoundingUp(Quantity.of(48, EA), CS)).isEqualTo(Quantity.of(2, CS));
    assertThatThrownBy(() -> UomConverter.standard().convert(Quantity.of(1, KG), LB))
        .isInstanceOf(InexactConversionException.class);
  }

  @Test
  void roundsUpToAnIncrementOfTheTargetUnit() {
    assertThat(
            UomConverter.standard()
                .convertRoundingUp(Quantity.of(1234, G), KG, new BigDecimal("0.5")))
        .isEqualTo(Quantity.of("1.5", KG));
    assertThat(
            UomConverter.standard()
                .convertRoundingUp(Quantity.of(1500, G), KG, new BigDecimal("0.5")))
        .isEqualTo(Quantity.of("1.5", KG));
  }

  @Test
  void missingConversionFailsNamingBothUnits() {
    assertThatThrownBy(() -> UomConverter.standard().convert(Quantity.of(1, CS), EA))
        .isInstanceOf(NoConversionException.class)
        .hasMessage("No conversion from CS to EA")
        .satisfies(
            e -> {
              assertThat(((NoConversionException) e).from()).isEqualTo(CS);
              assertThat(((NoConversionException) e).to()).isEqualTo(EA);
            });
    assertThatThrownBy(() -> CASE_OF_24.convert(Quantity.of(1, KG), EA))
        .isInstanceOf(NoConversionException.class)
        .hasMessage("No conversion from KG to EA");
    assertThatThrownBy(() -> UomConverter.standard().convertRoundingUp(Quantity.of(1, L), M))
        .isInstanceOf(NoConversionException.class);
    assertThat(CASE_OF_24.canConvert(CS, DZ)).isTrue();
    assertThat(CASE_OF_24.canConvert(PL, EA)).isFalse();
  }

  @Test
  void contradictoryItemConversionsAreRefused() {
    assertThatThrownBy(
            () ->
                UomConverter.of(
                    List.of(UnitConversion.of(CS, "24", EA), UnitConversion.of(CS, "3", DZ))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Conflicting")
        .hasMessageContaining("1 CS = 3 DZ contradicts 1 CS = 2 DZ");
    assertThatThrownBy(() -> UomConverter.of(List.of(UnitConversion.of(KG, "999", G))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Conflicting");
    // Consistent restatements are fine.
    UomConverter consistent =
        UomConverter.of(List.of(UnitConversion.of(CS, "24", EA), UnitConversion.of(CS, "2", DZ)));
    assertThat(consistent.convert(Quantity.of(1, CS), EA)).isEqualTo(Quantity.of(24, EA));
  }

  @Test
  void conversionsMustBePositiveAndBetweenTwoUnits() {
    assertThatThrownBy(() -> UnitConversion.of(CS, "0", EA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive");
    assertThatThrownBy(() -> UnitConversion.of(CS, "-24", EA))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> UnitConversion.of(EA, "1", EA))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(UnitConversion.of(CS, "24", EA)).hasToString("1 CS = 24 EA");
  }
}
