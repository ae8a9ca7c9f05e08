package io.distconnect.orchestrator.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Location overrides win over category overrides, which win over the defaults. */
class PolicyResolverTest {

  private static PolicyResolver resolver(Map<String, String> properties) {
    SmallRyeConfig config =
        new SmallRyeConfigBuilder()
            .withMapping(OrchestratorConfig.class)
            // Quarkus' own converter for the "5s" / "15m" durations of the worker settings
            .withConverter(Duration.class, 200, new DurationConverter())
            .withSources(new PropertiesConfigSource(properties, "test", 100))
            .build();
    return new PolicyResolver(config.getConfigMapping(OrchestratorConfig.class));
  }

  @Test
  void resolvesDefaultsThenCategoryThenLocation() {
    PolicyResolver resolver =
        resolver(
            Map.of(
                "distconnect.orchestrator.service-token", "t",
                "distconnect.orchestrator.policy.blocked-items", "SKU-A",
                "distconnect.orchestrator.policy.categories.\"REVIEWED\".max-auto-order-value",
                    "1000",
                "distconnect.orchestrator.policy.categories.\"REVIEWED\".relative-threshold", "0.3",
                "distconnect.orchestrator.policy.categories.\"REVIEWED\".blocked-items", "SKU-B",
                "distconnect.orchestrator.policy.locations.\"DC-NORTH\".relative-threshold",
                    "0.05"));
    assertThat(resolver.settings("REVIEWED", "DC-EAST").maxAutoOrderValue())
        .isEqualByComparingTo("1000");
    assertThat(resolver.settings("BEVERAGES", "DC-EAST").maxAutoOrderValue())
        .isEqualByComparingTo("25000");
    assertThat(resolver.policy("REVIEWED", "DC-EAST").relativeThreshold())
        .isEqualByComparingTo("0.3");
    assertThat(resolver.policy("REVIEWED", "DC-NORTH").relativeThreshold())
        .isEqualByComparingTo("0.05");
    assertThat(resolver.policy("BEVERAGES", "DC-EAST").relativeThreshold())
        .isEqualByComparingTo("0.15");
    assertThat(resolver.policy("REVIEWED", "DC-EAST").blockedItems())
        .containsExactlyInAnyOrder("SKU-A", "SKU-B");
    assertThat(resolver.settings("BEVERAGES", "DC-EAST").serviceLevel()).isEqualTo(0.95);
  }
}
