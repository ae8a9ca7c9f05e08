package io.distconnect.erp.adapter.s4hana;

import static io.restassured.RestAssured.given;

import io.distconnect.testsupport.TestTokens;
import io.restassured.http.ContentType;
import java.util.UUID;

/** A fresh canonical location mapped to a fresh SAP plant, through the public API. */
record S4HanaPlants(String location, String plant) {

  static S4HanaPlants create() {
    String location = "DC-" + UUID.randomUUID().toString().substring(0, 8);
    String plant = String.valueOf(1000 + (int) (Math.random() * 8999));
    String admin = TestTokens.bearer("integration-admin");
    given()
        .header("Authorization", admin)
        .contentType(ContentType.JSON)
        .body(
            "{\"code\":\""
                + location
                + "\",\"name\":\"Plant DC\",\"type\":\"DC\",\"region\":\"US-EAST\",\"timeZone\":\"America/New_York\"}")
        .post("/api/v1/locations")
        .then()
        .statusCode(201);
    given()
        .header("Authorization", admin)
        .contentType(ContentType.JSON)
        .body(
            "{\"platform\":\"ERP\",\"platformCode\":\""
                + plant
                + "\",\"locationCode\":\""
                + location
                + "\"}")
        .put("/api/v1/location-mappings")
        .then()
        .statusCode(200);
    return new S4HanaPlants(location, plant);
  }
}
