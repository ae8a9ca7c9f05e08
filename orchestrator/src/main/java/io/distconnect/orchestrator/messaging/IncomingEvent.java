package io.distconnect.orchestrator.messaging;

import io.distconnect.contracts.event.EventJson;
import io.distconnect.contracts.event.EventPayload;
import io.distconnect.contracts.event.EventType;
import io.distconnect.contracts.schema.EventSchemaValidator;
import io.distconnect.contracts.schema.SchemaViolation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * A CloudEvent read from a Kafka record in binary mode: the {@code ce_*} headers plus the JSON
 * payload, checked against the event type's schema before anything is applied.
 *
 * @param id the CloudEvents id, which the inbox de-duplicates on
 * @param type the event type
 * @param source the producing service
 * @param payload the validated, typed payload
 */
public record IncomingEvent(String id, EventType type, String source, EventPayload payload) {

  /**
   * Reads and validates a record.
   *
   * @throws PoisonMessageException when the record can never be processed
   */
  public static IncomingEvent parse(
      ConsumerRecord<String, byte[]> record, EventSchemaValidator validator) {
    String id = header(record, "ce_id");
    String typeName = header(record, "ce_type");
    if (id == null || typeName == null) {
      throw new PoisonMessageException(
          "Not a CloudEvent: the ce_id and ce_type headers are required");
    }
    EventType type =
        EventType.find(typeName)
            .orElseThrow(() -> new PoisonMessageException("Unknown event type " + typeName));
    if (record.value() == null) {
      throw new PoisonMessageException("Event " + id + " has no data");
    }
    // Raw bytes, not a String: a record that is not UTF-8 must reach the dead-letter topic as it
    // arrived, so that a replay can restore it exactly.
    byte[] data = record.value();
    List<SchemaViolation> violations;
    try {
      violations = validator.validate(type, data);
    } catch (RuntimeException e) {
      throw new PoisonMessageException("Event " + id + " is not JSON: " + e.getMessage(), e);
    }
    if (!violations.isEmpty()) {
      throw new PoisonMessageException(
          "Event "
              + id
              + " violates its schema: "
              + violations.stream()
                  .map(SchemaViolation::toString)
                  .collect(Collectors.joining("; ")));
    }
    try {
      return new IncomingEvent(id, type, header(record, "ce_source"), EventJson.read(type, data));
    } catch (RuntimeException e) {
      throw new PoisonMessageException(
          "Event " + id + " cannot be read as " + type.eventName() + ": " + e.getMessage(), e);
    }
  }

  /** The payload as the expected class, or a poison failure when another type arrived. */
  public <T extends EventPayload> T payloadAs(Class<T> expected) {
    if (!expected.isInstance(payload)) {
      throw new PoisonMessageException(
          "Expected " + expected.getSimpleName() + " but event " + id + " is " + type.eventName());
    }
    return expected.cast(payload);
  }

  private static String header(ConsumerRecord<String, byte[]> record, String name) {
    Header h = record.headers().lastHeader(name);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }
}
