package io.distconnect.contracts.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import io.distconnect.contracts.event.EventJson;
import io.distconnect.contracts.event.EventPayload;
import io.distconnect.contracts.event.EventType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks event payloads against their JSON Schemas (draft 2020-12, formats asserted). Producers
 * validate before writing to the outbox, consumers before acting, so a bad payload is caught at the
 * edge with every problem listed.
 *
 * <p>All schemas are read from the classpath once, when the validator is built, and are then
 * read-only: one instance (usually {@link #shared()}) serves any number of threads.
 */
public final class EventSchemaValidator {
  private static final String DOCUMENT_ROOT = "";

  private final Map<EventType, Schema> schemas;

  /**
   * Loads every catalog schema now, so a missing or broken schema fails at startup.
   *
   * @throws IllegalStateException when a schema resource is missing or is not a valid schema
   */
  public EventSchemaValidator() {
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .formatAssertionsEnabled(true)
            .build();
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, builder -> builder.schemaRegistryConfig(config));
    Map<EventType, Schema> loaded = new EnumMap<>(EventType.class);
    for (EventType type : EventType.values()) {
      loaded.put(type, load(registry, type));
    }
    this.schemas = Collections.unmodifiableMap(loaded);
  }

  /** A process-wide instance, built on first use. */
  public static EventSchemaValidator shared() {
    return Shared.INSTANCE;
  }

  /** Every violation of {@code type}'s schema; empty when the payload is valid. */
  public List<SchemaViolation> validate(EventType type, JsonNode payload) {
    Objects.requireNonNull(type, "event type");
    Objects.requireNonNull(payload, "payload");
    return toViolations(schemas.get(type).validate(payload.toString(), InputFormat.JSON));
  }

  private static List<SchemaViolation> toViolations(List<Error> errors) {
    List<SchemaViolation> violations = new ArrayList<>(errors.size());
    for (Error error : errors) {
      violations.add(toViolation(error));
    }
    return List.copyOf(violations);
  }

  /** As {@link #validate(EventType, JsonNode)}; bytes that are not JSON give one violation. */
  public List<SchemaViolation> validate(EventType type, byte[] payload) {
    Objects.requireNonNull(type, "event type");
    Objects.requireNonNull(payload, "payload");
    String text = strictUtf8(payload);
    if (text != null) {
      List<SchemaViolation> violations = validateText(type, text);
      if (violations != null) {
        return violations;
      }
    }
    // Not UTF-8, empty or not JSON: Jackson's own parse names the problem.
    JsonNode tree;
    try {
      tree = EventJson.mapper().readTree(payload);
    } catch (JsonProcessingException e) {
      return List.of(
          new SchemaViolation(DOCUMENT_ROOT, "json", "not valid JSON: " + e.getOriginalMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (tree == null || tree.isMissingNode()) {
      return List.of(new SchemaViolation(DOCUMENT_ROOT, "json", "empty payload"));
    }
    return validate(type, tree);
  }

  public List<SchemaViolation> validate(EventType type, String payload) {
    Objects.requireNonNull(type, "event type");
    Objects.requireNonNull(payload, "payload");
    List<SchemaViolation> violations = validateText(type, payload);
    return violations != null
        ? violations
        : validate(type, payload.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Validates JSON text with the validator's own single parse; null when the text is blank or not
   * JSON, for the caller to report. Why text and not our tree: the validator reads Jackson 3 trees
   * and ours are Jackson 2, so handing over a tree meant serialising and parsing it once more —
   * about half of all validation time in the end-to-end profile (docs/benchmarks.md).
   */
  private List<SchemaViolation> validateText(EventType type, String text) {
    if (text.isBlank()) {
      return null;
    }
    List<Error> errors;
    try {
      errors = schemas.get(type).validate(text, InputFormat.JSON);
    } catch (RuntimeException notJson) {
      return null;
    }
    return toViolations(errors);
  }

  /** The bytes as text, or null when they are not well-formed UTF-8. */
  private static String strictUtf8(byte[] payload) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(payload))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * Validates by CloudEvents type name, as a consumer reads it from {@code ce_type}.
   *
   * @throws io.distconnect.contracts.event.UnknownEventTypeException for a type not in the catalog
   */
  public List<SchemaViolation> validate(String typeName, byte[] payload) {
    return validate(EventType.fromTypeName(typeName), payload);
  }

  /** Validates a record as it will be serialised by {@link EventJson}. */
  public List<SchemaViolation> validate(EventPayload payload) {
    Objects.requireNonNull(payload, "payload");
    return validate(payload.eventType(), EventJson.toTree(payload));
  }

  /**
   * @throws EventValidationException carrying every violation, when there is any
   */
  public void validateOrThrow(EventType type, JsonNode payload) {
    throwIfAny(type, validate(type, payload));
  }

  /** For a producer that has serialised the event already and stores exactly that text. */
  public void validateOrThrow(EventType type, String json) {
    throwIfAny(type, validate(type, json));
  }

  public void validateOrThrow(EventType type, byte[] payload) {
    throwIfAny(type, validate(type, payload));
  }

  public void validateOrThrow(String typeName, byte[] payload) {
    EventType type = EventType.fromTypeName(typeName);
    throwIfAny(type, validate(type, payload));
  }

  public void validateOrThrow(EventPayload payload) {
    throwIfAny(payload.eventType(), validate(payload));
  }

  private static void throwIfAny(EventType type, List<SchemaViolation> violations) {
    if (!violations.isEmpty()) {
      throw new EventValidationException(type, violations);
    }
  }

  private static SchemaViolation toViolation(Error error) {
    String pointer = error.getInstanceLocation().toString();
    if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
      pointer = pointer + "/" + escape(error.getProperty());
    }
    return new SchemaViolation(pointer, error.getKeyword(), error.getMessage());
  }

  /** RFC 6901 escaping of one reference token. */
  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  private static Schema load(SchemaRegistry registry, EventType type) {
    String resource = type.schemaResource();
    try (InputStream in =
        EventSchemaValidator.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Schema resource " + resource + " is missing");
      }
      Schema schema =
          registry.getSchema(SchemaLocation.of("classpath:" + resource), in, InputFormat.JSON);
      schema.initializeValidators();
      return schema;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read schema " + resource, e);
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "Schema " + resource + " cannot be loaded: " + e.getMessage(), e);
    }
  }

  private static final class Shared {
    private static final EventSchemaValidator INSTANCE = new EventSchemaValidator();
  }
}
