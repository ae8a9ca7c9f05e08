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
import static org.hamcrest.Matchers.hasItems;

import io.distconnect.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad rows are reported and skipped; too many of them reject the publication whole. */
@QuarkusTest
class PublicationValidationTest {

  private String sku;
  private String dc;
  private String cycle;

  @BeforeEach
  void masterData() {
    sku = unique("SKU");
    dc = unique("DC");
    cycle = unique("2027-W01");
    item(sku, "GROCERY");
    location(dc);
  }

  private List<Map<String, Object>> goodRows(int count) {
    List<Map<String, Object>> rows = new ArrayList<>();
    LocalDate week = LocalDate.of(2027, 1, 4);
    for (int i = 0; i < count; i++) {
      rows.add(row(sku, dc, week.plusWeeks(i).toString(), String.valueOf(10 + i)));
    }
    return rows;
  }

  @Test
  void everyKindOfBadRowIsReportedWithLineAndColumn() {
    Map<String, Object> endBeforeStart = row(sku, dc, "2031-02-03", "5");
    endBeforeStart.put("periodEnd", "2031-02-01");
    List<Map<String, Object>> rows =
        new ArrayList<>(
            List.of(
                row("NO-SUCH-ITEM", dc, "2031-01-06", "5"),
                row(sku, "NO-SUCH-DC", "2031-01-06", "5"),
                row(sku, dc, "2031-01-13", "-5"),
                row(sku, dc, "2031-01-20", "twelve"),
                row(sku, dc, "2031-13-01", "5"),
                endBeforeStart,
                row(sku, dc, "2031-02-10", "5", "KG"),
                row(sku, dc, "2031-02-17", "5", "XYZ"),
                row(sku, dc, "2031-02-24", "5"),
                row(sku, dc, "2031-02-24", "6")));
    rows.addAll(goodRows(200));

    JsonPath report =
        publish(cycle, rows)
            .then()
            .statusCode(201)
            .body("status", equalTo("COMPLETED"))
            .body("rowsRead", equalTo(210))
            .body("rowsAccepted", equalTo(200))
            .body("rowsRejected", equalTo(10))
            .extract()
            .jsonPath();
    List<Map<String, Object>> errors = report.getList("errors");
    assertThat(errors)
        .anySatisfy(e -> error(e, 1, "item", "unknown item 'NO-SUCH-ITEM'"))
        .anySatisfy(e -> error(e, 2, "location", "unknown location 'NO-SUCH-DC'"))
        .anySatisfy(e -> error(e, 3, "quantity", "negative"))
        .anySatisfy(e -> error(e, 4, "quantity", "'twelve' is not a number"))
        .anySatisfy(e -> error(e, 5, "periodStart", "not a valid date"))
        .anySatisfy(e -> error(e, 6, "periodEnd", "before period start"))
        .anySatisfy(e -> error(e, 7, "uom", "cannot be converted to the base unit EA"))
        .anySatisfy(e -> error(e, 8, "uom", "unknown unit of measure 'XYZ'"))
        .anySatisfy(e -> error(e, 9, null, "duplicate row"))
        .anySatisfy(e -> error(e, 10, null, "duplicate row"));

    // The duplicated bucket is in neither version: which of the two quantities is meant is unknown.
    given()
        .header("Authorization", TestTokens.bearer("planner"))
        .queryParam("cycle", cycle)
        .queryParam("from", "2031-02-24")
        .queryParam("to", "2031-02-24")
        .get("/api/v1/forecasts")
        .then()
        .body("total", equalTo(0));
  }

  private static void error(Map<String, Object> error, int line, String column, String reason) {
    assertThat(error.get("line")).isEqualTo(line);
    assertThat(error.get("column")).isEqualTo(column);
    assertThat((String) error.get("reason")).contains(reason);
  }

  @Test
  void aBadRowKeepsItsBucketsPreviousValueInsteadOfDroppingIt() {
    publish(cycle, goodRows(40)).then().statusCode(201);
    List<Map<String, Object>> next = goodRows(40);
    next.set(0, row(sku, dc, "2027-01-04", "n/a"));
    publish(cycle, next)
        .then()
        .statusCode(201)
        .body("version", equalTo(2))
        .body("rowsRejected", equalTo(1))
        .body("revisionsDetected", equalTo(0));
    given()
        .header("Authorization", TestTokens.bearer("planner"))
        .queryParam("cycle", cycle)
        .queryParam("to", "2027-01-04")
        .get("/api/v1/forecasts")
        .then()
        .body("items[0].quantity", equalTo("10"));
  }

  @Test
  void tooManyBadRowsRejectTheWholePublication() {
    List<Map<String, Object>> rows = goodRows(10);
    rows.set(1, row(sku, dc, "2027-01-11", "-1"));
    rows.set(4, row(sku, "ATLANTIS", "2027-02-01", "1"));
    publish(cycle, rows)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("https://distconnect.dev/problems/publication-rejected"))
        .body("detail", containsString("2 of 10 rows are invalid"))
        .body("violations.field", hasItems("rows[1].quantity", "rows[4].location"));

    given()
        .header("Authorization", TestTokens.bearer("planner"))
        .queryParam("cycle", cycle)
        .get("/api/v1/forecasts")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
    given()
        .header("Authorization", TestTokens.bearer("planner"))
        .queryParam("cycle", cycle)
        .get("/api/v1/forecasts/{item}/{location}/history", sku, dc)
        .then()
        .body("total", equalTo(0));
  }
}
