package io.distconnect.orchestrator.flow;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
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
import io.distconnect.contracts.event.PurchaseOrderIssued;
import io.distconnect.contracts.event.Topics;
import io.distconnect.orchestrator.CaseApi;
import io.distconnect.orchestrator.ConnectorStubs;
import io.distconnect.orchestrator.Flow;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The two decisions that act on an open purchase order, end to end against the real broker and
 * database with the connectors stubbed on their REST contract: AMEND (an open line is due inside
 * the amend window and the position is at or below the reorder point) and EXPEDITE (the position is
 * above the reorder point, but stock runs out before the earliest open line is due). Both become a
 * request naming the PO, and procurement's amended PO becomes an amendment of the ERP's copy.
 *
 * <p>Figures (900 EA over 90 days, 2.00 EUR/EA, lead time 9 ± 2 days, see ReplenishmentFlowTest):
 * d̄ = 10/day, ROP = 132, max = 987.
 */
@QuarkusTest
class AmendAndExpediteTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject CircuitBreakerMaintenance breakers;

  @BeforeEach
  void resetBreakers() {
    breakers.resetAll();
  }

  /**
   * IP = 100 + 2000 − 80 − 1900 = 120 ≤ 132: order max − IP = 867 EA. Line 1 of the open PO (2000
   * EA) is due in 10 days, inside [today + 7, today + 9 + 14], and 867 adds 43% (limit 50%): AMEND
   * the line to 2867 EA, keeping its date.
   */
  @Test
  void openPoInsideTheAmendWindowIsAmendedAtProcurementAndInTheErp() throws Exception {
    try (Flow flow = new Flow("AMEND")) {
      String po = "PO-" + UUID.randomUUID().toString().substring(0, 8);
      String erpPo = "45" + po.substring(3);
      LocalDate due = Flow.today().plusDays(10);
      flow.item().position(100, 80, 2000, 1900).contract("2.00").openOrder(po, erpPo, 2000, due);
      flow.erpAmends(po, erpPo);
      ConsumerTask<String, String> requests =
          flow.kafka.consumeStrings().fromTopics(Topics.REPLENISHMENT_REQUESTS);

      flow.send(flow.forecast("C-1", 2, "750", "900", Instant.now()));
      await().atMost(Duration.ofSeconds(30)).until(() -> "SOURCING".equals(flow.state()));
      String caseId = flow.caseId();
      JsonNode request = request(requests, flow);
      assertThat(request.get("decisionKind").asText()).isEqualTo("AMEND");
      assertThat(request.get("purchaseOrderNumber").asText()).isEqualTo(po);
      assertThat(new BigDecimal(request.at("/quantity/value").asText()))
          .isEqualByComparingTo("2867");
      assertThat(request.get("needByDate").asText()).isEqualTo(due.toString());
      JsonPath decided = CaseApi.detail(caseId);
      assertThat(decided.getString("decisionKind")).isEqualTo("AMEND");
      assertThat(decided.getFloat("decision.figures.inventoryPosition")).isEqualTo(120f);
      assertThat(decided.getFloat("decision.figures.quantity.baseQuantity")).isEqualTo(867f);
      requests.stop();

      // Procurement amended the supplier PO (revision 2); the ERP's copy follows.
      PurchaseOrderIssued amended =
          flow.amended(caseId, request.get("requestId").asText(), po, 2, "2867", due);
      String eventId = flow.send(amended);
      await().atMost(Duration.ofSeconds(30)).until(() -> "ERP_UPDATED".equals(flow.state()));
      flow.send(eventId, amended);

      String key = caseId + ":" + po + ":r2";
      var server = ConnectorStubs.server();
      server.verify(
          1,
          postRequestedFor(urlEqualTo("/api/v1/purchase-orders/" + erpPo + "/amendments"))
              .withHeader("Idempotency-Key", equalTo(key))
              .withHeader("Authorization", equalTo("Bearer " + ConnectorStubs.SERVICE_TOKEN))
              .withRequestBody(matchingJsonPath("$.lines[0].lineNumber", equalTo("1")))
              .withRequestBody(matchingJsonPath("$.lines[0].quantity", equalTo("2867")))
              .withRequestBody(matchingJsonPath("$.lines[0].needByDate", equalTo(due.toString())))
              .withRequestBody(matchingJsonPath("$.addLines.size()", equalTo("0")))
              .withRequestBody(
                  matchingJsonPath("$.reason", equalTo("Supplier PO " + po + " revision 2"))));
      server.verify(
          1,
          getRequestedFor(urlPathEqualTo("/api/v1/purchase-orders"))
              .withQueryParam("externalReference", equalTo(po))
              .withQueryParam("item", absent()));
      // An amendment never creates a second ERP order.
      server.verify(
          0,
          postRequestedFor(urlEqualTo("/api/v1/purchase-orders"))
              .withRequestBody(matchingJsonPath("$.externalReference", equalTo(po))));

      JsonPath detail = CaseApi.detail(caseId);
      assertThat(detail.getString("erpPurchaseOrderNumber")).isEqualTo(erpPo);
      assertThat(detail.getInt("purchaseOrderRevision")).isEqualTo(2);
      assertThat(detail.getList("timeline.to", String.class))
          .endsWith("SOURCING", "PO_ISSUED", "ERP_UPDATED");
      assertThat(detail.getString("timeline[-1].cause")).contains(erpPo).contains("amended");
    }
  }

  /**
   * IP = 100 + 500 − 20 = 580 &gt; 132: nothing to buy. But stock net of allocations (80 EA) lasts
   * ⌊80 / 10⌋ = 8 days and the open line (500 EA) is due in 20: EXPEDITE it to today + 8.
   */
  @Test
  void openPoDueAfterTheStockOutIsExpedited() throws Exception {
    try (Flow flow = new Flow("EXPEDITE")) {
      String po = "PO-" + UUID.randomUUID().toString().substring(0, 8);
      String erpPo = "45" + po.substring(3);
      LocalDate due = Flow.today().plusDays(20);
      LocalDate stockOut = Flow.today().plusDays(8);
      flow.item().position(100, 20, 500, 0).contract("2.00").openOrder(po, erpPo, 500, due);
      flow.erpAmends(po, erpPo);
      ConsumerTask<String, String> requests =
          flow.kafka.consumeStrings().fromTopics(Topics.REPLENISHMENT_REQUESTS);

      flow.send(flow.forecast("C-1", 2, "750", "900", Instant.now()));
      await().atMost(Duration.ofSeconds(30)).until(() -> "SOURCING".equals(flow.state()));
      String caseId = flow.caseId();
      JsonNode request = request(requests, flow);
      assertThat(request.get("decisionKind").asText()).isEqualTo("EXPEDITE");
      assertThat(request.get("purchaseOrderNumber").asText()).isEqualTo(po);
      assertThat(new BigDecimal(request.at("/quantity/value").asText()))
          .isEqualByComparingTo("500");
      assertThat(request.get("needByDate").asText()).isEqualTo(stockOut.toString());
      assertThat(CaseApi.detail(caseId).getString("statusReason"))
          .contains("Stock runs out on " + stockOut)
          .contains(po);
      requests.stop();

      // The supplier agreed to deliver earlier: revision 2 with the new date.
      String requestId = request.get("requestId").asText();
      flow.send(flow.amended(caseId, requestId, po, 2, "500", stockOut));
      await().atMost(Duration.ofSeconds(30)).until(() -> "ERP_UPDATED".equals(flow.state()));
      ConnectorStubs.server()
          .verify(
              1,
              postRequestedFor(urlEqualTo("/api/v1/purchase-orders/" + erpPo + "/amendments"))
                  .withHeader("Idempotency-Key", equalTo(caseId + ":" + po + ":r2"))
                  .withRequestBody(matchingJsonPath("$.lines[0].quantity", equalTo("500")))
                  .withRequestBody(
                      matchingJsonPath("$.lines[0].needByDate", equalTo(stockOut.toString()))));
    }
  }

  private static JsonNode request(ConsumerTask<String, String> requests, Flow flow) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                requests.getRecords().stream()
                    .filter(r -> flow.key().equals(r.key()))
                    .map(r -> read(r.value()))
                    .findFirst()
                    .orElse(null),
            r -> r != null);
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
