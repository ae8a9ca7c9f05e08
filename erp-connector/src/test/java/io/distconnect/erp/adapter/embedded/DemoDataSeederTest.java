package io.distconnect.erp.adapter.embedded;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import io.distconnect.testsupport.OnVertx;
import io.distconnect.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The demo distributor loads through the real services into the real database. */
@QuarkusTest
class DemoDataSeederTest {

  @Inject DemoDataSeeder seeder;

  @Test
  void loadsAConsistentDemoWorld() {
    OnVertx.await(seeder::load);
    String planner = TestTokens.bearer("planner");
    given()
        .header("Authorization", planner)
        .queryParam("category", "Pet")
        .get("/api/v1/items")
        .then()
        .statusCode(200)
        .body("total", greaterThanOrEqualTo(51));
    given()
        .header("Authorization", planner)
        .queryParam("platform", "ERP")
        .queryParam("locationCode", "DC-RNO")
        .get("/api/v1/location-mappings")
        .then()
        .body("items[0].platformCode", equalTo("1730"));
    given()
        .header("Authorization", planner)
        .queryParam("externalReference", "DEMO-PO-70001")
        .get("/api/v1/purchase-orders")
        .then()
        .body("total", equalTo(1), "items[0].status", equalTo("ISSUED"));
    given()
        .header("Authorization", planner)
        .queryParam("externalReference", "DEMO-PO-70002")
        .get("/api/v1/purchase-orders")
        .then()
        .body("items[0].status", equalTo("ACKNOWLEDGED"));
    given()
        .header("Authorization", planner)
        .queryParam("size", 500)
        .get("/api/v1/suppliers/duplicates")
        .then()
        .body("items.supplier.id", hasItem("SUP-1001"));
  }
}
