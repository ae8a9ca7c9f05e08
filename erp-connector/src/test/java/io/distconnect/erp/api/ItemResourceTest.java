package io.distconnect.erp.api;

import static io.distconnect.erp.api.ErpFixtures.ADMIN;
import static io.distconnect.erp.api.ErpFixtures.PLANNER;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.distconnect.erp.support.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ItemResourceTest {

  @Test
  void createsReadsListsAndUpdatesAnItem() {
    String sku = ErpFixtures.unique("SKU");
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(ErpFixtures.itemBody(sku, "Cola 330ml"))
        .post("/api/v1/items")
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/v1/items/" + sku))
        .body(
            "sku", equalTo(sku),
            "baseUom", equalTo("EA"),
            "conversions[0].from", equalTo("CS"),
            "conversions[0].factor", equalTo(24),
            "packSize.uom", equalTo("CS"),
            "status", equalTo("ACTIVE"),
            "revision", equalTo(1));
    given()
        .header("Authorization", PLANNER)
        .get("/api/v1/items/{sku}", sku)
        .then()
        .statusCode(200)
        .body("description", equalTo("Cola 330ml"), "hierarchy.category", equalTo("Beverages"));
    given()
        .header("Authorization", PLANNER)
        .queryParam("category", "Beverages")
        .queryParam("size", 500)
        .get("/api/v1/items")
        .then()
        .statusCode(200)
        .body("items.sku", hasItem(sku), "page", equalTo(0), "size", equalTo(500));
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(ErpFixtures.itemBody(sku, "Cola 330ml can"))
        .put("/api/v1/items/{sku}", sku)
        .then()
        .statusCode(200)
        .body("description", equalTo("Cola 330ml can"), "revision", equalTo(2));

    // Every create and update is announced to the other services, newest revision last.
    List<ConsumerRecord<String, String>> events =
        TopicReader.await("erp.master-data-events.v1", 2, r -> ("item:" + sku).equals(r.key()));
    assertThat(TopicReader.header(events.get(0), "ce_type"))
        .isEqualTo("io.distconnect.erp.MasterDataChanged.v1");
    assertThat(TopicReader.header(events.get(1), "ce_subject")).isEqualTo("item:" + sku);
    assertThat(events.get(1).value()).contains("\"revision\":2").contains("Cola 330ml can");
  }

  @Test
  void duplicateSkuIs409AndUnknownSkuIs404() {
    String sku = ErpFixtures.item();
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(ErpFixtures.itemBody(sku, "again"))
        .post("/api/v1/items")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    given()
        .header("Authorization", PLANNER)
        .get("/api/v1/items/{sku}", "NO-SUCH-SKU")
        .then()
        .statusCode(404)
        .body("detail", equalTo("No item NO-SUCH-SKU"));
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(ErpFixtures.itemBody("NO-SUCH-SKU", "x"))
        .put("/api/v1/items/{sku}", "NO-SUCH-SKU")
        .then()
        .statusCode(404);
  }

  @Test
  void invalidUnitsAndGtinAre400NamingTheProblem() {
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(
            ErpFixtures.itemBody(ErpFixtures.unique("SKU"), "x")
                .replace("\"baseUom\":\"EA\"", "\"baseUom\":\"FURLONG\""))
        .post("/api/v1/items")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("baseUom"));
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(
            ErpFixtures.itemBody(ErpFixtures.unique("SKU"), "x")
                .replace("00614141000036", "00614141000037"))
        .post("/api/v1/items")
        .then()
        .statusCode(400)
        .body("detail", containsString("check digit"));
    // A pack size in pallets needs a pallet conversion the item does not have.
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(
            ErpFixtures.itemBody(ErpFixtures.unique("SKU"), "x")
                .replace(
                    "\"packSize\":{\"value\":1,\"uom\":\"CS\"}",
                    "\"packSize\":{\"value\":1,\"uom\":\"PL\"}"))
        .post("/api/v1/items")
        .then()
        .statusCode(400)
        .body("detail", containsString("No conversion from PL to EA"));
  }

  @Test
  void plannerMayReadButNotWriteAndTokenIsRequired() {
    given()
        .header("Authorization", PLANNER)
        .contentType(ContentType.JSON)
        .body(ErpFixtures.itemBody(ErpFixtures.unique("SKU"), "x"))
        .post("/api/v1/items")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    given().get("/api/v1/items").then().statusCode(401);
  }
}
