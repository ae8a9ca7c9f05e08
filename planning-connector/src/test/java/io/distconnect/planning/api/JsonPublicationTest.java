package io.distconnect.planning.api;

import static io.distconnect.planning.Fixtures.item;
import static io.distconnect.planning.Fixtures.location;
import static io.distconnect.planning.Fixtures.publish;
import static io.distconnect.planning.Fixtures.row;
import static io.distconnect.planning.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.distconnect.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A JSON publication is validated, versioned, diffed and answered with its counts. */
@QuarkusTest
class JsonPublicationTest {

  private String sku;
  private String dc;
  private String cycle;

  @BeforeEach
  void masterData() {
    sku = unique("SKU");
    dc = unique("DC");
    cycle = unique("2026-W48");
    item(sku, "GROCERY");
    location(dc);
  }

  @Test
  void versionsAreNumberedDiffedAndQueryable() {
    JsonPath first =
        publish(
                cycle,
                List.of(
                    row(sku, dc, "2026-12-07", "120"),
                    row(sku, dc, "2026-12-14", "2", "CS"),
                    row(sku, dc, "2026-12-21", "0")))
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/v1/forecast-publications/"))
            .body("status", equalTo("COMPLETED"))
            .body("version", equalTo(1))
            .body("rowsRead", equalTo(3))
            .body("rowsAccepted", equalTo(3))
            .body("rowsRejected", equalTo(0))
            .body("progressPercent", equalTo(100))
            .extract()
            .jsonPath();
    // Three new buckets; the one at zero is kept but is no demand to publish.
    assertThat(first.getLong("revisionsDetected")).isEqualTo(3);
    assertThat(first.getLong("revisionsEmitted")).isEqualTo(2);

    JsonPath second =
        publish(
                cycle,
                List.of(
                    row(sku, dc, "2026-12-07", "122.4"),
                    row(sku, dc, "2026-12-14", "48.5", "EA"),
                    row(sku, dc, "2026-12-21", "0"),
                    row(sku, dc, "2026-12-28", "10")))
            .then()
            .statusCode(201)
            .body("version", equalTo(2))
            .extract()
            .jsonPath();
    // +2 % (published), +0.5 (noise), unchanged (no revision), new bucket (published).
    assertThat(second.getLong("revisionsDetected")).isEqualTo(3);
    assertThat(second.getLong("revisionsEmitted")).isEqualTo(2);

    given()
        .header("Authorization", TestTokens.bearer("planner"))
        .queryParam("cycle", cycle)
        .queryParam("item", sku)
        .queryParam("from", "2026-12-14")
        .queryParam("size", 2)
        .get("/api/v1/forecasts")
        .then()
        .statusCode(200)
        .body("total", equalTo(3))
        .body("items.size()", equalTo(2))
        .body("items[0].periodStart", equalTo("2026-12-14"))
        .body("items[0].periodEnd", equalTo("2026-12-20"))
        .body("items[0].quantity", equalTo("48.5"))
        .body("items[0].uom", equalTo("EA"))
        .body("items[0].version", equalTo(2))
        .body("items[0].changedInVersion", equalTo(2))
        .body("items[1].quantity", equalTo("0"))
        .body("items[1].changedInVersion", equalTo(1));

    JsonPath history =
        given()
            .header("Authorization", TestTokens.bearer("buyer"))
            .queryParam("cycle", cycle)
            .get("/api/v1/forecasts/{item}/{location}/history", sku, dc)
            .then()
            .statusCode(200)
            .body("total", equalTo(6))
            .extract()
            .jsonPath();
    List<Map<String, Object>> changes = history.getList("items");
    assertThat(changes)
        .anySatisfy(
            r -> {
              assertThat(r)
                  .containsEntry("version", 2)
                  .containsEntry("periodStart", "2026-12-07")
                  .containsEntry("oldQuantity", "120")
                  .containsEntry("newQuantity", "122.4")
                  .containsEntry("absoluteDelta", "2.4")
                  .containsEntry("relativeDelta", "0.02")
                  .containsEntry("change", "CHANGED")
                  .containsEntry("published", true);
            })
        .anySatisfy(
            r ->
                assertThat(r)
                    .containsEntry("version", 2)
                    .containsEntry("periodStart", "2026-12-14")
                    .containsEntry("oldQuantity", "48")
                    .containsEntry("published", false))
        .anySatisfy(
            r ->
                assertThat(r)
                    .containsEntry("version", 1)
                    .containsEntry("periodStart", "2026-12-21")
                    .containsEntry("change", "NEW")
                    .containsEntry("published", false)
                    .doesNotContainKey("relativeDelta"));
  }

  @Test
  void aBucketMissingFromTheNextVersionIsDropped() {
    publish(cycle, List.of(row(sku, dc, "2026-12-07", "30"), row(sku, dc, "2026-12-14", "40")))
        .then()
        .statusCode(201);
    publish(cycle, List.of(row(sku, dc, "2026-12-07", "30")))
        .then()
        .statusCode(201)
        .body("revisionsDetected", equalTo(1))
        .body("revisionsEmitted", equalTo(1));
    given()
        .header("Authorization", TestTokens.bearer("planner"))
        .queryParam("cycle", cycle)
        .get("/api/v1/forecasts/{item}/{location}/history", sku, dc)
        .then()
        .statusCode(200)
        .body("items[0].change", equalTo("DROPPED"))
        .body("items[0].newQuantity", equalTo("0"))
        .body("items[0].relativeDelta", equalTo("-1"));
    given()
        .header("Authorization", TestTokens.bearer("planner"))
        .queryParam("cycle", cycle)
        .queryParam("item", sku)
        .get("/api/v1/forecasts")
        .then()
        .body("total", equalTo(1));
  }

  @Test
  void malformedRequestsAreProblems() {
    given()
        .header("Authorization", TestTokens.bearer("service"))
        .contentType(ContentType.JSON)
        .body(Map.of("rows", List.of(row(sku, dc, "2026-12-07", "1"))))
        .post("/api/v1/forecast-publications")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", hasItem("planningCycleId"));
    given()
        .header("Authorization", TestTokens.bearer("service"))
        .contentType(ContentType.JSON)
        .body(Map.of("planningCycleId", cycle, "rows", List.of()))
        .post("/api/v1/forecast-publications")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("rows"));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("planningCycleId", cycle, "rows", List.of(row(sku, dc, "2026-12-07", "1"))))
        .post("/api/v1/forecast-publications")
        .then()
        .statusCode(401);
    given()
        .header("Authorization", TestTokens.bearer("buyer"))
        .contentType(ContentType.JSON)
        .body(Map.of("planningCycleId", cycle, "rows", List.of(row(sku, dc, "2026-12-07", "1"))))
        .post("/api/v1/forecast-publications")
        .then()
        .statusCode(403);
  }
}
