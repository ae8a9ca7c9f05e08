package io.distconnect.contracts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.distconnect.contracts.uom.UnitOfMeasure;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuantityAndMoneyTest {

  @Test
  void negativeQuantitiesAreRejected() {
    assertThatThrownBy(() -> Quantity.of("-0.001", UnitOfMeasure.EA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Quantity must not be negative: -0.001 EA");
    assertThatThrownBy(() -> new Quantity(null, UnitOfMeasure.EA))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("value");
    assertThatThrownBy(() -> new Quantity(BigDecimal.ONE, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("unit");
  }

  @Test
  void valuesAreNormalisedSoEqualAmountsAreEqual() {
    assertThat(Quantity.of("24.000", UnitOfMeasure.EA))
        .isEqualTo(Quantity.of(24, UnitOfMeasure.EA));
    assertThat(Quantity.of("100", UnitOfMeasure.EA).value().toString()).isEqualTo("100");
    assertThat(Quantity.of("1.50", UnitOfMeasure.KG)).hasToString("1.5 KG");
    assertThat(Quantity.of("0.000", UnitOfMeasure.KG).isZero()).isTrue();
  }

  @Test
  void arithmeticStaysInOneUnitAndNeverGoesNegative() {
    Quantity ten = Quantity.of(10, UnitOfMeasure.EA);
    assertThat(ten.plus(Quantity.of("2.5", UnitOfMeasure.EA)))
        .isEqualTo(Quantity.of("12.5", UnitOfMeasure.EA));
    assertThat(ten.minus(Quantity.of(4, UnitOfMeasure.EA)))
        .isEqualTo(Quantity.of(6, UnitOfMeasure.EA));
    assertThatThrownBy(() -> ten.minus(Quantity.of(11, UnitOfMeasure.EA)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ten.plus(Quantity.of(1, UnitOfMeasure.CS)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("convert to one unit first");
    assertThat(ten.compareTo(Quantity.of(9, UnitOfMeasure.EA))).isPositive();
  }

  @Test
  void moneyIsExactNonNegativeAndInOneCurrency() {
    Money price = Money.of("18.40", "EUR");
    assertThat(price.times(new BigDecimal("12"))).isEqualTo(Money.of("220.8", "EUR"));
    assertThat(price).hasToString("18.4 EUR");
    assertThatThrownBy(() -> Money.of("-1", "EUR"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("money amount must not be negative");
    assertThatThrownBy(() -> Money.of("1", "EURO")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> price.plus(Money.of("1", "USD")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("currencies differ");
  }
}
