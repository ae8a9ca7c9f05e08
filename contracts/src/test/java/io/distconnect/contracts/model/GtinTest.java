package io.distconnect.contracts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GtinTest {

  /** Published examples: EAN-13, UPC-A (GTIN-12), EAN-8 and a GTIN-14 with leading zeros. */
  @ParameterizedTest
  @ValueSource(strings = {"4006381333931", "036000291452", "96385074", "00012345600012"})
  void acceptsGtinsWithCorrectCheckDigits(String gtin) {
    assertThat(Gtin.isValid(gtin)).isTrue();
    assertThat(Gtin.requireValid(gtin)).isEqualTo(gtin);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"4006381333932", "036000291453", "96385075", "00012345600013", "4006381333913"})
  void rejectsAWrongCheckDigit(String gtin) {
    assertThat(Gtin.isValid(gtin)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1234567", "40063813339311", "400638133393", "40063813339A1"})
  void rejectsWrongLengthsAndCharacters(String gtin) {
    assertThat(Gtin.isValid(gtin)).isFalse();
  }

  @Test
  void explainsWhatIsWrong() {
    assertThatThrownBy(() -> Gtin.requireValid("4006381333932"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid GTIN '4006381333932': check digit is 2, expected 1");
    assertThatThrownBy(() -> Gtin.requireValid("12345"))
        .hasMessageContaining("must have 8, 12, 13 or 14 digits");
    assertThatThrownBy(() -> Gtin.requireValid(null)).hasMessageContaining("missing");
    assertThat(Gtin.checkDigit("400638133393")).isEqualTo(1);
  }
}
