package io.distconnect.orchestrator;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Category and location policy overrides, as an operator sets them (keys quoted as in a ConfigMap).
 */
public class PolicyOverrides implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    return Map.of(
        "distconnect.orchestrator.policy.categories.\"REVIEWED\".max-auto-order-value", "1000",
        "distconnect.orchestrator.policy.locations.\"DC-NORTH\".relative-threshold", "0.05");
  }

  @Override
  public void stop() {}
}
