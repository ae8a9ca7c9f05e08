package io.distconnect.contracts.event;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * The JSON form of events, shared by producers and consumers so both sides agree byte for byte:
 *
 * <ul>
 *   <li>decimals ({@link BigDecimal}: quantities, prices, deltas) are JSON <b>strings</b> in plain
 *       notation ({@code "24"}, {@code "0.125"}), so no consumer reads them through a binary
 *       floating-point number; numbers are still accepted on input;
 *   <li>dates and times are ISO-8601 strings ({@code "2025-03-31"}, {@code
 *       "2025-03-03T08:15:30Z"}), zones as region ids, currencies as ISO 4217 codes;
 *   <li>absent optional fields are left out, never written as {@code null};
 *   <li>unknown fields are ignored on input, so adding an optional field stays compatible;
 *   <li>a document is one JSON value: trailing content and a bare {@code null} are refused.
 * </ul>
 */
public final class EventJson {
  private static final ObjectMapper MAPPER = configure(new ObjectMapper());

  private EventJson() {}

  /**
   * The shared, preconfigured mapper. Thread-safe; do not reconfigure it — use {@link
   * #configure(ObjectMapper)} on a mapper of your own instead.
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Applies the event JSON conventions to {@code mapper} (a Quarkus {@code ObjectMapperCustomizer}
   * can call this) and returns it.
   */
  public static ObjectMapper configure(ObjectMapper mapper) {
    mapper.registerModule(new JavaTimeModule());
    mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    mapper.configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);
    mapper
        .configOverride(BigDecimal.class)
        .setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
    mapper.setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
    return mapper;
  }

  public static byte[] toBytes(Object payload) {
    try {
      return MAPPER.writeValueAsBytes(payload);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("Cannot serialise " + describe(payload), e);
    }
  }

  public static String toJson(Object payload) {
    try {
      return MAPPER.writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("Cannot serialise " + describe(payload), e);
    }
  }

  public static JsonNode toTree(Object payload) {
    return MAPPER.valueToTree(payload);
  }

  /**
   * @throws UncheckedIOException when the JSON is malformed or the record refuses the values
   */
  public static <T> T fromJson(byte[] json, Class<T> type) {
    try {
      return requirePresent(MAPPER.readValue(json, type), type);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot read " + type.getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  public static <T> T fromJson(String json, Class<T> type) {
    return fromJson(json.getBytes(StandardCharsets.UTF_8), type);
  }

  public static <T> T fromTree(JsonNode json, Class<T> type) {
    try {
      return requirePresent(MAPPER.treeToValue(json, type), type);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot read " + type.getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  /** Reads the payload of an event of a known type (from its {@code ce_type} header). */
  public static EventPayload read(EventType type, byte[] json) {
    return fromJson(json, type.payloadClass());
  }

  /** Reads the payload of an event by its type name; unknown names are refused. */
  public static EventPayload read(String typeName, byte[] json) {
    return read(EventType.fromTypeName(typeName), json);
  }

  /** A JSON {@code null} (or nothing) is not an event; refuse it here rather than NPE later. */
  private static <T> T requirePresent(T value, Class<T> type) throws IOException {
    if (value == null) {
      throw new IOException("no " + type.getSimpleName() + " in a null or empty document");
    }
    return value;
  }

  private static String describe(Object payload) {
    return payload == null ? "null" : payload.getClass().getSimpleName();
  }
}
