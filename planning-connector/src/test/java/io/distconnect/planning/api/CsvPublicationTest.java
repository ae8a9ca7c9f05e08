package io.distconnect.planning.api;

import static io.distconnect.planning.Fixtures.item;
import static io.distconnect.planning.Fixtures.location;
import static io.distconnect.planning.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.distconnect.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CSV publications are accepted as jobs, streamed through their column mapping and reported. */
@QuarkusTest
class CsvPublicationTest {

  private String sku;
  private String dc;
  private String cycle;

  @BeforeEach
  void masterData() {
    sku = unique("SKU");
    dc = unique("DC");
    cycle = unique("2027-W30");
    item(sku, "GROCERY");
    location(dc);
  }

  private String rows(int count, String quantity) {
    StringBuilder csv = new StringBuilder();
    LocalDate week = LocalDate.of(2027, 7, 26);
    for (int i = 0; i < count; i++) {
      LocalDate start = week.plusWeeks(i);
      csv.append(sku).append(',').append(dc).append(',').append(start).append(',');
      csv.append(start.plusDays(6)).append(',').append(quantity).append(",EA\n");
    }
    return csv.toString();
  }

  private io.restassured.response.Response upload(String csv, String mapping) {
    var request =
        given()
            .header("Authorization", TestTokens.bearer("planner"))
            .contentType("text/csv")
            .queryParam("cycle", cycle)
            .queryParam("fileName", "export.csv")
            .body(csv);
    if (mapping != null) {
      request.queryParam("mapping", mapping);
    }
    return request.post("/api/v1/forecast-publications");
  }

  private static JsonPath finished(String location) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                !"RUNNING"
                    .equals(
                        given()
                            .header("Authorization", TestTokens.bearer("planner"))
                            .get(location)
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("status")));
    return given()
        .header("Authorization", TestTokens.bearer("planner"))
        .get(location)
        .then()
        .extract()
        .jsonPath();
  }

  @Test
  void csvIsAcceptedAsAJobAndReportsItsBadRowsByLine() {
    String csv =
        "item,location,period_start,period_end,quantity,uom\n"
            + rows(12, "40")
            + sku
            + ","
            + dc
            + ",2030-01-07,2030-01-13,lots,EA\n"
            + rows(12, "40").replace("2027-", "2028-");
    String location =
        upload(csv, null)
            .then()
            .statusCode(202)
            .header("Location", containsString("/api/v1/forecast-publications/"))
            .body("channel", equalTo("CSV"))
            .body("fileName", equalTo("export.csv"))
            .extract()
            .header("Location");

    JsonPath job = finished(location);
    assertThat(job.getString("status")).isEqualTo("COMPLETED");
    assertThat(job.getInt("version")).isEqualTo(1);
    assertThat(job.getInt("rowsRead")).isEqualTo(25);
    assertThat(job.getInt("rowsAccepted")).isEqualTo(24);
    assertThat(job.getInt("rowsRejected")).isEqualTo(1);
    assertThat(job.getInt("revisionsEmitted")).isEqualTo(24);
    assertThat(job.getInt("progressPercent")).isEqualTo(100);
    assertThat(job.getString("finishedAt")).isNotBlank();
    List<Map<String, Object>> errors = job.getList("errors");
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0))
        .containsEntry("line", 14)
        .containsEntry("column", "quantity")
        .containsEntry("reason", "'lots' is not a number");
  }

  @Test
  void columnMappingReadsAnotherPlatformsLayout() {
    String csv =
        "Artikel;Standort;Woche ab;Menge\n"
            + sku
            + ";"
            + dc
            + ";07.06.2027;12,5\n"
            + sku
            + ";"
            + dc
            + ";14.06.2027;1.000\n";
    JsonPath job =
        finished(upload(csv, "semicolon-eu").then().statusCode(202).extract().header("Location"));
    assertThat(job.getString("status")).isEqualTo("COMPLETED");
    assertThat(job.getInt("rowsAccepted")).isEqualTo(2);

    given()
        .header("Authorization", TestTokens.bearer("planner"))
        .queryParam("cycle", cycle)
        .get("/api/v1/forecasts")
        .then()
        .statusCode(200)
        .body("total", equalTo(2))
        .body("items[0].periodStart", equalTo("2027-06-07"))
        .body("items[0].periodEnd", equalTo("2027-06-13"))
        .body("items[0].quantity", equalTo("12.5"))
        .body("items[0].uom", equalTo("EA"))
        .body("items[1].quantity", equalTo("1000")); // '.' groups thousands there
  }

  @Test
  void aHeaderWithoutTheMappedColumnsIsABadRequest() {
    upload("item,location,period_start,qty\n" + sku + "," + dc + ",2027-07-26,5\n", null)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("https://distconnect.dev/problems/csv-layout"))
        .body("violations.field", hasItem("quantity"));
    upload("item,location,period_start,quantity\n", "no-such-platform")
        .then()
        .statusCode(400)
        .body("detail", containsString("Unknown CSV mapping 'no-such-platform'"));
  }

  @Test
  void aCsvWithTooManyBadRowsIsRejectedWholeWithItsErrorsInTheReport() {
    String csv =
        "item,location,period_start,quantity\n"
            + sku
            + ","
            + dc
            + ",2027-07-26,5\n"
            + sku
            + ","
            + dc
            + ",2027-08-02,-5\n"
            + sku
            + ",NOWHERE,2027-08-09,5\n";
    JsonPath job = finished(upload(csv, null).then().statusCode(202).extract().header("Location"));
    assertThat(job.getString("status")).isEqualTo("REJECTED");
    assertThat(job.getString("detail")).contains("2 of 3 rows are invalid");
    assertThat(job.getList("errors")).hasSize(2);
    assertThat(job.getInt("revisionsEmitted")).isZero();
    given()
        .header("Authorization", TestTokens.bearer("planner"))
        .queryParam("cycle", cycle)
        .get("/api/v1/forecasts")
        .then()
        .body("total", equalTo(0));
  }
}
