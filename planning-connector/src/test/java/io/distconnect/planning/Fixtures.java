package io.distconnect.planning;

import static io.restassured.RestAssured.given;

import io.distconnect.testsupport.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Master data and publications through the public API, with names unique to each test. */
public final class Fixtures {

  private Fixtures() {}

  /** A name no other test uses, so tests sharing the database never see each other's rows. */
  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** An active item counted in EA whose case holds 24. */
  public static void item(String sku, String category) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("sku", sku);
    item.put("description", "Test item " + sku);
    item.put("hierarchy", Map.of("category", category, "family", "TEST"));
    item.put("baseUom", "EA");
    item.put("conversions", List.of(Map.of("from", "CS", "factor", "24", "to", "EA")));
    item.put("packSize", Map.of("value", "1", "uom", "EA"));
    item.put("status", "ACTIVE");
    given()
        .header("Authorization", TestTokens.bearer("integration-admin"))
        .contentType(ContentType.JSON)
        .body(item)
        .put("/api/v1/master-data/items/{sku}", sku)
        .then()
        .statusCode(200);
  }

  public static void location(String code) {
    given()
        .header("Authorization", TestTokens.bearer("integration-admin"))
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "code", code,
                "name", "Test DC " + code,
                "type", "DC",
                "region", "EAST",
                "timeZone", "Europe/Berlin"))
        .put("/api/v1/master-data/locations/{code}", code)
        .then()
        .statusCode(200);
  }

  /** A JSON publication row. */
  public static Map<String, Object> row(
      String item, String location, String periodStart, String quantity) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("item", item);
    row.put("location", location);
    row.put("periodStart", periodStart);
    row.put("quantity", quantity);
    return row;
  }

  public static Map<String, Object> row(
      String item, String location, String periodStart, String quantity, String uom) {
    Map<String, Object> row = row(item, location, periodStart, quantity);
    row.put("uom", uom);
    return row;
  }

  public static Map<String, Object> publication(String cycle, List<Map<String, Object>> rows) {
    return Map.of("planningCycleId", cycle, "rows", new ArrayList<>(rows));
  }

  /** Posts a JSON publication as the planning platform's service account. */
  public static Response publish(String cycle, List<Map<String, Object>> rows) {
    return given()
        .header("Authorization", TestTokens.bearer("service"))
        .contentType(ContentType.JSON)
        .body(publication(cycle, rows))
        .post("/api/v1/forecast-publications");
  }
}
