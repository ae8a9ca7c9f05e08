package io.distconnect.orchestrator.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.distconnect.orchestrator.Flow;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Process figures over the API and the same figures for Prometheus. */
@QuarkusTest
class ProcessMetricsTest {

  @Inject CircuitBreakerMaintenance breakers;

  @BeforeEach
  void resetBreakers() {
    breakers.resetAll();
  }

  @Test
  void decidedCaseShowsInProcessMetricsAndPrometheus() {
    try (Flow flow = new Flow("METRICS")) {
      flow.item().position(100, 20, 0, 0).contract("2.00").noOpenOrders();
      flow.send(flow.forecast("C-1", 2, "750", "900", Instant.now()));
      await().atMost(Duration.ofSeconds(30)).until(() -> "SOURCING".equals(flow.state()));

      JsonPath figures =
          given()
              .header("Authorization", Flow.ADMIN)
              .queryParam("window", "PT1H")
              .get("/api/v1/process-metrics")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      assertThat(figures.getLong("casesOpened")).isPositive();
      assertThat(figures.getLong("casesByState.SOURCING")).isPositive();
      assertThat(figures.getList("domains.domain", String.class))
          .containsExactly(
              "planning-decision", "approval", "sourcing", "supplier-ack", "erp-update");
      assertThat(figures.getLong("domains.find { it.domain == 'planning-decision' }.count"))
          .isPositive();
      assertThat(figures.getDouble("domains.find { it.domain == 'planning-decision' }.p50Seconds"))
          .isGreaterThanOrEqualTo(0);
      assertThat(figures.getDouble("domains.find { it.domain == 'planning-decision' }.p95Seconds"))
          .isGreaterThanOrEqualTo(
              figures.getDouble("domains.find { it.domain == 'planning-decision' }.p50Seconds"));
      assertThat(figures.getMap("roi"))
          .containsKeys(
              "forecastToPoP50Seconds",
              "supplierAckLatencyP50Seconds",
              "manualExceptions",
              "poStatusAgreement",
              "integrationFailureRate");

      given()
          .header("Authorization", Flow.ADMIN)
          .queryParam("window", "yesterday")
          .get("/api/v1/process-metrics")
          .then()
          .statusCode(400)
          .contentType("application/problem+json");
      given().get("/api/v1/process-metrics").then().statusCode(401);

      String prometheus = given().get("/q/metrics").then().statusCode(200).extract().asString();
      assertThat(prometheus)
          .contains("distconnect_case_step_duration_seconds_bucket{domain=\"planning-decision\"")
          .contains("distconnect_case_transitions_total{to=\"SOURCING\"")
          .contains("distconnect_exceptions_open{domain=\"approval\"}");
    }
  }
}
