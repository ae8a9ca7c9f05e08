package io.distconnect.orchestrator.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.distconnect.contracts.event.ApprovalEscalated;
import io.distconnect.contracts.event.EventJson;
import io.distconnect.contracts.event.SourcingExceptionRaised;
import io.distconnect.contracts.event.SourcingExceptionReason;
import io.distconnect.contracts.event.Topics;
import io.distconnect.contracts.model.Money;
import io.distconnect.orchestrator.CaseApi;
import io.distconnect.orchestrator.Flow;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code procurement.sourcing-events.v1} as procurement-connector publishes it (binary CloudEvents,
 * keyed item@location) against the real broker and database: a sourcing exception fails the case
 * into the exception queue and its retry asks procurement again; an escalation is noted and listed
 * as an alert; duplicates apply once; events about a superseded request change nothing; poison is
 * dead-lettered and can be replayed.
 */
@QuarkusTest
class SourcingEventConsumerTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject CircuitBreakerMaintenance breakers;

  @BeforeEach
  void resetBreakers() {
    breakers.resetAll();
  }

  /** A case that has asked procurement for 907 EA (see ReplenishmentFlowTest). */
  private static Flow sourcing(String tag) {
    Flow flow = new Flow(tag);
    flow.item().position(100, 20, 0, 0).contract("2.00").noOpenOrders();
    flow.send(flow.forecast("C-1", 2, "750", "900", Instant.now()));
    await().atMost(Duration.ofSeconds(30)).until(() -> "SOURCING".equals(flow.state()));
    return flow;
  }

  private static SourcingExceptionRaised noContract(Flow flow, String caseId, String requestId) {
    return new SourcingExceptionRaised(
        requestId,
        caseId,
        flow.item,
        Flow.LOCATION,
        SourcingExceptionReason.NO_CONTRACT,
        "Contract K-" + flow.item + " expired on 2026-11-01; no other contract for the item",
        null,
        Instant.now());
  }

  @Test
  void sourcingExceptionFailsTheCaseOnceAndRetryAsksProcurementAgain() throws Exception {
    try (Flow flow = sourcing("NOSUP")) {
      String caseId = flow.caseId();
      String requestId = CaseApi.detail(caseId).getString("requestId");
      SourcingExceptionRaised raised = noContract(flow, caseId, requestId);
      String eventId = flow.send(raised);

      await().atMost(Duration.ofSeconds(20)).until(() -> "EXCEPTION".equals(flow.state()));
      List<Map<String, Object>> open = CaseApi.exceptions(caseId, "NO_SUPPLIER");
      assertThat(open).hasSize(1);
      String exceptionId = (String) open.get(0).get("id");
      assertThat(open.get(0).get("domain")).isEqualTo("sourcing");
      assertThat((String) open.get(0).get("reason"))
          .contains("NO_CONTRACT")
          .contains("expired on 2026-11-01");

      // Redelivered: the inbox skips it. An event for another (older) request, on the same
      // partition behind it, is ignored and counted — once it is, the duplicate was consumed.
      double ignoredBefore = ignored("SourcingExceptionRaised", "superseded-request");
      flow.send(eventId, raised);
      flow.send(noContract(flow, caseId, "RQ-older-" + UUID.randomUUID()));
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> ignored("SourcingExceptionRaised", "superseded-request") > ignoredBefore);
      assertThat(CaseApi.exceptions(caseId, "NO_SUPPLIER")).hasSize(1);
      JsonPath detail = CaseApi.detail(caseId);
      assertThat(detail.getList("timeline.to", String.class))
          .containsExactly(
              "RECEIVED", "POLICY_CHECKED", "ENRICHED", "DECIDED", "SOURCING", "EXCEPTION");
      assertThat(detail.getString("timeline[-1].eventId")).isEqualTo(eventId);
      assertThat(detail.getString("resumeState")).isEqualTo("SOURCING");

      // A buyer fixed the contract: retry sends a new request with a new id.
      ConsumerTask<String, String> requests =
          flow.kafka.consumeStrings().fromTopics(Topics.REPLENISHMENT_REQUESTS);
      given()
          .header("Authorization", Flow.ADMIN)
          .contentType(ContentType.JSON)
          .body("{\"comment\":\"Contract renewed until 2027\"}")
          .post("/api/v1/exceptions/" + exceptionId + "/retry")
          .then()
          .statusCode(200)
          .body("status", equalTo("RETRIED"));
      assertThat(flow.state()).isEqualTo("SOURCING");
      String newRequestId = CaseApi.detail(caseId).getString("requestId");
      assertThat(newRequestId).isNotEqualTo(requestId);
      JsonNode resent =
          await()
              .atMost(Duration.ofSeconds(20))
              .until(
                  () ->
                      requests.getRecords().stream()
                          .filter(r -> flow.key().equals(r.key()))
                          .map(r -> read(r.value()))
                          .filter(r -> newRequestId.equals(r.get("requestId").asText()))
                          .findFirst()
                          .orElse(null),
                  r -> r != null);
      assertThat(resent.get("caseId").asText()).isEqualTo(caseId);
      assertThat(resent.get("decisionKind").asText()).isEqualTo("NEW_ORDER");
      requests.stop();

      // Procurement's late failure of the first request no longer concerns the case.
      double before = ignored("SourcingExceptionRaised", "superseded-request");
      flow.send(noContract(flow, caseId, requestId));
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> ignored("SourcingExceptionRaised", "superseded-request") > before);
      assertThat(flow.state()).isEqualTo("SOURCING");
      assertThat(CaseApi.exceptions(caseId, "NO_SUPPLIER")).isEmpty();
    }
  }

  @Test
  void approvalEscalationIsNotedAndListedAsAnAlertTheIssuedOrderSettles() {
    try (Flow flow = sourcing("ESCAL")) {
      String caseId = flow.caseId();
      String requestId = CaseApi.detail(caseId).getString("requestId");
      Instant pending = Instant.now().minus(Duration.ofHours(30));
      ApprovalEscalated first =
          new ApprovalEscalated(
              "APR-1-" + flow.item,
              requestId,
              caseId,
              flow.item,
              Flow.LOCATION,
              Money.of("1814.00", "EUR"),
              "BUYERS-EU",
              pending,
              Instant.now());
      String firstId = flow.send(first);
      flow.send(firstId, first);
      // A second approval (e.g. after a re-route) escalates too; on the same partition, so once
      // it is listed the duplicate was consumed.
      flow.send(
          new ApprovalEscalated(
              "APR-2-" + flow.item,
              requestId,
              caseId,
              flow.item,
              Flow.LOCATION,
              Money.of("1814.00", "EUR"),
              "BUYERS-EU-LEADS",
              pending,
              Instant.now()));
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> CaseApi.exceptions(caseId, "APPROVAL_ESCALATED").size() == 2);

      List<Map<String, Object>> alerts = CaseApi.exceptions(caseId, "APPROVAL_ESCALATED");
      assertThat(alerts).extracting(a -> a.get("domain")).containsOnly("approval");
      assertThat(alerts)
          .extracting(a -> (String) a.get("reason"))
          .anySatisfy(r -> assertThat(r).contains("APR-1-").contains("BUYERS-EU").contains("1814"));
      JsonPath detail = CaseApi.detail(caseId);
      assertThat(detail.getString("state")).isEqualTo("SOURCING");
      List<Map<String, Object>> notes =
          detail.getList("timeline.findAll { it.from == 'SOURCING' && it.to == 'SOURCING' }");
      assertThat(notes).hasSize(2);
      assertThat((String) notes.get(0).get("cause")).contains("ApprovalEscalated APR-1-");
      assertThat(notes.get(0).get("eventId")).isEqualTo(firstId);

      // An alert cannot be retried; resolving it leaves the case alone.
      String alert = (String) alerts.get(0).get("id");
      given()
          .header("Authorization", Flow.ADMIN)
          .contentType(ContentType.JSON)
          .body("{\"comment\":\"retry?\"}")
          .post("/api/v1/exceptions/" + alert + "/retry")
          .then()
          .statusCode(409)
          .contentType("application/problem+json");
      given()
          .header("Authorization", Flow.ADMIN)
          .contentType(ContentType.JSON)
          .body("{\"comment\":\"Called the buyer group lead\"}")
          .post("/api/v1/exceptions/" + alert + "/resolve")
          .then()
          .statusCode(200)
          .body("status", equalTo("RESOLVED"));
      assertThat(flow.state()).isEqualTo("SOURCING");

      // The approval went through: the issued order settles the remaining alert.
      String po = "PO-" + UUID.randomUUID().toString().substring(0, 8);
      flow.erpCreates(po, "45" + po.substring(3));
      flow.send(flow.issued(caseId, requestId, po, "907"));
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> CaseApi.exceptions(caseId, "APPROVAL_ESCALATED").isEmpty());
      String other = (String) alerts.get(1).get("id");
      JsonPath settled =
          given()
              .header("Authorization", Flow.ADMIN)
              .get("/api/v1/exceptions/" + other)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      assertThat(settled.getString("exception.status")).isEqualTo("RESOLVED");
      assertThat(settled.getString("exception.resolvedBy")).isEqualTo("system");
      assertThat(settled.getString("exception.reason")).contains(po + " issued");
      await().atMost(Duration.ofSeconds(30)).until(() -> "ERP_UPDATED".equals(flow.state()));
    }
  }

  @Test
  void poisonOnTheSourcingTopicIsDeadLetteredAndReplayedToIt() {
    try (Flow flow = new Flow("SRCPOISON")) {
      String poisonId = UUID.randomUUID().toString();
      String json =
          EventJson.toJson(noContract(flow, "RC-x", "RQ-x"))
              .replace("\"NO_CONTRACT\"", "\"NOT_A_REASON\"");
      flow.sendRaw(
          Topics.PROCUREMENT_SOURCING_EVENTS,
          poisonId,
          "io.distconnect.procurement.SourcingExceptionRaised.v1",
          flow.key(),
          json);

      Map<String, Object> dead = CaseApi.awaitDeadLetter("sourcing", poisonId);
      assertThat(dead.get("sourceTopic")).isEqualTo(Topics.PROCUREMENT_SOURCING_EVENTS);
      assertThat((String) dead.get("reason")).contains("violates its schema");

      ConsumerTask<String, String> source =
          flow.kafka.consumeStrings().fromTopics(Topics.PROCUREMENT_SOURCING_EVENTS);
      String id = (String) dead.get("id");
      given()
          .header("Authorization", Flow.ADMIN)
          .contentType(ContentType.JSON)
          .body("{\"exceptionIds\":[\"" + id + "\"],\"comment\":\"procurement fixed its enum\"}")
          .post("/api/v1/dead-letters/" + Topics.PROCUREMENT_SOURCING_EVENTS + "/replay")
          .then()
          .statusCode(200)
          .body("replayed", equalTo(1));
      ConsumerRecord<String, String> replayed =
          await()
              .atMost(Duration.ofSeconds(20))
              .until(
                  () ->
                      source.getRecords().stream()
                          .filter(r -> id.equals(header(r, "distconnect-replay-of")))
                          .findFirst()
                          .orElse(null),
                  r -> r != null);
      assertThat(header(replayed, "ce_id")).isEqualTo(poisonId);
      assertThat(replayed.value()).isEqualTo(json);
      source.stop();
    }
  }

  /**
   * The value of the ignored-events counter for a type and reason (0 before the first). The line
   * may end in an exemplar (trace and span id), so the value is read up to the first blank.
   */
  static double ignored(String type, String reason) {
    String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
    Pattern line =
        Pattern.compile(
            "^distconnect_events_ignored_total\\{([^}]*)\\} ([0-9.Ee+-]+)", Pattern.MULTILINE);
    Matcher m = line.matcher(metrics);
    while (m.find()) {
      if (m.group(1).contains("type=\"" + type + "\"")
          && m.group(1).contains("reason=\"" + reason + "\"")) {
        return Double.parseDouble(m.group(2));
      }
    }
    return 0;
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    var h = record.headers().lastHeader(name);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }
}
