package io.distconnect.planning.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.distconnect.testsupport.KafkaBrokerResource;
import io.distconnect.testsupport.OnVertx;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/**
 * An event written to the outbox in a committed transaction reaches its Kafka topic, as a
 * CloudEvent in binary mode, in outbox order per key, in the trace that wrote it.
 */
@QuarkusTest
class OutboxRelayTest {

  @Inject EventOutbox outbox;
  @Inject Tracer tracer;

  @Test
  void committedEventIsPublishedWithKeyAndCloudEventsHeaders() {
    String topic = "planning.test-outbox." + UUID.randomUUID();
    String key = "SKU-1@DC-EAST";
    try (KafkaCompanion kafka = new KafkaCompanion(KafkaBrokerResource.bootstrapServers())) {
      kafka.topics().createAndWait(topic, 1);
      ConsumerTask<String, String> records = kafka.consumeStrings().fromTopics(topic, 1);

      OnVertx.await(
          () ->
              Panache.withTransaction(
                  () ->
                      outbox.append(
                          topic,
                          key,
                          "io.distconnect.planning.Test.v1",
                          key,
                          Map.of("item", "SKU-1", "quantity", "12"))));

      ConsumerRecord<String, String> record =
          records.awaitCompletion(Duration.ofSeconds(20)).getFirstRecord();
      assertThat(record.key()).isEqualTo(key);
      assertThat(record.value()).contains("\"item\":\"SKU-1\"");
      assertThat(header(record, "ce_type")).isEqualTo("io.distconnect.planning.Test.v1");
      assertThat(header(record, "ce_source")).isEqualTo("/distconnect/planning-connector");
      assertThat(header(record, "ce_subject")).isEqualTo(key);
      assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
      assertThat(header(record, "ce_id")).isNotBlank();
      assertThat(header(record, "content-type")).isEqualTo("application/json");
      assertThat(OffsetDateTime.parse(header(record, "ce_time")))
          .isCloseTo(OffsetDateTime.now(), within(1, ChronoUnit.MINUTES));
    }
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                OnVertx.await(
                        () ->
                            Panache.withSession(
                                () ->
                                    OutboxEvent.count(
                                        "topic = ?1 and publishedAt is not null", topic)))
                    == 1);
  }

  @Test
  void recordContinuesTheTraceThatWroteTheEventAndKeepsOutboxOrder() {
    String topic = "planning.test-outbox." + UUID.randomUUID();
    String key = "SKU-2@DC-WEST";
    Span writer = tracer.spanBuilder("test writer").startSpan();
    String traceId = writer.getSpanContext().getTraceId();
    try (KafkaCompanion kafka = new KafkaCompanion(KafkaBrokerResource.bootstrapServers())) {
      kafka.topics().createAndWait(topic, 3);
      ConsumerTask<String, String> records = kafka.consumeStrings().fromTopics(topic, 50);

      // The outbox stores the context current when the event is appended (on the Vert.x thread).
      Context writerContext = Context.root().with(writer);
      OnVertx.await(
          () ->
              Panache.withTransaction(
                  () ->
                      Multi.createFrom()
                          .range(0, 50)
                          .onItem()
                          .transformToUniAndConcatenate(n -> appendIn(writerContext, topic, key, n))
                          .collect()
                          .last()));
      writer.end();

      List<ConsumerRecord<String, String>> received =
          records.awaitCompletion(Duration.ofSeconds(20)).getRecords();
      assertThat(received)
          .extracting(ConsumerRecord::value)
          .containsExactlyElementsOf(
              IntStream.range(0, 50).mapToObj(n -> "{\"n\":" + n + "}").toList());
      // W3C traceparent: 00-<trace id>-<span id>-<flags>. Same trace as the writer, but the
      // parent is the relay's PRODUCER span, not the writer's span itself.
      assertThat(received)
          .extracting(r -> header(r, "traceparent").split("-"))
          .allSatisfy(
              parts -> {
                assertThat(parts[1]).isEqualTo(traceId);
                assertThat(parts[2]).isNotEqualTo(writer.getSpanContext().getSpanId());
              });
      assertThat(received).extracting(r -> header(r, "traceparent")).doesNotHaveDuplicates();
    }
  }

  private Uni<OutboxEvent> appendIn(Context context, String topic, String key, int n) {
    try (Scope ignored = context.makeCurrent()) {
      return outbox.append(topic, key, "io.distconnect.planning.Test.v1", key, Map.of("n", n));
    }
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    Header h = record.headers().lastHeader(name);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }
}
