package io.distconnect.planning.api;

import static io.distconnect.planning.Fixtures.item;
import static io.distconnect.planning.Fixtures.location;
import static io.distconnect.planning.Fixtures.publication;
import static io.distconnect.planning.Fixtures.publish;
import static io.distconnect.planning.Fixtures.row;
import static io.distconnect.planning.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.distconnect.planning.messaging.OutboxEvent;
import io.distconnect.testsupport.OnVertx;
import io.distconnect.testsupport.TestTokens;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Re-sending a publication (same content, or same Idempotency-Key) publishes nothing new. */
@QuarkusTest
class IdempotentPublicationTest {

  private String sku;
  private String dc;
  private String cycle;

  @BeforeEach
  void masterData() {
    sku = unique("SKU");
    dc = unique("DC");
    cycle = unique("2027-W10");
    item(sku, "GROCERY");
    location(dc);
  }

  private long events() {
    return OnVertx.await(
        () ->
            Panache.withSession(() -> OutboxEvent.count("payload like ?1", "%\"" + cycle + "\"%")));
  }

  private Response publishWithKey(String key, List<Map<String, Object>> rows) {
    return given()
        .header("Authorization", TestTokens.bearer("service"))
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(publication(cycle, rows))
        .post("/api/v1/forecast-publications");
  }

  @Test
  void sameContentIsADuplicateWithoutEvents() {
    List<Map<String, Object>> rows =
        List.of(row(sku, dc, "2027-03-01", "10"), row(sku, dc, "2027-03-08", "20"));
    String first = publish(cycle, rows).then().statusCode(201).extract().path("id");
    assertThat(events()).isEqualTo(2);

    publish(cycle, rows)
        .then()
        .statusCode(201)
        .body("status", equalTo("DUPLICATE"))
        .body("version", equalTo(1))
        .body("duplicateOf", equalTo(first))
        .body("revisionsEmitted", equalTo(0));
    assertThat(events()).isEqualTo(2);
  }

  @Test
  void sameIdempotencyKeyIsAnsweredAgainAndOtherContentIsAConflict() {
    String key = unique("key");
    List<Map<String, Object>> rows = List.of(row(sku, dc, "2027-03-01", "10"));
    String id = publishWithKey(key, rows).then().statusCode(201).extract().path("id");

    publishWithKey(key, rows)
        .then()
        .statusCode(200)
        .header("Idempotent-Replayed", "true")
        .body("id", equalTo(id))
        .body("version", equalTo(1));
    assertThat(events()).isEqualTo(1);

    publishWithKey(key, List.of(row(sku, dc, "2027-03-01", "99")))
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    assertThat(events()).isEqualTo(1);
  }
}
