package io.distconnect.contracts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SupplierNormalizationTest {

  @ParameterizedTest(name = "''{0}'' -> ''{1}''")
  @CsvSource(
      delimiter = '|',
      value = {
        "ACME Corp.|acme",
        "Acme Corporation|acme",
        "acme, inc|acme",
        "Acme Ltd|acme",
        "Acme LLC|acme",
        "Acme GmbH|acme",
        "Acme S.A.|acme",
        "Acme B.V.|acme",
        "Müller GmbH & Co. KG|muller",
        "Nestlé S.A.|nestle",
        "Société Générale|societe generale",
        "The Home Depot, Inc.|home depot",
        "Procter & Gamble Co.|procter and gamble",
        "Großhandel Weiß AG|grosshandel weiss",
        "Corp|corp",
        "ООО «Ромашка»|ооо ромашка"
      })
  void normalisesNames(String name, String expected) {
    assertThat(SupplierNormalization.name(name)).isEqualTo(expected);
  }

  @Test
  void normalisesTaxIds() {
    assertThat(SupplierNormalization.taxNumber("DE 123-456-789")).isEqualTo("123456789");
    assertThat(SupplierNormalization.taxCountry("DE 123-456-789")).hasValue("DE");
    assertThat(SupplierNormalization.taxNumber("123.456.789")).isEqualTo("123456789");
    assertThat(SupplierNormalization.taxCountry("123.456.789")).isEmpty();
    assertThat(SupplierNormalization.taxCountry("EL123456789")).hasValue("EL");
    assertThat(SupplierNormalization.taxNumber("NL123456789B01")).isEqualTo("123456789B01");
    // Letters that are not a country prefix stay part of the number.
    assertThat(SupplierNormalization.taxNumber("B12345678")).isEqualTo("B12345678");
  }

  @Test
  void normalisesDuns() {
    assertThat(SupplierNormalization.duns("15-048-3782")).hasValue("150483782");
    assertThat(SupplierNormalization.duns("150 483 782")).hasValue("150483782");
    assertThat(SupplierNormalization.duns("12345")).isEmpty();
  }

  @Test
  void suppliersValidateTheirIdentifiers() {
    assertThatThrownBy(
            () ->
                new Supplier(
                    "SUP-1", "Acme", "DE123456789", "1234", List.of(), SupplierStatus.ACTIVE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DUNS");
    assertThatThrownBy(
            () -> new Supplier("SUP-1", " ", "DE123456789", null, List.of(), SupplierStatus.ACTIVE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("legal name");
    assertThatThrownBy(
            () -> new Supplier("SUP-1", "Acme", "--", null, List.of(), SupplierStatus.ACTIVE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tax id");
    assertThatThrownBy(() -> new Address(List.of("1 Main St"), "Springfield", null, "XX"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ISO 3166");
  }
}
