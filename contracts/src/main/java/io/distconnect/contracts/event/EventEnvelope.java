package io.distconnect.contracts.event;

import io.distconnect.contracts.model.Checks;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/**
 * A CloudEvent as distconnect uses it, without any messaging library's types: what a service puts
 * in its outbox table and maps onto SmallRye's outgoing CloudEvent metadata (and reads back from
 * the incoming metadata). The {@code subject} is also the Kafka record key.
 *
 * @param id unique per event; consumers de-duplicate on it (inbox)
 * @param type the catalog's type name, matching {@code data}
 * @param source {@code /distconnect/<service>}
 * @param subject {@link EventPayload#partitionKey()} of {@code data}
 * @param time when the event happened
 * @param data the payload record
 */
public record EventEnvelope<T extends EventPayload>(
    String id, String type, URI source, String subject, Instant time, T data) {

  public EventEnvelope {
    Checks.requireNonBlank(id, "event id");
    Checks.requireNonBlank(type, "event type");
    Checks.required(source, "event source");
    Checks.requireNonBlank(subject, "event subject");
    Checks.required(time, "event time");
    Checks.required(data, "event data");
    if (!data.eventType().typeName().equals(type)) {
      throw new IllegalArgumentException(
          "type " + type + " does not match the data, which is " + data.eventType().typeName());
    }
    if (!data.partitionKey().equals(subject)) {
      throw new IllegalArgumentException(
          "subject " + subject + " does not match the data's key " + data.partitionKey());
    }
  }

  /** A new envelope with a random UUID id, the data's type and subject, from {@code service}. */
  public static <T extends EventPayload> EventEnvelope<T> wrap(
      T data, String service, Instant time) {
    Checks.required(data, "event data");
    return new EventEnvelope<>(
        UUID.randomUUID().toString(),
        data.eventType().typeName(),
        CloudEventsConventions.source(service),
        data.partitionKey(),
        time,
        data);
  }

  /** Always {@value CloudEventsConventions#SPEC_VERSION}. */
  public String specVersion() {
    return CloudEventsConventions.SPEC_VERSION;
  }

  /** Always {@value CloudEventsConventions#DATA_CONTENT_TYPE}. */
  public String dataContentType() {
    return CloudEventsConventions.DATA_CONTENT_TYPE;
  }

  public EventType eventType() {
    return data.eventType();
  }

  /** The topic the event goes to. */
  public String topic() {
    return data.eventType().topic();
  }
}
