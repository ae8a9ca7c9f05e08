package io.distconnect.orchestrator.flow;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.distconnect.contracts.event.Topics;
import io.distconnect.orchestrator.CaseApi;
import io.distconnect.orchestrator.ConnectorStubs;
import io.distconnect.orchestrator.Flow;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A forecast revision becomes a replenishment request to procurement, and procurement's issued PO
 * becomes an ERP purchase order — against the real broker and database, with the connectors stubbed
 * on their REST contract.
 */
@QuarkusTest
class ReplenishmentFlowTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject CircuitBreakerMaintenance breakers;

  @BeforeEach
  void resetBreakers() {
    breakers.resetAll();
  }

  @Test
  void revisionFlowsToARequestAndTheIssuedPoToTheErp() throws Exception {
    try (Flow flow = new Flow("FLOW")) {
      flow.item().position(100, 20, 0, 0).contract("2.00").noOpenOrders();
      ConsumerTask<String, String> requests =
          flow.kafka.consumeStrings().fromTopics(Topics.REPLENISHMENT_REQUESTS);
      ConsumerTask<String, String> transitions =
          flow.kafka.consumeStrings().fromTopics(Topics.CASE_TRANSITIONS);

      // +20% against the ±15% threshold: 900 EA over 90 days, d̄ = 10 → 907 EA (see the unit test).
      String revisionId = flow.send(flow.forecast("C-1", 2, "750", "900", Instant.now()));

      await().atMost(Duration.ofSeconds(30)).until(() -> "SOURCING".equals(flow.state()));
      ConsumerRecord<String, String> request =
          await()
              .atMost(Duration.ofSeconds(20))
              .until(() -> first(requests.getRecords(), flow.key()), r -> r != null);
      JsonNode body = JSON.readTree(request.value());
      String caseId = flow.caseId();
      assertThat(body.get("caseId").asText()).isEqualTo(caseId);
      assertThat(body.get("decisionKind").asText()).isEqualTo("NEW_ORDER");
      assertThat(new java.math.BigDecimal(body.at("/quantity/value").asText()))
          .isEqualByComparingTo("907");
      assertThat(body.at("/quantity/uom").asText()).isEqualTo("EA");
      assertThat(header(request, "ce_type"))
          .isEqualTo("io.distconnect.procurement.ReplenishmentRequested.v1");

      // Procurement issues the order; the orchestrator has the ERP create its copy.
      String po = "PO-" + UUID.randomUUID().toString().substring(0, 8);
      flow.erpCreates(po, "45" + po.substring(3));
      var issued = flow.issued(caseId, body.get("requestId").asText(), po, "907");
      String issuedId = flow.send(issued);
      await().atMost(Duration.ofSeconds(30)).until(() -> "ERP_UPDATED".equals(flow.state()));
      // Kafka redelivers the same event: the inbox skips it, no second ERP order.
      flow.send(issuedId, issued);

      String key = caseId + ":" + po + ":r1";
      var server = ConnectorStubs.server();
      server.verify(
          1,
          postRequestedFor(urlEqualTo("/api/v1/purchase-orders"))
              .withHeader("Idempotency-Key", equalTo(key))
              .withHeader("Authorization", equalTo("Bearer " + ConnectorStubs.SERVICE_TOKEN))
              .withRequestBody(matchingJsonPath("$.caseId", equalTo(caseId)))
              .withRequestBody(matchingJsonPath("$.lines[0].quantity", equalTo("907")))
              .withRequestBody(matchingJsonPath("$.lines[0].uom", equalTo("EA"))));
      server.verify(
          1,
          getRequestedFor(urlPathEqualTo("/api/v1/supplier-contracts"))
              .withQueryParam("item", equalTo(flow.item)));
      server.verify(1, getRequestedFor(urlEqualTo("/api/v1/items/" + flow.item)));
      server.verify(
          1,
          postRequestedFor(urlEqualTo("/api/v1/inventory-positions/batch"))
              .withRequestBody(matchingJsonPath("$.keys[?(@.itemId == '" + flow.item + "')]")));

      // The supplier acknowledges: ERP updated + acknowledged = completed.
      flow.send(flow.acknowledged(caseId, po, "907"));
      await().atMost(Duration.ofSeconds(20)).until(() -> "COMPLETED".equals(flow.state()));

      JsonPath detail = CaseApi.detail(caseId);
      assertThat(detail.getList("timeline.to", String.class))
          .containsExactly(
              "RECEIVED",
              "POLICY_CHECKED",
              "ENRICHED",
              "DECIDED",
              "SOURCING",
              "PO_ISSUED",
              "ERP_UPDATED",
              "ACKNOWLEDGED",
              "COMPLETED");
      assertThat(detail.getString("timeline[0].eventId")).isEqualTo(revisionId);
      assertThat(detail.getList("timeline.actor", String.class)).containsOnly("system");
      assertThat(detail.getList("timeline.traceId", String.class))
          .allSatisfy(t -> assertThat(t).matches("[0-9a-f]{32}"));
      assertThat(detail.getString("erpPurchaseOrderNumber")).isEqualTo("45" + po.substring(3));
      assertThat(detail.getFloat("decision.figures.reorderPoint")).isEqualTo(132f);
      assertThat(detail.getFloat("decision.figures.maxLevel")).isEqualTo(987f);
      assertThat(detail.getFloat("decision.figures.inventoryPosition")).isEqualTo(80f);

      // Every transition was published on the audit topic, in order.
      await()
          .atMost(Duration.ofSeconds(20))
          .untilAsserted(
              () ->
                  assertThat(
                          transitions.getRecords().stream()
                              .filter(r -> flow.key().equals(r.key()))
                              .map(r -> read(r.value()).get("to").asText())
                              .toList())
                      .containsExactly(
                          "RECEIVED",
                          "POLICY_CHECKED",
                          "ENRICHED",
                          "DECIDED",
                          "SOURCING",
                          "PO_ISSUED",
                          "ERP_UPDATED",
                          "ACKNOWLEDGED",
                          "COMPLETED"));
      requests.stop();
      transitions.stop();
    }
  }

  @Test
  void revisionUnderTheThresholdClosesWithTheReason() {
    try (Flow flow = new Flow("SMALL")) {
      flow.send(flow.forecast("C-1", 2, "900", "990", Instant.now()));
      await().atMost(Duration.ofSeconds(20)).until(() -> "NO_ACTION".equals(flow.state()));
      JsonPath detail = CaseApi.detail(flow.caseId());
      assertThat(detail.getString("statusReason")).contains("+10%").contains("under the threshold");
      assertThat(detail.getList("timeline.to", String.class))
          .containsExactly("RECEIVED", "NO_ACTION");
      ConnectorStubs.server()
          .verify(
              0,
              getRequestedFor(urlPathEqualTo("/api/v1/supplier-contracts"))
                  .withQueryParam("item", equalTo(flow.item)));
    }
  }

  @Test
  void positionAboveTheReorderPointEndsInNoAction() {
    try (Flow flow = new Flow("FULL")) {
      flow.item().position(200, 20, 0, 0).contract("2.00").noOpenOrders();
      flow.send(flow.forecast("C-1", 2, "750", "900", Instant.now()));
      await().atMost(Duration.ofSeconds(30)).until(() -> "NO_ACTION".equals(flow.state()));
      JsonPath detail = CaseApi.detail(flow.caseId());
      assertThat(detail.getList("timeline.to", String.class))
          .containsExactly("RECEIVED", "POLICY_CHECKED", "ENRICHED", "DECIDED", "NO_ACTION");
      assertThat(detail.getString("decisionKind")).isEqualTo("NO_ACTION");
      assertThat(detail.getString("statusReason")).contains("180").contains("132");
    }
  }

  private static ConsumerRecord<String, String> first(
      List<ConsumerRecord<String, String>> records, String key) {
    return records.stream().filter(r -> key.equals(r.key())).findFirst().orElse(null);
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
