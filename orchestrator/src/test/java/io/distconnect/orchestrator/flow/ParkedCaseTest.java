package io.distconnect.orchestrator.flow;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.distconnect.orchestrator.CaseApi;
import io.distconnect.orchestrator.ConnectorStubs;
import io.distconnect.orchestrator.Flow;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * While erp-connector answers 503 the case parks (with the reason and the next attempt) instead of
 * failing; the worker resumes it with backoff once the connector is back. A newer revision
 * supersedes a case still waiting to decide, and the decision uses the newer figures.
 */
@QuarkusTest
class ParkedCaseTest {

  @Inject CircuitBreakerMaintenance breakers;

  @BeforeEach
  @AfterEach
  void resetBreakers() {
    breakers.resetAll();
  }

  @Test
  void parkedCaseResumesWhenTheConnectorComesBack() {
    try (Flow flow = new Flow("PARK")) {
      flow.item().position(100, 20, 0, 0).contract("2.00").noOpenOrders();
      var down = flow.erpDown();
      flow.send(flow.forecast("C-1", 2, "750", "900", Instant.now()));

      await().atMost(Duration.ofSeconds(30)).until(() -> "PARKED".equals(flow.state()));
      JsonPath parked = CaseApi.detail(flow.caseId());
      assertThat(parked.getString("statusReason")).contains("503");
      assertThat(parked.getString("nextAttemptAt")).isNotNull();
      assertThat(parked.getString("resumeState")).isEqualTo("POLICY_CHECKED");
      // The read was retried by the client before the case parked (1 call + 3 retries).
      assertThat(
              ConnectorStubs.server()
                  .findAll(
                      postRequestedFor(urlEqualTo("/api/v1/inventory-positions/batch"))
                          .withRequestBody(containing(flow.item)))
                  .size())
          .isGreaterThanOrEqualTo(4);

      ConnectorStubs.server().removeStub(down);
      await().atMost(Duration.ofSeconds(40)).until(() -> "SOURCING".equals(flow.state()));
      JsonPath resumed = CaseApi.detail(flow.caseId());
      List<String> states = resumed.getList("timeline.to", String.class);
      assertThat(states).startsWith("RECEIVED", "POLICY_CHECKED", "PARKED");
      assertThat(states).endsWith("POLICY_CHECKED", "ENRICHED", "DECIDED", "SOURCING");
      assertThat(resumed.getString("timeline.find { it.to == 'PARKED' }.cause"))
          .startsWith("Parked: erp-connector answered 503");
      assertThat(resumed.getFloat("requestQuantity")).isEqualTo(907f);
      assertThat(resumed.getInt("attempts")).isZero();
    }
  }

  @Test
  void newerRevisionSupersedesACaseStillDecidingAndItsFiguresWin() {
    try (Flow flow = new Flow("SUPER")) {
      flow.item().position(100, 20, 0, 0).contract("2.00").noOpenOrders();
      var down = flow.erpDown();
      Instant t = Instant.now();
      flow.send(flow.forecast("C-1", 2, "750", "900", t));
      await().atMost(Duration.ofSeconds(30)).until(() -> "PARKED".equals(flow.state()));

      // v3: 1080 EA over 90 days (d̄ = 12) → 1014 EA instead of 907.
      flow.send(flow.forecast("C-1", 3, "900", "1080", t.plusSeconds(60)));
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> CaseApi.detail(flow.caseId()).getList("revisions.outcome").size() == 2);
      ConnectorStubs.server().removeStub(down);
      await().atMost(Duration.ofSeconds(40)).until(() -> "SOURCING".equals(flow.state()));

      assertThat(flow.cases()).hasSize(1);
      JsonPath detail = CaseApi.detail(flow.caseId());
      assertThat(detail.getList("revisions.outcome", String.class))
          .containsExactly("APPLIED", "SUPERSEDING");
      assertThat(detail.getList("revisions.version", Integer.class)).containsExactly(2, 3);
      assertThat(detail.getList("timeline.to", String.class))
          .containsSubsequence(
              "RECEIVED",
              "POLICY_CHECKED",
              "PARKED",
              "RECEIVED",
              "POLICY_CHECKED",
              "ENRICHED",
              "DECIDED",
              "SOURCING");
      assertThat(detail.getFloat("requestQuantity")).isEqualTo(1014f);
    }
  }
}
