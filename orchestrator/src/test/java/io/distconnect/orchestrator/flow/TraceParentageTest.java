package io.distconnect.orchestrator.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.distconnect.contracts.event.Topics;
import io.distconnect.orchestrator.Flow;
import io.distconnect.testsupport.InMemorySpans;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One replenishment flow is one trace: the planning connector's context arrives in the {@code
 * traceparent} header of {@code ForecastRevised}; the orchestrator's CONSUMER span continues it,
 * the background enrichment and its REST calls to erp-connector and procurement-connector continue
 * the case's stored context, and the outbox relay's PRODUCER span of {@code ReplenishmentRequested}
 * — published later, on another thread — is a child of the context stored with the outbox row.
 */
@QuarkusTest
class TraceParentageTest {

  private static final AttributeKey<String> URL = AttributeKey.stringKey("url.full");

  @Inject InMemorySpanExporter spans;
  @Inject CircuitBreakerMaintenance breakers;

  @BeforeEach
  void resetBreakers() {
    breakers.resetAll();
  }

  @Test
  void forecastToReplenishmentRequestIsOneTraceWithCorrectParents() {
    try (Flow flow = new Flow("TRACE")) {
      flow.item().position(100, 20, 0, 0).contract("2.00").noOpenOrders();
      String traceId = UUID.randomUUID().toString().replace("-", "");
      String plannerSpan = "00f067aa0ba902b7";
      flow.send(
          flow.forecast("C-1", 2, "750", "900", Instant.now()),
          Map.of("traceparent", "00-" + traceId + "-" + plannerSpan + "-01"));

      await().atMost(Duration.ofSeconds(30)).until(() -> "SOURCING".equals(flow.state()));
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> producer(InMemorySpans.trace(spans, traceId)) != null);
      List<SpanData> all = InMemorySpans.trace(spans, traceId);
      String tree = render(all);
      Map<String, SpanData> byId =
          all.stream().collect(Collectors.toMap(SpanData::getSpanId, Function.identity()));

      SpanData consumer =
          all.stream()
              .filter(s -> s.getKind() == SpanKind.CONSUMER)
              .filter(s -> s.getName().contains(Topics.FORECAST_REVISIONS))
              .findFirst()
              .orElse(null);
      assertThat(consumer).as("consumer span" + tree).isNotNull();
      assertThat(consumer.getParentSpanId()).as(tree).isEqualTo(plannerSpan);

      SpanData enrich =
          all.stream().filter(s -> s.getName().equals("case enrich")).findFirst().orElse(null);
      assertThat(enrich).as("worker span" + tree).isNotNull();
      assertThat(descendsFrom(enrich, consumer, byId))
          .as("the worker continues the consumer's trace" + tree)
          .isTrue();

      // HTTP client spans (database calls are CLIENT spans too, without a URL).
      List<SpanData> clients =
          all.stream()
              .filter(s -> s.getKind() == SpanKind.CLIENT && s.getAttributes().get(URL) != null)
              .toList();
      assertThat(clients)
          .as("REST calls to both connectors" + tree)
          .extracting(s -> String.valueOf(s.getAttributes().get(URL)))
          .anySatisfy(u -> assertThat(u).contains("/api/v1/items/" + flow.item))
          .anySatisfy(u -> assertThat(u).contains("/api/v1/purchase-orders"))
          .anySatisfy(u -> assertThat(u).contains("/api/v1/supplier-contracts"));
      assertThat(
              clients.stream().filter(c -> !descendsFrom(c, enrich, byId)).map(SpanData::getName))
          .as("REST calls outside the worker span" + tree)
          .isEmpty();

      SpanData producer = producer(all);
      assertThat(producer.getParentSpanId())
          .as("the relay's producer span is a child of the context stored with the event" + tree)
          .isEqualTo(enrich.getSpanId());
    }
  }

  private static SpanData producer(List<SpanData> trace) {
    return trace.stream()
        .filter(s -> s.getKind() == SpanKind.PRODUCER)
        .filter(s -> s.getName().contains(Topics.REPLENISHMENT_REQUESTS))
        .findFirst()
        .orElse(null);
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

  /** The trace with each span's URL, for assertion messages. */
  private static String render(List<SpanData> trace) {
    return InMemorySpans.render(trace)
        + trace.stream()
            .filter(s -> s.getAttributes().get(URL) != null)
            .map(s -> s.getSpanId() + " " + s.getAttributes().get(URL))
            .collect(Collectors.joining("\n  ", "  urls:\n  ", "\n"));
  }
}
