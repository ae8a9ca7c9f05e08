package io.distconnect.planning.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.distconnect.planning.Fixtures.item;
import static io.distconnect.planning.Fixtures.location;
import static io.distconnect.planning.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.distconnect.planning.ErpWireMockResource;
import io.distconnect.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pull adapter fetches a cycle's CSV export from the planning platform. */
@QuarkusTest
class PullPublicationTest {

  @Inject CircuitBreakerMaintenance breakers;

  private WireMockServer platform;

  @BeforeEach
  void reset() {
    platform = ErpWireMockResource.server();
    platform.resetAll();
    breakers.resetAll();
  }

  @Test
  void anExportIsFetchedAndProcessedAsAPublication() {
    String sku = unique("SKU");
    String dc = unique("DC");
    String cycle = unique("2027-W45");
    item(sku, "GROCERY");
    location(dc);
    platform.stubFor(
        get(urlPathEqualTo("/planning/exports/" + cycle + ".csv"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/csv")
                    .withBody(
                        "item,location,period_start,quantity\n"
                            + sku
                            + ","
                            + dc
                            + ",2027-11-08,15\n")));

    String location =
        given()
            .header("Authorization", TestTokens.bearer("service"))
            .queryParam("cycle", cycle)
            .post("/api/v1/forecast-publications/pull")
            .then()
            .statusCode(202)
            .body("channel", equalTo("PULL"))
            .extract()
            .header("Location");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                "COMPLETED"
                    .equals(
                        given()
                            .header("Authorization", TestTokens.bearer("service"))
                            .get(location)
                            .then()
                            .extract()
                            .path("status")));
    given()
        .header("Authorization", TestTokens.bearer("planner"))
        .queryParam("cycle", cycle)
        .get("/api/v1/forecasts")
        .then()
        .body("items[0].quantity", equalTo("15"));
  }

  @Test
  void aPlatformThatIsDownIsRetriedThenAnsweredWithServiceUnavailable() {
    String cycle = unique("2027-W46");
    platform.stubFor(
        get(urlPathEqualTo("/planning/exports/" + cycle + ".csv"))
            .willReturn(aResponse().withStatus(502)));
    given()
        .header("Authorization", TestTokens.bearer("service"))
        .queryParam("cycle", cycle)
        .post("/api/v1/forecast-publications/pull")
        .then()
        .statusCode(503)
        .header("Retry-After", "60");
    assertThat(
            platform.findAll(
                getRequestedFor(urlPathEqualTo("/planning/exports/" + cycle + ".csv"))))
        .hasSize(4);
  }

  @Test
  void aMissingExportIsNotFound() {
    given()
        .header("Authorization", TestTokens.bearer("service"))
        .queryParam("cycle", unique("2027-W47"))
        .post("/api/v1/forecast-publications/pull")
        .then()
        .statusCode(404);
  }
}
