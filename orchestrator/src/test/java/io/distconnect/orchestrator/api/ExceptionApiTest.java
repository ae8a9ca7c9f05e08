package io.distconnect.orchestrator.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.distconnect.contracts.event.Topics;
import io.distconnect.orchestrator.CaseApi;
import io.distconnect.orchestrator.Flow;
import io.distconnect.testsupport.TestTokens;
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
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The exception queue: manual review approved by retry or closed by resolve; dead-letter replay.
 */
@QuarkusTest
class ExceptionApiTest {

  @Inject CircuitBreakerMaintenance breakers;

  @BeforeEach
  void resetBreakers() {
    breakers.resetAll();
  }

  /**
   * A case whose order exceeds the 25000 EUR automatic limit: at 200.00/EA, H = 50 so EOQ =
   * √(2·3650·50/50) = 85.4 → 86; max = 132 + 86 = 218; 218 − 80 = 138 EA = 27600 EUR.
   */
  private static Flow awaitingApproval(String tag) {
    Flow flow = new Flow(tag);
    flow.item().position(100, 20, 0, 0).contract("200.00").noOpenOrders();
    flow.send(flow.forecast("C-1", 2, "750", "900", Instant.now()));
    await().atMost(Duration.ofSeconds(30)).until(() -> "AWAITING_APPROVAL".equals(flow.state()));
    return flow;
  }

  private static String openException(String caseId, String type) {
    List<Map<String, Object>> items =
        given()
            .header("Authorization", Flow.ADMIN)
            .queryParam("caseId", caseId)
            .queryParam("type", type)
            .get("/api/v1/exceptions")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    assertThat(items).hasSize(1);
    return (String) items.get(0).get("id");
  }

  @Test
  void retryApprovesAManualReviewOnceAndAudits() {
    try (Flow flow = awaitingApproval("REVIEW")) {
      String caseId = flow.caseId();
      String id = openException(caseId, "MANUAL_REVIEW");
      given()
          .header("Authorization", Flow.ADMIN)
          .queryParam("domain", "approval")
          .get("/api/v1/exceptions")
          .then()
          .statusCode(200)
          .body("items.id", hasItem(id));

      given()
          .header("Authorization", TestTokens.bearer("planner"))
          .contentType(ContentType.JSON)
          .body("{\"comment\":\"looks fine\"}")
          .post("/api/v1/exceptions/" + id + "/retry")
          .then()
          .statusCode(403);
      given()
          .header("Authorization", Flow.ADMIN)
          .contentType(ContentType.JSON)
          .body("{\"comment\":\" \"}")
          .post("/api/v1/exceptions/" + id + "/retry")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("violations[0].field", equalTo("comment"));

      String key = UUID.randomUUID().toString();
      given()
          .header("Authorization", Flow.ADMIN)
          .header("Idempotency-Key", key)
          .contentType(ContentType.JSON)
          .body("{\"comment\":\"Approved: seasonal peak\"}")
          .post("/api/v1/exceptions/" + id + "/retry")
          .then()
          .statusCode(200)
          .body("status", equalTo("RETRIED"));
      given()
          .header("Authorization", Flow.ADMIN)
          .header("Idempotency-Key", key)
          .contentType(ContentType.JSON)
          .body("{\"comment\":\"Approved: seasonal peak\"}")
          .post("/api/v1/exceptions/" + id + "/retry")
          .then()
          .statusCode(200)
          .header("Idempotent-Replayed", "true");
      given()
          .header("Authorization", Flow.ADMIN)
          .contentType(ContentType.JSON)
          .body("{\"comment\":\"again\"}")
          .post("/api/v1/exceptions/" + id + "/retry")
          .then()
          .statusCode(409);

      assertThat(flow.state()).isEqualTo("SOURCING");
      JsonPath detail = CaseApi.detail(caseId);
      assertThat(detail.getList("timeline.to", String.class))
          .endsWith("DECIDED", "AWAITING_APPROVAL", "SOURCING");
      assertThat(detail.getString("timeline[-1].actor")).isEqualTo("integration-admin-user");
      assertThat(detail.getString("timeline[-1].cause")).contains("seasonal peak");
      JsonPath audit =
          given()
              .header("Authorization", Flow.ADMIN)
              .get("/api/v1/exceptions/" + id)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      assertThat(audit.getList("actions.action", String.class)).containsExactly("RETRY");
      assertThat(audit.getString("actions[0].actor")).isEqualTo("integration-admin-user");
      assertThat(audit.getString("actions[0].comment")).isEqualTo("Approved: seasonal peak");
    }
  }

  @Test
  void resolveClosesTheCaseItWasHolding() {
    try (Flow flow = awaitingApproval("REJECT")) {
      String caseId = flow.caseId();
      String id = openException(caseId, "MANUAL_REVIEW");
      given()
          .header("Authorization", Flow.ADMIN)
          .contentType(ContentType.JSON)
          .body("{\"comment\":\"Buyer ordered by phone\"}")
          .post("/api/v1/exceptions/" + id + "/resolve")
          .then()
          .statusCode(200)
          .body("status", equalTo("RESOLVED"))
          .body("resolvedBy", equalTo("integration-admin-user"));
      assertThat(flow.state()).isEqualTo("CLOSED");
      assertThat(CaseApi.detail(caseId).getString("timeline[-1].cause"))
          .contains("Buyer ordered by phone");
    }
  }

  @Test
  void deadLetterIsListedAndReplayedToItsSourceTopicWithItsId() {
    try (Flow flow = new Flow("POISON")) {
      String poisonId = UUID.randomUUID().toString();
      String json =
          io.distconnect.contracts.event.EventJson.toJson(
                  flow.forecast("C-1", 2, "750", "900", Instant.now()))
              .replace("\"EA\"", "\"NOT-A-UNIT\"");
      flow.sendRaw(
          Topics.FORECAST_REVISIONS,
          poisonId,
          "io.distconnect.planning.ForecastRevised.v1",
          flow.key(),
          json);

      String id = (String) CaseApi.awaitDeadLetter("planning-decision", poisonId).get("id");
      JsonPath dead =
          given()
              .header("Authorization", Flow.ADMIN)
              .get("/api/v1/exceptions/" + id)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      assertThat(dead.getString("exception.sourceTopic")).isEqualTo(Topics.FORECAST_REVISIONS);
      assertThat(dead.getString("exception.recordKey")).isEqualTo(flow.key());
      assertThat(dead.getString("exception.reason")).contains("violates its schema");
      assertThat(dead.getString("payload")).contains("NOT-A-UNIT");

      given()
          .header("Authorization", Flow.ADMIN)
          .contentType(ContentType.JSON)
          .body("{\"comment\":\"x\"}")
          .post("/api/v1/dead-letters/unknown.topic.v1/replay")
          .then()
          .statusCode(404);
      given()
          .header("Authorization", TestTokens.bearer("planner"))
          .contentType(ContentType.JSON)
          .body("{\"comment\":\"x\"}")
          .post("/api/v1/dead-letters/" + Topics.FORECAST_REVISIONS + "/replay")
          .then()
          .statusCode(403);

      ConsumerTask<String, String> source =
          flow.kafka.consumeStrings().fromTopics(Topics.FORECAST_REVISIONS);
      given()
          .header("Authorization", Flow.ADMIN)
          .contentType(ContentType.JSON)
          .body("{\"exceptionIds\":[\"" + id + "\"],\"comment\":\"unit table fixed in planning\"}")
          .post("/api/v1/dead-letters/" + Topics.FORECAST_REVISIONS + ".dlq.orchestrator/replay")
          .then()
          .statusCode(200)
          .body("replayed", equalTo(1))
          .body("exceptionIds[0]", equalTo(id));

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
      assertThat(replayed.key()).isEqualTo(flow.key());
      assertThat(replayed.value()).isEqualTo(json);
      source.stop();

      JsonPath after =
          given()
              .header("Authorization", Flow.ADMIN)
              .get("/api/v1/exceptions/" + id)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      assertThat(after.getString("exception.status")).isEqualTo("REPLAYED");
      assertThat(after.getList("actions.action", String.class)).containsExactly("REPLAY");
      assertThat(after.getString("actions[0].comment")).isEqualTo("unit table fixed in planning");
    }
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    var h = record.headers().lastHeader(name);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }
}
