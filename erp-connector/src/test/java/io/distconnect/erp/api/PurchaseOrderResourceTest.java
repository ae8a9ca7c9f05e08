package io.distconnect.erp.api;

import static io.distconnect.erp.api.ErpFixtures.ADMIN;
import static io.distconnect.erp.api.ErpFixtures.BUYER;
import static io.distconnect.erp.api.ErpFixtures.PLANNER;
import static io.distconnect.erp.api.ErpFixtures.SERVICE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.distconnect.erp.support.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PurchaseOrderResourceTest {

  private static void onOrder(String item, String location, int expected) {
    given()
        .header("Authorization", PLANNER)
        .get("/api/v1/inventory-positions/{item}/{location}", item, location)
        .then()
        .statusCode(200)
        .body("onOrder", equalTo(expected), "inventoryPosition", equalTo(expected));
  }

  @Test
  void createsAnIssuedOrderInCasesAndBooksTheBaseQuantityOnOrder() {
    String supplier = ErpFixtures.supplier();
    String location = ErpFixtures.location();
    String item = ErpFixtures.item();
    String body = ErpFixtures.orderBody(supplier, location, item, "10", "CS");
    String number =
        given()
            .header("Authorization", SERVICE)
            .contentType(ContentType.JSON)
            .body(body)
            .post("/api/v1/purchase-orders")
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/v1/purchase-orders/"))
            .body(
                "number", startsWith("45"),
                "status", equalTo("ISSUED"),
                "revision", equalTo(1),
                "currency", equalTo("USD"),
                "caseId", equalTo("CASE-1"),
                "externalReference", startsWith("PROC-"),
                "lines[0].lineNumber", equalTo(1),
                "lines[0].quantity", equalTo(10),
                "lines[0].uom", equalTo("CS"),
                "lines[0].unitPrice", equalTo(12.5f),
                "lines[0].needByDate", equalTo("2030-03-31"),
                "lines[0].receivedQuantity", equalTo(0))
            .extract()
            .path("number");
    // 10 cases of 24 are 240 each on order at the ship-to location.
    onOrder(item, location, 240);
    given()
        .header("Authorization", BUYER)
        .get("/api/v1/purchase-orders/{number}", number)
        .then()
        .statusCode(200)
        .body("supplierId", equalTo(supplier), "shipToLocationId", equalTo(location));

    List<ConsumerRecord<String, String>> events =
        TopicReader.await("erp.purchase-order-events.v1", 1, r -> number.equals(r.key()));
    assertThat(TopicReader.header(events.get(0), "ce_type"))
        .isEqualTo("io.distconnect.erp.ErpPurchaseOrderChanged.v1");
    assertThat(TopicReader.header(events.get(0), "ce_subject")).isEqualTo(number);
    assertThat(events.get(0).value()).contains("\"changeKind\":\"CREATED\"");
    TopicReader.await(
        "erp.inventory-events.v1",
        1,
        r ->
            (item + "@" + location).equals(r.key()) && r.value().contains("PURCHASE_ORDER_CHANGE"));
  }

  @Test
  void listsOrdersByItemLocationSupplierStatusAndExternalReference() {
    String supplier = ErpFixtures.supplier();
    String location = ErpFixtures.location();
    String item = ErpFixtures.item();
    String open = ErpFixtures.order(supplier, location, item, "2", "CS");
    String cancelled = ErpFixtures.order(supplier, location, item, "3", "CS");
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body("{\"status\":\"CANCELLED\",\"reason\":\"duplicate\"}")
        .post("/api/v1/purchase-orders/{number}/status", cancelled)
        .then()
        .statusCode(200);
    given()
        .header("Authorization", PLANNER)
        .queryParam("item", item)
        .queryParam("location", location)
        .queryParam("status", "open")
        .get("/api/v1/purchase-orders")
        .then()
        .statusCode(200)
        .body("total", equalTo(1), "items[0].number", equalTo(open), "size", equalTo(50));
    given()
        .header("Authorization", PLANNER)
        .queryParam("supplier", supplier)
        .get("/api/v1/purchase-orders")
        .then()
        .body("total", equalTo(2), "items.number", hasItem(cancelled));
    given()
        .header("Authorization", PLANNER)
        .queryParam("supplier", supplier)
        .queryParam("status", "CANCELLED")
        .get("/api/v1/purchase-orders")
        .then()
        .body("total", equalTo(1), "items[0].number", equalTo(cancelled));
    String reference =
        given()
            .header("Authorization", PLANNER)
            .get("/api/v1/purchase-orders/{n}", open)
            .then()
            .extract()
            .path("externalReference");
    given()
        .header("Authorization", PLANNER)
        .queryParam("externalReference", reference)
        .get("/api/v1/purchase-orders")
        .then()
        .body("total", equalTo(1), "items[0].number", equalTo(open));
    given()
        .header("Authorization", PLANNER)
        .queryParam("status", "SHIPPED")
        .get("/api/v1/purchase-orders")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("status"));
  }

  @Test
  void unknownReferencesAndUnitsAre400NamingTheField() {
    String supplier = ErpFixtures.supplier();
    String location = ErpFixtures.location();
    String item = ErpFixtures.item();
    post(ErpFixtures.orderBody(supplier, location, "GHOST-SKU", "1", "CS"), 400, "lines[0].itemId");
    post(ErpFixtures.orderBody("GHOST-SUP", location, item, "1", "CS"), 400, "supplierId");
    post(ErpFixtures.orderBody(supplier, "GHOST-DC", item, "1", "CS"), 400, "shipToLocationId");
    post(ErpFixtures.orderBody(supplier, location, item, "1", "PARSEC"), 400, "lines[0].uom");
    // The item has no pallet conversion, so pallets cannot be turned into stock.
    post(ErpFixtures.orderBody(supplier, location, item, "1", "PL"), 400, "lines[0].uom");
    post(ErpFixtures.orderBody(supplier, location, item, "-5", "CS"), 400, "lines[0].quantity");
    post(ErpFixtures.orderBody(supplier, location, item, "0", "CS"), 400, "lines[0].quantity");
  }

  private static void post(String body, int status, String field) {
    given()
        .header("Authorization", SERVICE)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/purchase-orders")
        .then()
        .statusCode(status)
        .contentType("application/problem+json")
        .body("violations.field", hasItem(field));
  }

  @Test
  void sameExternalReferenceTwiceIs409() {
    String body =
        ErpFixtures.orderBody(
            ErpFixtures.supplier(), ErpFixtures.location(), ErpFixtures.item(), "1", "CS");
    given()
        .header("Authorization", SERVICE)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/purchase-orders")
        .then()
        .statusCode(201);
    given()
        .header("Authorization", SERVICE)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/purchase-orders")
        .then()
        .statusCode(409)
        .body("detail", containsString("already has external reference"));
  }

  @Test
  void idempotencyKeyReplaysTheOrderAndRefusesAnotherBody() {
    String supplier = ErpFixtures.supplier();
    String location = ErpFixtures.location();
    String item = ErpFixtures.item();
    String key = UUID.randomUUID().toString();
    String body = ErpFixtures.orderBody(supplier, location, item, "1", "CS");
    String first =
        given()
            .header("Authorization", SERVICE)
            .header("Idempotency-Key", key)
            .contentType(ContentType.JSON)
            .body(body)
            .post("/api/v1/purchase-orders")
            .then()
            .statusCode(201)
            .header("Idempotent-Replayed", nullValue())
            .extract()
            .path("number");
    given()
        .header("Authorization", SERVICE)
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/purchase-orders")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", equalTo("true"))
        .header("Location", containsString(first))
        .body("number", equalTo(first));
    given()
        .header("Authorization", SERVICE)
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(ErpFixtures.orderBody(supplier, location, item, "2", "CS"))
        .post("/api/v1/purchase-orders")
        .then()
        .statusCode(409)
        .body("detail", containsString("different request body"));
    onOrder(item, location, 24);
  }

  @Test
  void amendmentChangesLinesAddsLinesAndRaisesTheRevision() {
    String supplier = ErpFixtures.supplier();
    String location = ErpFixtures.location();
    String item = ErpFixtures.item();
    String added = ErpFixtures.item();
    String number = ErpFixtures.order(supplier, location, item, "10", "CS");
    given()
        .header("Authorization", SERVICE)
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .contentType(ContentType.JSON)
        .body(
            """
            {"lines":[{"lineNumber":1,"quantity":12,"needByDate":"2030-04-15"}],
             "addLines":[{"itemId":"%s","quantity":48,"uom":"EA","unitPrice":0.5,"needByDate":"2030-04-30"}],
             "reason":"forecast up"}
            """
                .formatted(added))
        .post("/api/v1/purchase-orders/{number}/amendments", number)
        .then()
        .statusCode(200)
        .body(
            "revision", equalTo(2),
            "lines.size()", equalTo(2),
            "lines[0].quantity", equalTo(12),
            "lines[0].needByDate", equalTo("2030-04-15"),
            "lines[1].lineNumber", equalTo(2),
            "lines[1].itemId", equalTo(added),
            "lines[1].uom", equalTo("EA"));
    onOrder(item, location, 288);
    onOrder(added, location, 48);
    List<ConsumerRecord<String, String>> events =
        TopicReader.await(
            "erp.purchase-order-events.v1",
            1,
            r -> number.equals(r.key()) && r.value().contains("\"changeKind\":\"AMENDED\""));
    assertThat(events.get(0).value()).contains("\"previousStatus\":\"ISSUED\"");

    given()
        .header("Authorization", SERVICE)
        .contentType(ContentType.JSON)
        .body("{\"lines\":[{\"lineNumber\":9,\"quantity\":1}]}")
        .post("/api/v1/purchase-orders/{number}/amendments", number)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("lines[0].lineNumber"));
    given()
        .header("Authorization", SERVICE)
        .contentType(ContentType.JSON)
        .body("{\"lines\":[]}")
        .post("/api/v1/purchase-orders/{number}/amendments", number)
        .then()
        .statusCode(400);
    given()
        .header("Authorization", SERVICE)
        .contentType(ContentType.JSON)
        .body("{\"lines\":[{\"lineNumber\":1,\"quantity\":1}]}")
        .post("/api/v1/purchase-orders/{number}/amendments", "4599999999")
        .then()
        .statusCode(404);
  }

  @Test
  void statusFollowsTheLifecycleAndCancellingTakesTheOpenQuantityOffOrder() {
    String location = ErpFixtures.location();
    String item = ErpFixtures.item();
    String number = ErpFixtures.order(ErpFixtures.supplier(), location, item, "5", "CS");
    status(number, "ACKNOWLEDGED", 200).body("status", equalTo("ACKNOWLEDGED"));
    // Asking again for the status it has is a no-op, so a retried call does not fail.
    status(number, "ACKNOWLEDGED", 200).body("status", equalTo("ACKNOWLEDGED"));
    status(number, "CLOSED", 409)
        .contentType("application/problem+json")
        .body(
            "type", equalTo("https://distconnect.dev/problems/illegal-status-transition"),
            "detail", containsString("cannot move from ACKNOWLEDGED to CLOSED"));
    status(number, "RECEIVED", 409).body("detail", containsString("goods receipts"));
    onOrder(item, location, 120);
    status(number, "CANCELLED", 200).body("status", equalTo("CANCELLED"));
    onOrder(item, location, 0);
    status(number, "ACKNOWLEDGED", 409);
    given()
        .header("Authorization", SERVICE)
        .contentType(ContentType.JSON)
        .body("{\"lines\":[{\"lineNumber\":1,\"quantity\":1}]}")
        .post("/api/v1/purchase-orders/{number}/amendments", number)
        .then()
        .statusCode(409)
        .body("detail", containsString("CANCELLED and cannot be amended"));
    status("4599999998", "CANCELLED", 404);
    given()
        .header("Authorization", SERVICE)
        .contentType(ContentType.JSON)
        .body("{\"status\":\"LOST\"}")
        .post("/api/v1/purchase-orders/{number}/status", number)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("status"));
    TopicReader.await(
        "erp.purchase-order-events.v1",
        2,
        r -> number.equals(r.key()) && r.value().contains("\"changeKind\":\"STATUS_CHANGED\""));
  }

  private static io.restassured.response.ValidatableResponse status(
      String number, String status, int expected) {
    return given()
        .header("Authorization", SERVICE)
        .contentType(ContentType.JSON)
        .body("{\"status\":\"" + status + "\",\"reason\":\"test\"}")
        .post("/api/v1/purchase-orders/{number}/status", number)
        .then()
        .statusCode(expected);
  }

  @Test
  void readsNeedATokenAndWritesTheRightRole() {
    given().get("/api/v1/purchase-orders").then().statusCode(401);
    given()
        .header("Authorization", BUYER)
        .contentType(ContentType.JSON)
        .body(
            ErpFixtures.orderBody(
                ErpFixtures.supplier(), ErpFixtures.location(), ErpFixtures.item(), "1", "CS"))
        .post("/api/v1/purchase-orders")
        .then()
        .statusCode(403)
        .body("status", equalTo(403), "type", not(nullValue()));
    given()
        .header("Authorization", PLANNER)
        .get("/api/v1/purchase-orders/{n}", "4590000000")
        .then()
        .statusCode(404)
        .body("detail", equalTo("No purchase order 4590000000"));
  }
}
