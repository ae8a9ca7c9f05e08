package io.distconnect.contracts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.distconnect.contracts.uom.UnitConversion;
import io.distconnect.contracts.uom.UnitOfMeasure;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ItemTest {
  private static final ItemHierarchy BEVERAGES = new ItemHierarchy("Beverages", "Sparkling water");
  private static final List<UnitConversion> CASE_OF_24 =
      List.of(UnitConversion.of(UnitOfMeasure.CS, "24", UnitOfMeasure.EA));

  private static Item item(
      String sku, String gtin, List<UnitConversion> conversions, Quantity pack) {
    return new Item(
        sku,
        "Sparkling water 0.5 L",
        BEVERAGES,
        UnitOfMeasure.EA,
        conversions,
        pack,
        gtin,
        ItemStatus.ACTIVE);
  }

  @Test
  void validItemConvertsToItsBaseUnit() {
    Item item = item("SKU-10042", "4006381333931", CASE_OF_24, Quantity.of(1, UnitOfMeasure.CS));
    assertThat(item.toBaseUnit(Quantity.of(2, UnitOfMeasure.CS)))
        .isEqualTo(Quantity.of(48, UnitOfMeasure.EA));
    assertThat(item.isActive()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "SKU@1", " SKU-1", "SKU-1 "})
  void blankOrMalformedSkusAreRejected(String sku) {
    assertThatThrownBy(() -> item(sku, null, CASE_OF_24, Quantity.of(1, UnitOfMeasure.EA)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SKU");
  }

  @Test
  void nullSkuIsRejected() {
    assertThatThrownBy(() -> item(null, null, CASE_OF_24, Quantity.of(1, UnitOfMeasure.EA)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("SKU is required");
  }

  @Test
  void gtinIsOptionalButMustHaveItsCheckDigit() {
    assertThat(item("SKU-1", null, CASE_OF_24, Quantity.of(1, UnitOfMeasure.EA)).gtin()).isNull();
    assertThatThrownBy(
            () -> item("SKU-1", "4006381333932", CASE_OF_24, Quantity.of(1, UnitOfMeasure.EA)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("check digit is 2, expected 1");
  }

  @Test
  void packSizeMustBePositiveAndConvertible() {
    assertThatThrownBy(() -> item("SKU-1", null, List.of(), Quantity.of(1, UnitOfMeasure.CS)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("No conversion from CS to EA");
    assertThatThrownBy(() -> item("SKU-1", null, CASE_OF_24, Quantity.of(0, UnitOfMeasure.EA)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pack size must be positive");
  }

  @Test
  void conversionsMustReachTheBaseUnitAndAgree() {
    assertThatThrownBy(
            () ->
                item(
                    "SKU-1",
                    null,
                    List.of(UnitConversion.of(UnitOfMeasure.PL, "40", UnitOfMeasure.CS)),
                    Quantity.of(1, UnitOfMeasure.EA)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("No conversion from PL to EA");
    assertThatThrownBy(
            () ->
                item(
                    "SKU-1",
                    null,
                    List.of(
                        UnitConversion.of(UnitOfMeasure.CS, "24", UnitOfMeasure.EA),
                        UnitConversion.of(UnitOfMeasure.CS, "20", UnitOfMeasure.EA)),
                    Quantity.of(1, UnitOfMeasure.EA)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Conflicting");
  }

  @Test
  void conversionsAreCopiedDefensively() {
    List<UnitConversion> conversions = new ArrayList<>(CASE_OF_24);
    Item item = item("SKU-1", null, conversions, Quantity.of(1, UnitOfMeasure.EA));
    conversions.add(UnitConversion.of(UnitOfMeasure.PL, "40", UnitOfMeasure.CS));
    assertThat(item.conversions()).hasSize(1);
    assertThatThrownBy(() -> item.conversions().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
