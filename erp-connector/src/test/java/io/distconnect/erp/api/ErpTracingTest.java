package io.distconnect.erp.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.distconnect.testsupport.InMemorySpans;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A caller's trace continues through the REST call, the outbox and the Kafka producer span of the
 * event it caused, although the relay publishes later on another thread.
 */
@QuarkusTest
class ErpTracingTest {

  @Inject InMemorySpanExporter spans;

  @Test
  void goodsReceiptEventsArePublishedInTheCallersTrace() {
    String location = ErpFixtures.location();
    String item = ErpFixtures.item();
    String number = ErpFixtures.order(ErpFixtures.supplier(), location, item, "2", "CS");
    String traceId = UUID.randomUUID().toString().replace("-", "");
    String callerSpan = "00f067aa0ba902b7";

    given()
        .header("Authorization", ErpFixtures.SERVICE)
        .header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
        .contentType(ContentType.JSON)
        .body(
            """
            {"purchaseOrderNumber":"%s","lineNumber":1,"quantity":1,"uom":"CS","receiptDate":"2026-11-20"}
            """
                .formatted(number))
        .post("/api/v1/goods-receipts")
        .then()
        .statusCode(201);

    // One producer span per event: GoodsReceived, InventoryPositionChanged,
    // ErpPurchaseOrderChanged.
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                InMemorySpans.trace(spans, traceId).stream()
                        .filter(s -> s.getKind() == SpanKind.PRODUCER)
                        .count()
                    >= 3);
    List<SpanData> all = InMemorySpans.trace(spans, traceId);
    String tree = InMemorySpans.render(all);
    Map<String, SpanData> byId =
        all.stream().collect(Collectors.toMap(SpanData::getSpanId, Function.identity()));
    SpanData server =
        all.stream().filter(s -> s.getKind() == SpanKind.SERVER).findFirst().orElseThrow();
    assertThat(server.getParentSpanId()).as(tree).isEqualTo(callerSpan);
    List<SpanData> producers = all.stream().filter(s -> s.getKind() == SpanKind.PRODUCER).toList();
    assertThat(producers)
        .as(tree)
        .extracting(SpanData::getName)
        .anySatisfy(n -> assertThat(n).contains("erp.inventory-events.v1"))
        .anySatisfy(n -> assertThat(n).contains("erp.purchase-order-events.v1"));
    assertThat(producers)
        .as("every producer span descends from the REST span" + tree)
        .allSatisfy(p -> assertThat(descendsFrom(p, server, byId)).isTrue());
  }

  private static boolean descendsFrom(
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
