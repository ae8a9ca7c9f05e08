package io.distconnect.planning.api;

import static io.distconnect.planning.Fixtures.item;
import static io.distconnect.planning.Fixtures.location;
import static io.distconnect.planning.Fixtures.publish;
import static io.distconnect.planning.Fixtures.row;
import static io.distconnect.planning.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.distconnect.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Changes just below the noise threshold are kept but not published; changes at or above it are
 * published. Global thresholds (1 unit and 2 %) and the BULK category's (50 units and 10 %).
 */
@QuarkusTest
class NoiseThresholdTest {

  @Test
  void globalThresholdOnBothSides() {
    assertPublished(
        "GROCERY",
        Map.of(
            "2027-06-07", new String[] {"100", "101.9"}, // 1.9 %: noise
            "2027-06-14", new String[] {"100", "102"}, // 2 %: published
            "2027-06-21", new String[] {"0.5", "1.4"}, // +180 % but 0.9 units: noise
            "2027-06-28", new String[] {"0.5", "1.5"}), // 1 unit and +200 %: published
        Map.of("2027-06-07", false, "2027-06-14", true, "2027-06-21", false, "2027-06-28", true));
  }

  @Test
  void categoryThresholdOnBothSides() {
    assertPublished(
        "BULK",
        Map.of(
            "2027-06-07", new String[] {"1000", "1049"}, // 49 units: noise
            "2027-06-14", new String[] {"1000", "1050"}, // 50 units but 5 %: noise
            "2027-06-21", new String[] {"1000", "1100"}, // 100 units and 10 %: published
            "2027-06-28", new String[] {"100", "160"}), // 60 units and 60 %: published
        Map.of("2027-06-07", false, "2027-06-14", false, "2027-06-21", true, "2027-06-28", true));
  }

  private static void assertPublished(
      String category, Map<String, String[]> changes, Map<String, Boolean> expected) {
    String sku = unique("SKU");
    String dc = unique("DC");
    String cycle = unique("2027-W23");
    item(sku, category);
    location(dc);
    publish(
            cycle,
            changes.entrySet().stream()
                .map(e -> row(sku, dc, e.getKey(), e.getValue()[0]))
                .toList())
        .then()
        .statusCode(201);
    long published = expected.values().stream().filter(p -> p).count();
    publish(
            cycle,
            changes.entrySet().stream()
                .map(e -> row(sku, dc, e.getKey(), e.getValue()[1]))
                .toList())
        .then()
        .statusCode(201)
        .body("revisionsDetected", equalTo(4))
        .body("revisionsEmitted", equalTo((int) published));

    List<Map<String, Object>> history =
        given()
            .header("Authorization", TestTokens.bearer("planner"))
            .queryParam("cycle", cycle)
            .get("/api/v1/forecasts/{item}/{location}/history", sku, dc)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    Map<String, Boolean> actual =
        history.stream()
            .filter(r -> Integer.valueOf(2).equals(r.get("version")))
            .collect(
                Collectors.toMap(
                    r -> (String) r.get("periodStart"), r -> (Boolean) r.get("published")));
    assertThat(actual).isEqualTo(expected);
  }
}
