package io.distconnect.orchestrator.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.distconnect.orchestrator.CaseApi;
import io.distconnect.orchestrator.Flow;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Redelivered events apply once; an older revision arriving late never overwrites a newer one. */
@QuarkusTest
class RevisionOrderingTest {

  @Inject CircuitBreakerMaintenance breakers;

  @BeforeEach
  void resetBreakers() {
    breakers.resetAll();
  }

  @Test
  void duplicateEventIsAppliedOnce() {
    try (Flow flow = new Flow("DUP")) {
      String eventId = UUID.randomUUID().toString();
      Instant t = Instant.now();
      // Under the threshold, so each applied copy would close a case of its own.
      flow.send(eventId, flow.forecast("C-1", 2, "900", "990", t));
      flow.send(eventId, flow.forecast("C-1", 2, "900", "990", t));
      // A later, distinct revision marks the point by which both copies were consumed.
      flow.send(flow.forecast("C-1", 3, "990", "1000", t.plusSeconds(1)));

      await().atMost(Duration.ofSeconds(20)).until(() -> flow.cases().size() == 2);
      String first = (String) flow.cases().get(1).get("id");
      JsonPath detail = CaseApi.detail(first);
      assertThat(detail.getList("revisions.eventId", String.class)).containsExactly(eventId);
      assertThat(detail.getList("timeline.to", String.class))
          .containsExactly("RECEIVED", "NO_ACTION");
      assertThat(flow.cases()).hasSize(2);
    }
  }

  @Test
  void olderRevisionArrivingLateDoesNotOverwriteTheNewerOne() {
    try (Flow flow = new Flow("ORDER")) {
      flow.item().position(100, 20, 0, 0).contract("2.00").noOpenOrders();
      Instant t = Instant.now();
      String newer = flow.send(flow.forecast("C-1", 3, "750", "900", t));
      // v2 (1080 EA) was published before v3 but arrives after it.
      String older = flow.send(flow.forecast("C-1", 2, "750", "1080", t.minusSeconds(60)));

      await().atMost(Duration.ofSeconds(30)).until(() -> "SOURCING".equals(flow.state()));
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> CaseApi.detail(flow.caseId()).getList("revisions").size() == 2);
      JsonPath detail = CaseApi.detail(flow.caseId());
      assertThat(detail.getList("revisions.eventId", String.class)).containsExactly(newer, older);
      assertThat(detail.getList("revisions.outcome", String.class))
          .containsExactly("APPLIED", "STALE");
      assertThat(detail.getString("revisions[1].note")).contains("Older than C-1 v3");
      // The decision used v3's 900 EA (907 to order), not v2's 1080 EA (1014).
      assertThat(detail.getFloat("requestQuantity")).isEqualTo(907f);
      assertThat(flow.cases()).hasSize(1);
    }
  }
}
