package io.distconnect.orchestrator.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.distconnect.orchestrator.CaseApi;
import io.distconnect.orchestrator.Flow;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A newer revision that arrives while the case's order is in flight supersedes the older one
 * without dropping the order under way: the case records it as DEFERRED, and when the case
 * completes a follow-up case decides on it — against the ERP's stock that by then includes the
 * order just placed, so nothing is ordered twice and no revision is lost.
 */
@QuarkusTest
class InFlightRevisionTest {

  @Inject CircuitBreakerMaintenance breakers;

  @BeforeEach
  void resetBreakers() {
    breakers.resetAll();
  }

  @Test
  void revisionArrivingWhileTheOrderIsInFlightOpensAFollowUpCaseWhenItCompletes() {
    try (Flow flow = new Flow("INFLIGHT")) {
      flow.item().position(100, 20, 0, 0).contract("2.00").noOpenOrders();
      Instant t = Instant.now();
      String v2 = flow.send(flow.forecast("C-1", 2, "750", "900", t));
      await().atMost(Duration.ofSeconds(30)).until(() -> "SOURCING".equals(flow.state()));
      String caseId = flow.caseId();
      String requestId = CaseApi.detail(caseId).getString("requestId");

      // +38.9%: material, but procurement is already sourcing 907 EA.
      String v3 = flow.send(flow.forecast("C-1", 3, "900", "1250", t.plusSeconds(1)));
      // +2%: immaterial; recorded and applied to the profile, no follow-up of its own.
      String v4 = flow.send(flow.forecast("C-1", 4, "1250", "1275", t.plusSeconds(2)));
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> CaseApi.detail(caseId).getList("revisions").size() == 3);
      JsonPath inFlight = CaseApi.detail(caseId);
      assertThat(inFlight.getString("state")).isEqualTo("SOURCING");
      assertThat(inFlight.getString("requestId")).isEqualTo(requestId);
      assertThat(inFlight.getList("revisions.eventId", String.class)).containsExactly(v2, v3, v4);
      assertThat(inFlight.getList("revisions.outcome", String.class))
          .containsExactly("APPLIED", "DEFERRED", "APPLIED");
      assertThat(inFlight.getString("revisions[1].note")).contains("follow-up case");
      assertThat(inFlight.getString("revisions[2].note")).contains("no follow-up");
      assertThat(inFlight.getString("deferredRevisionEventId")).isEqualTo(v3);
      assertThat(inFlight.getString("timeline[-1].from")).isEqualTo("SOURCING");
      assertThat(inFlight.getString("timeline[-1].to")).isEqualTo("SOURCING");
      assertThat(inFlight.getString("timeline[-1].eventId")).isEqualTo(v3);
      assertThat(flow.cases()).hasSize(1);

      // The order goes through; the ERP now counts the 907 EA as on order.
      String po = "PO-" + UUID.randomUUID().toString().substring(0, 8);
      flow.erpCreates(po, "45" + po.substring(3));
      flow.position(100, 20, 907, 0);
      flow.send(flow.issued(caseId, requestId, po, "907"));
      await().atMost(Duration.ofSeconds(30)).until(() -> "ERP_UPDATED".equals(flow.state()));
      assertThat(flow.cases()).hasSize(1);
      flow.send(flow.acknowledged(caseId, po, "907"));

      await().atMost(Duration.ofSeconds(30)).until(() -> flow.cases().size() == 2);
      List<Map<String, Object>> cases = flow.cases();
      String followUp = (String) cases.get(0).get("id");
      assertThat(cases.get(1).get("id")).isEqualTo(caseId);
      assertThat(cases.get(1).get("state")).isEqualTo("COMPLETED");
      JsonPath ended = CaseApi.detail(caseId);
      assertThat(ended.getString("followUpCaseId")).isEqualTo(followUp);
      assertThat(ended.getString("deferredRevisionEventId")).isNull();

      // The follow-up decides on the profile as revised (1275 EA over 90 days) and on the stock
      // including the order just placed: IP = 987 is above the new reorder point.
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> "NO_ACTION".equals(CaseApi.detail(followUp).getString("state")));
      JsonPath next = CaseApi.detail(followUp);
      assertThat(next.getString("followUpOf")).isEqualTo(caseId);
      assertThat(next.getList("revisions.eventId", String.class)).containsExactly(v3);
      assertThat(next.getString("revisions[0].note")).contains("Deferred on " + caseId);
      assertThat(next.getString("timeline[0].eventId")).isEqualTo(v3);
      assertThat(next.getString("timeline[0].cause")).contains("Follow-up of " + caseId);
      assertThat(next.getList("timeline.to", String.class))
          .containsExactly("RECEIVED", "POLICY_CHECKED", "ENRICHED", "DECIDED", "NO_ACTION");
      // (JsonPath reads JSON numbers as floats.)
      assertThat(next.getDouble("decision.figures.dailyDemand"))
          .isCloseTo(1275.0 / 90, within(1e-5));
      assertThat(next.getFloat("decision.figures.inventoryPosition")).isEqualTo(987f);
    }
  }

  @Test
  void revisionWhileTheErpUpdateIsParkedDoesNotDropTheIssuedOrder() {
    try (Flow flow = new Flow("INFLIGHT-PARKED")) {
      flow.item().position(100, 20, 0, 0).contract("2.00").noOpenOrders();
      Instant t = Instant.now();
      flow.send(flow.forecast("C-1", 2, "750", "900", t));
      await().atMost(Duration.ofSeconds(30)).until(() -> "SOURCING".equals(flow.state()));
      String caseId = flow.caseId();
      String requestId = CaseApi.detail(caseId).getString("requestId");

      // The ERP is down for this order's creation (503): the ERP update parks.
      String po = "PO-" + UUID.randomUUID().toString().substring(0, 8);
      var down = flow.erpCreateDown(po);
      flow.send(flow.issued(caseId, requestId, po, "907"));
      await().atMost(Duration.ofSeconds(30)).until(() -> "PARKED".equals(flow.state()));

      String v3 = flow.send(flow.forecast("C-1", 3, "900", "1250", t.plusSeconds(1)));
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> CaseApi.detail(caseId).getList("revisions").size() == 2);
      JsonPath parked = CaseApi.detail(caseId);
      assertThat(parked.getString("state")).isEqualTo("PARKED");
      assertThat(parked.getString("pendingAction")).isEqualTo("ERP_SYNC");
      assertThat(parked.getString("revisions[1].outcome")).isEqualTo("DEFERRED");
      assertThat(parked.getString("deferredRevisionEventId")).isEqualTo(v3);

      // The ERP comes back: the issued order still reaches it.
      io.distconnect.orchestrator.ConnectorStubs.server().removeStub(down);
      flow.erpCreates(po, "45" + po.substring(3));
      await().atMost(Duration.ofSeconds(30)).until(() -> "ERP_UPDATED".equals(flow.state()));
      assertThat(CaseApi.detail(caseId).getString("erpPurchaseOrderNumber"))
          .isEqualTo("45" + po.substring(3));
    }
  }
}
