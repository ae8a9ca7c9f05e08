package io.distconnect.planning.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.distconnect.planning.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.distconnect.planning.ErpWireMockResource;
import io.distconnect.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sync endpoint pulls items and locations from erp-connector's REST API into the cache. */
@QuarkusTest
class MasterDataSyncTest {

  @Inject CircuitBreakerMaintenance breakers;

  private WireMockServer erp;

  @BeforeEach
  void reset() {
    erp = ErpWireMockResource.server();
    erp.resetAll();
    breakers.resetAll();
  }

  private static String item(String sku, String category) {
    return """
        {"sku":"%s","description":"Olive oil 12x0.75L","hierarchy":{"category":"%s","family":"OIL"},
         "baseUom":"EA","conversions":[{"from":"CS","factor":"12","to":"EA"}],
         "packSize":{"value":"12","uom":"EA"},"gtin":"4006381333931","status":"ACTIVE",
         "revision":3,"createdAt":"2026-01-05T08:00:00Z","updatedAt":"2026-03-01T09:30:00Z"}
        """
        .formatted(sku, category);
  }

  @Test
  void itemsAndLocationsArePulledPageByPage() {
    String sku1 = unique("SKU");
    String sku2 = unique("SKU");
    String dc = unique("DC");
    String bad =
        "{\"sku\":\"BROKEN\",\"description\":\"x\",\"hierarchy\":{\"category\":\"C\",\"family\":\"F\"},"
            + "\"baseUom\":\"EA\",\"conversions\":[],\"packSize\":{\"value\":\"1\",\"uom\":\"CS\"},\"status\":\"ACTIVE\"}";
    erp.stubFor(
        get(urlPathEqualTo("/api/v1/items"))
            .withQueryParam("page", equalTo("0"))
            .willReturn(
                okJson(
                    "{\"items\":["
                        + item(sku1, "PANTRY")
                        + ","
                        + item(sku2, "PANTRY")
                        + ","
                        + bad
                        + "],\"page\":0,\"size\":500,\"total\":3}")));
    erp.stubFor(
        get(urlPathEqualTo("/api/v1/locations"))
            .withQueryParam("page", equalTo("0"))
            .willReturn(
                okJson(
                    "{\"items\":[{\"code\":\""
                        + dc
                        + "\",\"name\":\"Hamburg DC\",\"type\":\"DC\",\"region\":\"NORTH\","
                        + "\"timeZone\":\"Europe/Berlin\"}],\"page\":0,\"size\":500,\"total\":1}")));

    String admin = TestTokens.bearer("integration-admin");
    given()
        .header("Authorization", admin)
        .post("/api/v1/master-data/sync")
        .then()
        .statusCode(200)
        .body("items", org.hamcrest.Matchers.equalTo(2))
        .body("locations", org.hamcrest.Matchers.equalTo(1))
        .body("skipped", org.hamcrest.Matchers.equalTo(1));

    given()
        .header("Authorization", admin)
        .get("/api/v1/master-data/items/{sku}", sku2)
        .then()
        .statusCode(200)
        .body("category", org.hamcrest.Matchers.equalTo("PANTRY"));
    given()
        .header("Authorization", admin)
        .get("/api/v1/master-data/locations/{code}", dc)
        .then()
        .statusCode(200)
        .body("name", org.hamcrest.Matchers.equalTo("Hamburg DC"));
    // Without a configured service token the caller's token is passed on.
    erp.verify(
        1,
        getRequestedFor(urlPathEqualTo("/api/v1/items"))
            .withQueryParam("size", equalTo("500"))
            .withHeader("Authorization", equalTo(admin)));
  }

  @Test
  void anUnavailableErpIsRetriedThenAnsweredWithServiceUnavailable() {
    erp.stubFor(get(urlPathEqualTo("/api/v1/items")).willReturn(aResponse().withStatus(503)));
    given()
        .header("Authorization", TestTokens.bearer("integration-admin"))
        .post("/api/v1/master-data/sync")
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .header("Retry-After", "30");
    assertThat(erp.findAll(getRequestedFor(urlPathEqualTo("/api/v1/items")))).hasSize(4);
  }

  @Test
  void onlyIntegrationAdminsMaySync() {
    given()
        .header("Authorization", TestTokens.bearer("planner"))
        .post("/api/v1/master-data/sync")
        .then()
        .statusCode(403);
  }
}
