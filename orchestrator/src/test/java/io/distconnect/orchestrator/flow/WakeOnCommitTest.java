package io.distconnect.orchestrator.flow;

import static org.awaitility.Awaitility.await;

import io.distconnect.orchestrator.CaseApi;
import io.distconnect.orchestrator.Flow;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The case worker is woken by the consumers' commits, not only by its poll: with the poll an hour
 * apart, a revision still reaches SOURCING and an issued PO its ERP update within seconds.
 */
@QuarkusTest
@TestProfile(WakeOnCommitTest.HourlyPoll.class)
class WakeOnCommitTest {

  public static class HourlyPoll implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("distconnect.orchestrator.worker.poll-interval", "1h");
    }
  }

  @Inject CircuitBreakerMaintenance breakers;

  @BeforeEach
  void resetBreakers() {
    breakers.resetAll();
  }

  @Test
  void consumedEventsWakeTheWorker() {
    try (Flow flow = new Flow("WAKE")) {
      flow.item().position(100, 20, 0, 0).contract("2.00").noOpenOrders();
      // The poll's first tick (one second after start) may already be behind us; from here on
      // only a wake-up can move the case.
      await().pollDelay(Duration.ofSeconds(2)).until(() -> true);

      flow.send(flow.forecast("C-1", 2, "750", "900", Instant.now()));
      await().atMost(Duration.ofSeconds(20)).until(() -> "SOURCING".equals(flow.state()));

      String po = "PO-" + UUID.randomUUID().toString().substring(0, 8);
      flow.erpCreates(po, "45" + po.substring(3));
      String caseId = flow.caseId();
      flow.send(flow.issued(caseId, requestId(caseId), po, "907"));
      await().atMost(Duration.ofSeconds(20)).until(() -> "ERP_UPDATED".equals(flow.state()));
    }
  }

  private static String requestId(String caseId) {
    return CaseApi.detail(caseId).getString("requestId");
  }
}
