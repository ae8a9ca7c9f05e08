package io.distconnect.erp.api;

import static io.distconnect.erp.api.ErpFixtures.ADMIN;
import static io.distconnect.erp.api.ErpFixtures.PLANNER;
import static io.distconnect.erp.api.ErpFixtures.SERVICE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.distconnect.erp.support.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GoodsReceiptResourceTest {

  private static ValidatableResponse receive(
      String number, int line, String quantity, String uom, String key) {
    var request =
        given()
            .header("Authorization", SERVICE)
            .contentType(ContentType.JSON)
            .body(
                """
                {"purchaseOrderNumber":"%s","lineNumber":%d,"quantity":%s,"uom":"%s","receiptDate":"2026-11-20"}
                """
                    .formatted(number, line, quantity, uom));
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return request.post("/api/v1/goods-receipts").then();
  }

  @Test
  void receiptsMoveStockFromOrderToHandAndCompleteTheOrder() {
    String location = ErpFixtures.location();
    String item = ErpFixtures.item();
    String number = ErpFixtures.order(ErpFixtures.supplier(), location, item, "10", "CS");

    String receiptId =
        receive(number, 1, "4", "CS", null)
            .statusCode(201)
            .header("Location", containsString("/api/v1/goods-receipts/"))
            .body(
                "receiptId", startsWith("50"),
                "quantity", equalTo(4),
                "uom", equalTo("CS"),
                "openQuantity", equalTo(6),
                "purchaseOrderStatus", equalTo("PARTIALLY_RECEIVED"),
                "locationId", equalTo(location))
            .extract()
            .path("receiptId");
    given()
        .header("Authorization", PLANNER)
        .get("/api/v1/inventory-positions/{item}/{location}", item, location)
        .then()
        .body("onHand", equalTo(96), "onOrder", equalTo(144), "inventoryPosition", equalTo(240));
    given()
        .header("Authorization", PLANNER)
        .get("/api/v1/goods-receipts/{id}", receiptId)
        .then()
        .statusCode(200)
        .body("purchaseOrderNumber", equalTo(number));

    // The rest arrives loose: 144 EA are exactly the 6 open cases.
    receive(number, 1, "144", "EA", null)
        .statusCode(201)
        .body(
            "quantity",
            equalTo(6),
            "openQuantity",
            equalTo(0),
            "purchaseOrderStatus",
            equalTo("RECEIVED"));
    given()
        .header("Authorization", PLANNER)
        .get("/api/v1/purchase-orders/{number}", number)
        .then()
        .body("status", equalTo("RECEIVED"), "lines[0].receivedQuantity", equalTo(10));
    given()
        .header("Authorization", PLANNER)
        .get("/api/v1/inventory-positions/{item}/{location}", item, location)
        .then()
        .body("onHand", equalTo(240), "onOrder", equalTo(0));

    List<ConsumerRecord<String, String>> received =
        TopicReader.await(
            "erp.purchase-order-events.v1",
            2,
            r ->
                number.equals(r.key())
                    && "io.distconnect.erp.GoodsReceived.v1"
                        .equals(TopicReader.header(r, "ce_type")));
    assertThat(received.get(0).value())
        .contains("\"openQuantity\":{\"value\":\"6\",\"uom\":\"CS\"}");
    assertThat(TopicReader.header(received.get(1), "ce_subject")).isEqualTo(number);
    TopicReader.await(
        "erp.inventory-events.v1",
        2,
        r -> (item + "@" + location).equals(r.key()) && r.value().contains("GOODS_RECEIPT"));
    TopicReader.await(
        "erp.purchase-order-events.v1",
        1,
        r ->
            number.equals(r.key())
                && r.value().contains("\"status\":\"RECEIVED\"")
                && r.value().contains("STATUS_CHANGED"));
  }

  @Test
  void overReceiptClosedOrderAndUnknownLineAreRefused() {
    String location = ErpFixtures.location();
    String item = ErpFixtures.item();
    String number = ErpFixtures.order(ErpFixtures.supplier(), location, item, "2", "CS");
    receive(number, 1, "3", "CS", null)
        .statusCode(409)
        .body("detail", containsString("exceeds the open quantity 2 CS"));
    receive(number, 7, "1", "CS", null)
        .statusCode(400)
        .body("violations[0].field", equalTo("lineNumber"));
    // 5 EA is no whole number of cases on a line ordered in cases of 24.
    receive(number, 1, "5", "EA", null)
        .statusCode(400)
        .body("violations[0].field", equalTo("quantity"));
    receive(number, 1, "1", "LIGHTYEAR", null)
        .statusCode(400)
        .body("violations[0].field", equalTo("uom"));
    receive(number, 1, "-1", "CS", null)
        .statusCode(400)
        .body("violations[0].field", equalTo("quantity"));
    receive("4591111111", 1, "1", "CS", null).statusCode(404);
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body("{\"status\":\"CANCELLED\"}")
        .post("/api/v1/purchase-orders/{number}/status", number)
        .then()
        .statusCode(200);
    receive(number, 1, "1", "CS", null).statusCode(409).body("detail", containsString("CANCELLED"));
  }

  @Test
  void aRetriedReceiptWithItsKeyIsPostedOnce() {
    String location = ErpFixtures.location();
    String item = ErpFixtures.item();
    String number = ErpFixtures.order(ErpFixtures.supplier(), location, item, "10", "CS");
    String key = UUID.randomUUID().toString();
    String first = receive(number, 1, "1", "CS", key).statusCode(201).extract().path("receiptId");
    receive(number, 1, "1", "CS", key)
        .statusCode(201)
        .header("Idempotent-Replayed", equalTo("true"))
        .body("receiptId", equalTo(first));
    receive(number, 1, "2", "CS", key).statusCode(409);
    given()
        .header("Authorization", PLANNER)
        .get("/api/v1/inventory-positions/{item}/{location}", item, location)
        .then()
        .body("onHand", equalTo(24));
  }
}
