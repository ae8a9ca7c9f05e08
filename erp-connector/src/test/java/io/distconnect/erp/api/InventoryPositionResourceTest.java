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
import static org.hamcrest.Matchers.notNullValue;

import io.distconnect.erp.support.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InventoryPositionResourceTest {

  private static String adjustment(String item, String location, String onHand, String allocated) {
    return """
        {"itemId":"%s","locationId":"%s","onHandDelta":%s,"allocatedDelta":%s,"reason":"cycle count"}
        """
        .formatted(item, location, onHand, allocated);
  }

  @Test
  void knownItemAtKnownLocationWithoutStockIsAZeroPosition() {
    String item = ErpFixtures.item();
    String location = ErpFixtures.location();
    given()
        .header("Authorization", BUYER)
        .get("/api/v1/inventory-positions/{item}/{location}", item, location)
        .then()
        .statusCode(200)
        .body(
            "itemId", equalTo(item),
            "locationId", equalTo(location),
            "uom", equalTo("EA"),
            "onHand", equalTo(0),
            "available", equalTo(0),
            "inventoryPosition", equalTo(0),
            "asOf", notNullValue());
  }

  @Test
  void unknownItemOrLocationIs404() {
    String item = ErpFixtures.item();
    String location = ErpFixtures.location();
    given()
        .header("Authorization", PLANNER)
        .get("/api/v1/inventory-positions/{item}/{location}", "NOPE", location)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", equalTo("No item NOPE"));
    given()
        .header("Authorization", PLANNER)
        .get("/api/v1/inventory-positions/{item}/{location}", item, "NOWHERE")
        .then()
        .statusCode(404)
        .body("detail", equalTo("No location NOWHERE"));
  }

  @Test
  void adjustmentChangesThePositionAndPublishesIt() {
    String item = ErpFixtures.item();
    String location = ErpFixtures.location();
    given()
        .header("Authorization", SERVICE)
        .contentType(ContentType.JSON)
        .body(adjustment(item, location, "100.5", "10"))
        .post("/api/v1/inventory-adjustments")
        .then()
        .statusCode(200)
        .body(
            "onHand", equalTo(100.5f),
            "allocated", equalTo(10),
            "available", equalTo(90.5f),
            "inventoryPosition", equalTo(90.5f));
    given()
        .header("Authorization", PLANNER)
        .get("/api/v1/inventory-positions/{item}/{location}", item, location)
        .then()
        .statusCode(200)
        .body("onHand", equalTo(100.5f), "available", equalTo(90.5f));

    String key = item + "@" + location;
    List<ConsumerRecord<String, String>> events =
        TopicReader.await("erp.inventory-events.v1", 1, r -> key.equals(r.key()));
    ConsumerRecord<String, String> event = events.get(0);
    assertThat(TopicReader.header(event, "ce_type"))
        .isEqualTo("io.distconnect.erp.InventoryPositionChanged.v1");
    assertThat(TopicReader.header(event, "ce_subject")).isEqualTo(key);
    assertThat(TopicReader.header(event, "ce_id")).isNotBlank();
    assertThat(TopicReader.header(event, "ce_source")).isEqualTo("/distconnect/erp-connector");
    assertThat(event.value())
        .contains("\"onHand\":\"100.5\"")
        .contains("\"available\":\"90.5\"")
        .contains("\"cause\":\"ADJUSTMENT\"");
  }

  @Test
  void adjustmentBelowZeroIs409AndEmptyAdjustmentIs400() {
    String item = ErpFixtures.item();
    String location = ErpFixtures.location();
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(adjustment(item, location, "-1", "0"))
        .post("/api/v1/inventory-adjustments")
        .then()
        .statusCode(409)
        .body(
            "detail",
            containsString("on hand of " + item + " at " + location + " would become -1 EA"));
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(adjustment(item, location, "0", "0"))
        .post("/api/v1/inventory-adjustments")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("onHandDelta"));
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(adjustment("NOPE", location, "1", "0"))
        .post("/api/v1/inventory-adjustments")
        .then()
        .statusCode(404);
    given()
        .header("Authorization", PLANNER)
        .contentType(ContentType.JSON)
        .body(adjustment(item, location, "1", "0"))
        .post("/api/v1/inventory-adjustments")
        .then()
        .statusCode(403);
  }

  @Test
  void adjustmentWithIdempotencyKeyIsAppliedOnce() {
    String item = ErpFixtures.item();
    String location = ErpFixtures.location();
    String key = UUID.randomUUID().toString();
    for (int i = 0; i < 2; i++) {
      given()
          .header("Authorization", ADMIN)
          .header("Idempotency-Key", key)
          .contentType(ContentType.JSON)
          .body(adjustment(item, location, "7", "0"))
          .post("/api/v1/inventory-adjustments")
          .then()
          .statusCode(200)
          .body("onHand", equalTo(7));
    }
    given()
        .header("Authorization", ADMIN)
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(adjustment(item, location, "8", "0"))
        .post("/api/v1/inventory-adjustments")
        .then()
        .statusCode(409);
    given()
        .header("Authorization", PLANNER)
        .get("/api/v1/inventory-positions/{item}/{location}", item, location)
        .then()
        .body("onHand", equalTo(7));
  }

  @Test
  void batchAnswersPositionsInOrderAndTheUnknownKeys() {
    String item = ErpFixtures.item();
    String location = ErpFixtures.location();
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(adjustment(item, location, "24", "0"))
        .post("/api/v1/inventory-adjustments")
        .then()
        .statusCode(200);
    String other = ErpFixtures.item();
    given()
        .header("Authorization", SERVICE)
        .contentType(ContentType.JSON)
        .body(
            """
            {"keys":[{"itemId":"%s","locationId":"%s"},{"itemId":"%s","locationId":"%s"},
                     {"itemId":"GHOST","locationId":"%s"},{"itemId":"%s","locationId":"%s"}]}
            """
                .formatted(item, location, other, location, location, item, location))
        .post("/api/v1/inventory-positions/batch")
        .then()
        .statusCode(200)
        .body(
            "positions.size()", equalTo(2),
            "positions[0].itemId", equalTo(item),
            "positions[0].onHand", equalTo(24),
            "positions[1].itemId", equalTo(other),
            "positions[1].onHand", equalTo(0),
            "missing.size()", equalTo(1),
            "missing[0].itemId", equalTo("GHOST"));
  }

  @Test
  void batchOfMoreThan500KeysOrNoneIs400() {
    String keys =
        IntStream.range(0, 501)
            .mapToObj(i -> "{\"itemId\":\"I" + i + "\",\"locationId\":\"L\"}")
            .collect(Collectors.joining(","));
    given()
        .header("Authorization", SERVICE)
        .contentType(ContentType.JSON)
        .body("{\"keys\":[" + keys + "]}")
        .post("/api/v1/inventory-positions/batch")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("keys"));
    given()
        .header("Authorization", SERVICE)
        .contentType(ContentType.JSON)
        .body("{\"keys\":[]}")
        .post("/api/v1/inventory-positions/batch")
        .then()
        .statusCode(400);
    given()
        .contentType(ContentType.JSON)
        .body("{\"keys\":[]}")
        .post("/api/v1/inventory-positions/batch")
        .then()
        .statusCode(401);
  }
}
