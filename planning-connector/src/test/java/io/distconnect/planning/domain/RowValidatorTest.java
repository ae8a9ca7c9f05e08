package io.distconnect.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.distconnect.contracts.uom.UnitConversion;
import io.distconnect.contracts.uom.UnitOfMeasure;
import io.distconnect.contracts.uom.UomConverter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Row validation rules, without a database. */
class RowValidatorTest {

  private static final MasterDataSnapshot MASTER =
      new MasterDataSnapshot(
          Map.of(
              "SKU-1",
              new ItemFacts(
                  "SKU-1",
                  "GROCERY",
                  UnitOfMeasure.EA,
                  UomConverter.of(
                      List.of(UnitConversion.of(UnitOfMeasure.CS, "24", UnitOfMeasure.EA))))),
          Set.of("DC-1"));

  private static ValidatedRow validate(RowFormat format, String quantity, String uom) {
    return new RowValidator(MASTER, format)
        .validate(new RawRow(2, "SKU-1", "DC-1", "2027-01-04", null, quantity, uom));
  }

  @Test
  void quantitiesAreConvertedToTheBaseUnitAndBucketsDefaultToAWeek() {
    ValidatedRow row = validate(RowFormat.ISO, "1.5", "CS");
    assertThat(row.accepted()).isTrue();
    assertThat(row.quantity()).isEqualByComparingTo("36");
    assertThat(row.uom()).isEqualTo(UnitOfMeasure.EA);
    assertThat(row.periodEnd()).isEqualTo(LocalDate.of(2027, 1, 10));
    assertThat(row.category()).isEqualTo("GROCERY");
  }

  @Test
  void decimalCommaAndThousandsGrouping() {
    RowFormat eu = RowFormat.of("yyyy-MM-dd", ',', null, 7);
    assertThat(validate(eu, "12,5", null).quantity()).isEqualByComparingTo("12.5");
    assertThat(validate(eu, "1.234,5", null).quantity()).isEqualByComparingTo("1234.5");
    assertThat(validate(eu, "2.5", null).errors())
        .extracting(RowError::reason)
        .containsExactly("'2.5' is not a number");
    assertThat(validate(RowFormat.ISO, "1,5", null).accepted()).isFalse();
    assertThat(validate(RowFormat.ISO, "1,234.5", null).quantity())
        .isEqualByComparingTo(new BigDecimal("1234.5"));
  }

  @Test
  void standardUnitsConvertAndOtherDimensionsDoNot() {
    ValidatedRow row = validate(RowFormat.ISO, "0.00000000000000000001", "DZ");
    assertThat(row.accepted()).isTrue();
    assertThat(validate(RowFormat.ISO, "5", "KG").errors())
        .extracting(RowError::column)
        .containsExactly("uom");
  }

  @Test
  void oneValidatorParsesRepeatedAndBadDatesAlikeEveryTime() {
    RowValidator validator = new RowValidator(MASTER, RowFormat.of("dd.MM.yyyy", ',', null, 7));
    for (int line = 2; line < 5; line++) {
      ValidatedRow good =
          validator.validate(new RawRow(line, "SKU-1", "DC-1", "04.01.2027", null, "1", null));
      assertThat(good.periodStart()).isEqualTo(LocalDate.of(2027, 1, 4));
      assertThat(good.periodEnd()).isEqualTo(LocalDate.of(2027, 1, 10));
      ValidatedRow bad =
          validator.validate(new RawRow(line, "SKU-1", "DC-1", "2027-01-04", null, "1", null));
      assertThat(bad.errors())
          .extracting(RowError::line, RowError::column, RowError::reason)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  (long) line, "periodStart", "'2027-01-04' is not a valid date"));
    }
  }

  @Test
  void aRejectedRowStillNamesItsBucket() {
    ValidatedRow row = validate(RowFormat.ISO, "-1", null);
    assertThat(row.accepted()).isFalse();
    assertThat(row.hasBucket()).isTrue();
  }

  @Test
  void noiseThresholdReference() {
    NoiseThreshold noise = new NoiseThreshold(BigDecimal.ONE, new BigDecimal("0.02"));
    assertThat(noise.isMaterial(new BigDecimal("100"), new BigDecimal("102"))).isTrue();
    assertThat(noise.isMaterial(new BigDecimal("100"), new BigDecimal("101.9"))).isFalse();
    assertThat(noise.isMaterial(BigDecimal.ZERO, new BigDecimal("0.9"))).isFalse();
    assertThat(noise.isMaterial(BigDecimal.ZERO, BigDecimal.ONE)).isTrue();
    assertThat(noise.isMaterial(BigDecimal.TEN, BigDecimal.TEN)).isFalse();
  }
}
