package io.distconnect.orchestrator.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.distconnect.contracts.event.EventJson;
import io.distconnect.contracts.event.EventPayload;
import io.distconnect.contracts.event.EventType;
import io.distconnect.contracts.schema.EventSchemaValidator;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Writes events into the outbox table within the caller's transaction, so an event exists if and
 * only if the state change it describes was committed. The current trace context is stored with the
 * event so the relay's Kafka producer span continues the trace that caused the event.
 */
@ApplicationScoped
public class EventOutbox {

  private final ObjectMapper json = EventJson.mapper();
  private final EventSchemaValidator validator = EventSchemaValidator.shared();

  /**
   * Adds a canonical event to the outbox, after checking it against its schema: a producer never
   * publishes what its consumers would reject. Topic, key, type and subject come from the event
   * catalog. Must run inside an active Hibernate Reactive transaction.
   */
  public Uni<OutboxEvent> publish(EventPayload event) {
    EventType type = EventType.of(event.getClass());
    // Serialised once: the text that is validated is the text that is stored and sent.
    String json = EventJson.toJson(event);
    validator.validateOrThrow(type, json);
    String key = event.partitionKey();
    return append(type.topic(), key, type.typeName(), key, json);
  }

  /**
   * Adds an event to the outbox. Must run inside an active Hibernate Reactive transaction.
   *
   * @param topic the Kafka topic
   * @param key the record key (item@location or a document number) that keeps related events in
   *     order
   * @param type the CloudEvents type
   * @param subject the CloudEvents subject
   * @param data the event payload, serialised as JSON
   */
  public Uni<OutboxEvent> append(
      String topic, String key, String type, String subject, Object data) {
    OutboxEvent event = new OutboxEvent();
    event.id = UUID.randomUUID();
    event.topic = topic;
    event.recordKey = key;
    event.type = type;
    event.subject = subject;
    event.createdAt = Instant.now();
    try {
      event.payload = data instanceof String s ? s : json.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      return Uni.createFrom().failure(new IllegalArgumentException("Event payload is not JSON", e));
    }
    Map<String, String> carrier = new HashMap<>();
    W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
    event.traceparent = carrier.get("traceparent");
    event.tracestate = carrier.get("tracestate");
    return event.persist();
  }
}
