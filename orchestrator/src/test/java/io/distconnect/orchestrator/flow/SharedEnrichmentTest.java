package io.distconnect.orchestrator.flow;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.distconnect.orchestrator.CaseApi;
import io.distconnect.orchestrator.ConnectorStubs;
import io.distconnect.orchestrator.Flow;
import io.distconnect.orchestrator.persistence.CaseWorkQueue;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cases of one item at several locations that are due in the same worker round read the item and
 * its contracts from the connectors once; each still reads its own open orders and decides on its
 * own stock.
 */
@QuarkusTest
class SharedEnrichmentTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject Scheduler scheduler;
  @Inject CircuitBreakerMaintenance breakers;

  @BeforeEach
  void resetBreakers() {
    breakers.resetAll();
  }

  @Test
  void oneItemAndContractReadPerRoundForAllItsLocations() throws Exception {
    try (Flow flow = new Flow("SHARED")) {
      flow.item().contract("2.00").noOpenOrders();
      // Inventory position (on hand + on order − allocated − backordered) differs per location.
      Map<String, Integer> onHand = new LinkedHashMap<>();
      onHand.put(Flow.LOCATION, 100);
      onHand.put("DC-WEST", 40);
      onHand.put("DC-NORTH", 0);
      onHand.forEach((location, qty) -> position(flow.item, location, qty));

      // Hold the worker so that all three cases are due when its next round claims them.
      scheduler.pause(CaseWorkQueue.JOB);
      try {
        for (String location : onHand.keySet()) {
          flow.send(flow.forecast(location, "C-1", 2, "750", "900", Instant.now()));
        }
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    flow.cases().size() == 3
                        && flow.cases().stream()
                            .allMatch(c -> "POLICY_CHECKED".equals(c.get("state"))));
      } finally {
        scheduler.resume(CaseWorkQueue.JOB);
      }
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> flow.cases().stream().allMatch(c -> "SOURCING".equals(c.get("state"))));

      var server = ConnectorStubs.server();
      server.verify(1, getRequestedFor(urlEqualTo("/api/v1/items/" + flow.item)));
      server.verify(
          1,
          getRequestedFor(urlPathEqualTo("/api/v1/supplier-contracts"))
              .withQueryParam("item", equalTo(flow.item)));
      server.verify(
          3,
          getRequestedFor(urlPathEqualTo("/api/v1/purchase-orders"))
              .withQueryParam("item", equalTo(flow.item)));
      for (Map<String, Object> c : flow.cases()) {
        JsonPath detail = CaseApi.detail((String) c.get("id"));
        int expected = onHand.get((String) c.get("locationId")) - 20;
        assertThat(detail.getFloat("decision.figures.inventoryPosition"))
            .as("inventory position at %s", c.get("locationId"))
            .isEqualTo((float) expected);
      }
    }
  }

  private static void position(String item, String location, int onHand) {
    try {
      ConnectorStubs.position(
          JSON.readTree(
              """
              {"itemId":"%s","locationId":"%s","uom":"EA","onHand":%d,"allocated":20,"onOrder":0,
               "inTransit":0,"backordered":0,"available":%d,"inventoryPosition":%d,"asOf":"%s"}
              """
                  .formatted(item, location, onHand, onHand - 20, onHand - 20, Instant.now())));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
