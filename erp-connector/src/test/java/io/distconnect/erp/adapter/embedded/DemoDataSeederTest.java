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
    // Open orders in several statuses, raised in the ERP itself (no procurement number): the
    // orchestrator counts them as supply but never asks procurement to change them.
    for (String status : new String[] {"ISSUED", "ACKNOWLEDGED"}) {
      given()
          .header("Authorization", planner)
          .queryParam("status", status)
          .queryParam("size", 500)
          .get("/api/v1/purchase-orders")
          .then()
          .body(
              "items.findAll { it.externalReference == null && it.supplierId.startsWith('SUP-') }"
                  + ".size()",
              greaterThanOrEqualTo(5));
    }
    given()
        .header("Authorization", planner)
        .queryParam("size", 500)
        .get("/api/v1/suppliers/duplicates")
        .then()
        .body("items.supplier.id", hasItem("SUP-1001"));
  }
}
