package io.distconnect.erp.api;

import static io.distconnect.erp.api.ErpFixtures.ADMIN;
import static io.distconnect.erp.api.ErpFixtures.PLANNER;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.distconnect.erp.support.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LocationMappingResourceTest {

  private static ValidatableResponse put(String platform, String code, String location) {
    return given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(
            """
            {"platform":"%s","platformCode":"%s","locationCode":"%s"}
            """
                .formatted(platform, code, location))
        .put("/api/v1/location-mappings")
        .then();
  }

  @Test
  void mapsReplacesAndRefusesContradictions() {
    String location = ErpFixtures.location();
    String other = ErpFixtures.location();
    String plant = ErpFixtures.unique("P");
    put("ERP", plant, location).statusCode(200).body("locationCode", equalTo(location));
    // Idempotent: the same mapping again is fine.
    put("ERP", plant, location).statusCode(200);
    put("ERP", plant, other).statusCode(409);
    String newPlant = ErpFixtures.unique("P");
    put("ERP", newPlant, location).statusCode(200);
    given()
        .header("Authorization", PLANNER)
        .queryParam("platform", "ERP")
        .queryParam("locationCode", location)
        .get("/api/v1/location-mappings")
        .then()
        .statusCode(200)
        .body("total", equalTo(1), "items[0].platformCode", equalTo(newPlant));
    put("PLANNING", "node-x", "GHOST")
        .statusCode(400)
        .body("violations[0].field", equalTo("locationCode"));
    put("MARS", "x", location).statusCode(400);
  }

  @Test
  void locationUpdatesAreAnnouncedWithARisingRevision() {
    String code = ErpFixtures.location();
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(
            """
            {"code":"%s","name":"Renamed DC","type":"WAREHOUSE","region":"US-WEST","timeZone":"America/Los_Angeles"}
            """
                .formatted(code))
        .put("/api/v1/locations/{code}", code)
        .then()
        .statusCode(200)
        .body("name", equalTo("Renamed DC"), "type", equalTo("WAREHOUSE"));
    var events =
        TopicReader.await(
            "erp.master-data-events.v1", 2, r -> ("location:" + code).equals(r.key()));
    assertThat(events.get(1).value())
        .contains("\"revision\":2")
        .contains("America/Los_Angeles")
        .contains("WAREHOUSE");
  }
}
