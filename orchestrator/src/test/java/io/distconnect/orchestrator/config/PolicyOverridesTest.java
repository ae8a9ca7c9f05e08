package io.distconnect.orchestrator.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The running application reads per-category and per-location overrides from its configuration. */
@QuarkusTest
class PolicyOverridesTest {

  @Inject PolicyResolver resolver;

  @Test
  void overridesReachTheRunningApplication() {
    assertThat(resolver.settings("REVIEWED", "DC-EAST").maxAutoOrderValue())
        .isEqualByComparingTo("1000");
    assertThat(resolver.settings("BEVERAGES", "DC-EAST").maxAutoOrderValue())
        .isEqualByComparingTo("25000");
    assertThat(resolver.policy("BEVERAGES", "DC-NORTH").relativeThreshold())
        .isEqualByComparingTo("0.05");
  }
}
