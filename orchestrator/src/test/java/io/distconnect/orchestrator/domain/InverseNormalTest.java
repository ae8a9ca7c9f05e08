package io.distconnect.orchestrator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Φ⁻¹ against published standard normal table values (to 1e-8, Acklam's error is ~1e-9). */
class InverseNormalTest {

  @ParameterizedTest
  @CsvSource({
    "0.5, 0.0",
    "0.8413447460685429, 1.0",
    "0.90, 1.2815515655446004",
    "0.95, 1.6448536269514715",
    "0.975, 1.9599639845400536",
    "0.99, 2.3263478740408408",
    "0.999, 3.090232306167813",
    "0.01, -2.3263478740408408",
    "0.001, -3.090232306167813",
    "0.02, -2.053748910631823"
  })
  void matchesTableValues(double p, double z) {
    assertThat(InverseNormal.quantile(p)).isCloseTo(z, within(1e-8));
  }

  @Test
  void isSymmetric() {
    for (double p = 0.001; p < 0.5; p += 0.0137) {
      assertThat(InverseNormal.quantile(p)).isCloseTo(-InverseNormal.quantile(1 - p), within(1e-8));
    }
  }

  @Test
  void rejectsProbabilitiesOutsideTheOpenInterval() {
    assertThatThrownBy(() -> InverseNormal.quantile(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InverseNormal.quantile(1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InverseNormal.quantile(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
