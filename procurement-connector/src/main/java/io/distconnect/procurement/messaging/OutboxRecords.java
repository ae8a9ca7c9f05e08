package io.distconnect.procurement.messaging;

import io.distconnect.procurement.config.OutboxConfig;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Headers;

/**
 * Turns an outbox row into the Kafka record the relay sends, as SmallRye's Kafka sink would in
 * CloudEvents binary mode ({@code ce_*} headers, {@code content-type}), and opens the record's
 * {@code PRODUCER} span as a child of the trace that wrote the event, propagated in the record's
 * headers so the consumer's span continues the same trace.
 *
 * <p>The relay writes through the channel's producer itself rather than one {@code Message} per
 * event through the emitter: per message the sink's Mutiny pipeline, context propagation and
 * completion hops cost more than the send, and a bulk publication of 30,000 revisions was bound by
 * them (see docs/benchmarks.md).
 */
@ApplicationScoped
public class OutboxRecords {

  private static final AttributeKey<String> SYSTEM = AttributeKey.stringKey("messaging.system");
  private static final AttributeKey<String> DESTINATION =
      AttributeKey.stringKey("messaging.destination.name");
  private static final AttributeKey<String> OPERATION =
      AttributeKey.stringKey("messaging.operation");
  private static final AttributeKey<String> MESSAGE_ID =
      AttributeKey.stringKey("messaging.message.id");
  private static final AttributeKey<String> KEY =
      AttributeKey.stringKey("messaging.kafka.message.key");
  private static final AttributeKey<String> PARTITION =
      AttributeKey.stringKey("messaging.destination.partition.id");
  private static final AttributeKey<Long> OFFSET =
      AttributeKey.longKey("messaging.kafka.message.offset");

  private static final TextMapGetter<Map<String, String>> MAP_GETTER =
      new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
          return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
          return carrier == null ? null : carrier.get(key);
        }
      };

  private final Tracer tracer;
  private final TextMapPropagator propagator;
  private final byte[] source;

  public OutboxRecords(OpenTelemetry openTelemetry, OutboxConfig config) {
    this.tracer = openTelemetry.getTracer("io.distconnect.outbox");
    this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
    this.source = bytes(config.source());
  }

  /** A record about to be sent and its open producer span. */
  public record Outgoing(ProducerRecord<String, String> record, Span span) {

    /** Ends the span with the broker's answer. */
    public void sent(RecordMetadata metadata, Exception failure) {
      if (failure != null) {
        span.recordException(failure);
        span.setStatus(StatusCode.ERROR, failure.getMessage());
      } else if (metadata != null) {
        span.setAttribute(PARTITION, Integer.toString(metadata.partition()));
        span.setAttribute(OFFSET, metadata.offset());
      }
      span.end();
    }
  }

  /** Builds the record of an outbox row and starts its span (ended by {@link Outgoing#sent}). */
  public Outgoing toRecord(Row row) {
    String topic = row.getString("topic");
    String key = row.getString("record_key");
    String id = row.getUUID("id").toString();
    Span span =
        tracer
            .spanBuilder(topic + " publish")
            .setSpanKind(SpanKind.PRODUCER)
            .setParent(parentContext(row))
            .setAttribute(SYSTEM, "kafka")
            .setAttribute(DESTINATION, topic)
            .setAttribute(OPERATION, "publish")
            .setAttribute(MESSAGE_ID, id)
            .setAttribute(KEY, key)
            .startSpan();
    ProducerRecord<String, String> record =
        new ProducerRecord<>(topic, null, key, row.getString("payload"));
    Headers headers = record.headers();
    headers.add("ce_specversion", bytes("1.0"));
    headers.add("ce_id", bytes(id));
    headers.add("ce_type", bytes(row.getString("type")));
    headers.add("ce_source", source);
    String subject = row.getString("subject");
    if (subject != null) {
      headers.add("ce_subject", bytes(subject));
    }
    headers.add(
        "ce_time",
        bytes(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                row.getOffsetDateTime("created_at").atZoneSameInstant(ZoneOffset.UTC))));
    headers.add("content-type", bytes("application/json"));
    propagator.inject(
        Context.root().with(span), headers, (h, name, value) -> h.add(name, bytes(value)));
    return new Outgoing(record, span);
  }

  /** The trace context that was current when the event was written, so one flow is one trace. */
  private Context parentContext(Row row) {
    String traceparent = row.getString("traceparent");
    if (traceparent == null) {
      return Context.root();
    }
    Map<String, String> carrier =
        row.getString("tracestate") == null
            ? Map.of("traceparent", traceparent)
            : Map.of("traceparent", traceparent, "tracestate", row.getString("tracestate"));
    return propagator.extract(Context.root(), carrier, MAP_GETTER);
  }

  private static byte[] bytes(String value) {
    return value.getBytes(StandardCharsets.UTF_8);
  }
}
