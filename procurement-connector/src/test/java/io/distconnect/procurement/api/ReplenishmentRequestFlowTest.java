package io.distconnect.procurement.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.distconnect.testsupport.InMemorySpans;
import io.distconnect.testsupport.TestTokens;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A buyer's request goes REST → outbox → Kafka → the service's own consumer → database, and the
 * whole way is one trace.
 */
@QuarkusTest
class ReplenishmentRequestFlowTest {

  private static final String BUYER = TestTokens.bearer("buyer");

  @Inject InMemorySpanExporter spans;

  private static String body(String item) {
    return """
        {"itemId":"%s","locationId":"DC-EAST","quantity":"240","uom":"EA",
         "needByDate":"%s","decisionKind":"NEW_ORDER"}
        """
        .formatted(item, LocalDate.now().plusDays(14));
  }

  private static String submit(String body, String traceparent) {
    var request = given().header("Authorization", BUYER).contentType(ContentType.JSON).body(body);
    if (traceparent != null) {
      request.header("traceparent", traceparent);
    }
    return request
        .post("/api/v1/replenishment-requests")
        .then()
        .statusCode(202)
        .body("status", equalTo("QUEUED"))
        .extract()
        .path("requestId");
  }

  @Test
  void queuedRequestIsConsumedAndRecorded() {
    String requestId = submit(body("SKU-FLOW-1"), null);
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                given()
                    .header("Authorization", BUYER)
                    .get("/api/v1/replenishment-requests/{id}", requestId)
                    .then()
                    .statusCode(200)
                    .body(
                        "itemId", equalTo("SKU-FLOW-1"),
                        "quantity", equalTo(240.0f),
                        "uom", equalTo("EA"),
                        // Sourced in the consumer's transaction; no contract for this item.
                        "status", equalTo("SOURCING_FAILED"),
                        "requestedBy", equalTo("/distconnect/procurement-connector")));
  }

  @Test
  void restProducerAndConsumerSpansAreOneTrace() {
    String traceId = UUID.randomUUID().toString().replace("-", "");
    String callerSpan = "00f067aa0ba902b7";
    String requestId = submit(body("SKU-TRACE-1"), "00-" + traceId + "-" + callerSpan + "-01");
    String trace = traceId;

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(InMemorySpans.trace(spans, trace))
                    .extracting(SpanData::getKind)
                    .contains(SpanKind.SERVER, SpanKind.PRODUCER, SpanKind.CONSUMER));

    List<SpanData> all = InMemorySpans.trace(spans, trace);
    Map<String, SpanData> byId =
        all.stream().collect(Collectors.toMap(SpanData::getSpanId, Function.identity()));
    String tree = InMemorySpans.render(all);

    SpanData server = only(all, SpanKind.SERVER, tree);
    assertThat(server.getParentSpanId()).as(tree).isEqualTo(callerSpan);
    // The request's own event; the same trace goes on to publish on other topics (a sourcing
    // exception for this contract-less item), so the producer span is picked by its topic.
    List<SpanData> requestProducers =
        all.stream()
            .filter(s -> s.getKind() == SpanKind.PRODUCER)
            .filter(s -> s.getName().equals("procurement.replenishment-requests.v1 publish"))
            .toList();
    assertThat(requestProducers).as(tree).hasSize(1);
    SpanData producer = requestProducers.get(0);
    assertThat(isDescendant(producer, server, byId))
        .as("producer span descends from the REST span" + tree)
        .isTrue();
    SpanData consumer =
        all.stream()
            .filter(s -> s.getKind() == SpanKind.CONSUMER)
            .filter(s -> s.getParentSpanId().equals(producer.getSpanId()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no consumer span under the producer" + tree));
    assertThat(consumer.getName()).contains("procurement.replenishment-requests.v1");
    assertThat(requestId).startsWith("RR-");
  }

  @Test
  void invalidRequestIs400WithFields() {
    given()
        .header("Authorization", BUYER)
        .contentType(ContentType.JSON)
        .body(
            """
            {"itemId":"","locationId":"DC-EAST","quantity":"-5","uom":"EA",
             "needByDate":"2001-01-01","decisionKind":"NEW_ORDER"}
            """)
        .post("/api/v1/replenishment-requests")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", hasItems("itemId", "quantity", "needByDate"));
  }

  @Test
  void unknownUnitIs400AndPlannerIs403AndNoTokenIs401() {
    given()
        .header("Authorization", BUYER)
        .contentType(ContentType.JSON)
        .body(body("SKU-1").replace("\"EA\"", "\"FURLONG\""))
        .post("/api/v1/replenishment-requests")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", equalTo("uom"));
    given()
        .header("Authorization", TestTokens.bearer("planner"))
        .contentType(ContentType.JSON)
        .body(body("SKU-1"))
        .post("/api/v1/replenishment-requests")
        .then()
        .statusCode(403);
    given()
        .contentType(ContentType.JSON)
        .body(body("SKU-1"))
        .post("/api/v1/replenishment-requests")
        .then()
        .statusCode(401);
  }

  private static SpanData only(List<SpanData> spans, SpanKind kind, String tree) {
    List<SpanData> matching = spans.stream().filter(s -> s.getKind() == kind).toList();
    assertThat(matching).as("exactly one " + kind + " span" + tree).hasSize(1);
    return matching.get(0);
  }

  private static boolean isDescendant(
      SpanData span, SpanData ancestor, Map<String, SpanData> byId) {
    SpanData current = span;
    while (current != null) {
      if (current.getParentSpanId().equals(ancestor.getSpanId())) {
        return true;
      }
      current = byId.get(current.getParentSpanId());
    }
    return false;
  }
}
