package io.distconnect.contracts.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.distconnect.contracts.event.EventJson;
import io.distconnect.contracts.event.EventPayload;
import io.distconnect.contracts.event.EventType;
import io.distconnect.contracts.event.SampleEvents;
import io.distconnect.contracts.event.UnknownEventTypeException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class EventSchemaValidatorTest {
  private static final EventSchemaValidator VALIDATOR = EventSchemaValidator.shared();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Stands for "remove the field". */
  private static final JsonNode REMOVE = null;

  @ParameterizedTest
  @EnumSource(EventType.class)
  void realPayloadsAreValid(EventType type) {
    EventPayload sample = SampleEvents.of(type);
    assertThat(VALIDATOR.validate(sample)).isEmpty();
    assertThat(VALIDATOR.validate(type, EventJson.toBytes(sample))).isEmpty();
    assertThat(VALIDATOR.validate(type.typeName(), EventJson.toBytes(sample))).isEmpty();
    VALIDATOR.validateOrThrow(sample);
  }

  @ParameterizedTest
  @EnumSource(EventType.class)
  void unknownFieldsAreAllowedForForwardCompatibility(EventType type) {
    ObjectNode json = (ObjectNode) EventJson.toTree(SampleEvents.of(type));
    json.put("addedInALaterRelease", "anything");
    assertThat(VALIDATOR.validate(type, json)).isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("io.distconnect.contracts.schema.InvalidEventPayloads#all")
  void invalidPayloadsAreReportedAtTheOffendingField(
      EventType type, String what, String pointer, JsonNode value, String expectedPointer) {
    JsonNode json = mutate(EventJson.toTree(SampleEvents.of(type)), pointer, value);
    List<SchemaViolation> violations = VALIDATOR.validate(type, json);
    assertThat(violations).as(what).extracting(SchemaViolation::pointer).contains(expectedPointer);
    assertThat(violations).allSatisfy(v -> assertThat(v.message()).isNotBlank());
    assertThatThrownBy(() -> VALIDATOR.validateOrThrow(type, json))
        .isInstanceOf(EventValidationException.class);
    // Text and bytes (producers, consumers) are validated without our tree: same verdict.
    String text = json.toString();
    assertThat(VALIDATOR.validate(type, text)).as(what + " as text").isEqualTo(violations);
    assertThat(VALIDATOR.validate(type, text.getBytes(StandardCharsets.UTF_8)))
        .as(what + " as bytes")
        .isEqualTo(violations);
    assertThatThrownBy(() -> VALIDATOR.validateOrThrow(type, text))
        .isInstanceOf(EventValidationException.class);
  }

  @Test
  void bytesThatAreNotUtf8GiveOneViolation() {
    byte[] valid = EventJson.toBytes(SampleEvents.goodsReceived());
    byte[] latin1 =
        new String(valid, StandardCharsets.UTF_8)
            .replaceFirst("\"receiptId\":\"", "\"receiptId\":\"\u00e9")
            .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(VALIDATOR.validate(EventType.GOODS_RECEIVED, latin1))
        .extracting(SchemaViolation::keyword)
        .containsExactly("json");
  }

  @Test
  void everyViolationIsReportedNotJustTheFirst() {
    JsonNode json = EventJson.toTree(SampleEvents.goodsReceived());
    mutate(json, "/receiptId", REMOVE);
    mutate(json, "/quantity/value", TextNode.valueOf("-8"));
    mutate(json, "/openQuantity/uom", TextNode.valueOf("BOX"));
    assertThatThrownBy(() -> VALIDATOR.validateOrThrow(EventType.GOODS_RECEIVED, json))
        .isInstanceOf(EventValidationException.class)
        .hasMessageStartingWith("Invalid io.distconnect.erp.GoodsReceived.v1 payload")
        .satisfies(
            e -> {
              EventValidationException invalid = (EventValidationException) e;
              assertThat(invalid.eventType()).isEqualTo(EventType.GOODS_RECEIVED);
              assertThat(invalid.violations())
                  .extracting(SchemaViolation::pointer)
                  .contains("/receiptId", "/quantity/value", "/openQuantity/uom");
            });
  }

  @Test
  void bytesThatAreNotJsonGiveOneViolation() {
    List<SchemaViolation> violations =
        VALIDATOR.validate(
            EventType.GOODS_RECEIVED, "{\"receiptId\": ".getBytes(StandardCharsets.UTF_8));
    assertThat(violations).hasSize(1);
    assertThat(violations.get(0).pointer()).isEmpty();
    assertThat(violations.get(0).keyword()).isEqualTo("json");
    assertThat(VALIDATOR.validate(EventType.GOODS_RECEIVED, "")).hasSize(1);
    String valid = EventJson.toJson(SampleEvents.goodsReceived());
    assertThat(VALIDATOR.validate(EventType.GOODS_RECEIVED, valid + " trailing"))
        .extracting(SchemaViolation::keyword)
        .containsExactly("json");
    assertThat(VALIDATOR.validate(EventType.GOODS_RECEIVED, "[]")).isNotEmpty();
  }

  @Test
  void unknownEventTypeIsAClearError() {
    assertThatThrownBy(() -> VALIDATOR.validate("io.distconnect.erp.Nothing.v1", new byte[0]))
        .isInstanceOf(UnknownEventTypeException.class)
        .hasMessageContaining("io.distconnect.erp.Nothing.v1");
  }

  @Test
  void oneValidatorServesManyThreads() {
    JsonNode valid = EventJson.toTree(SampleEvents.purchaseOrderIssued());
    JsonNode invalid =
        mutate(
            EventJson.toTree(SampleEvents.purchaseOrderIssued()),
            "/lines/0/quantity/value",
            TextNode.valueOf("-1"));
    List<Integer> counts =
        IntStream.range(0, 200)
            .parallel()
            .mapToObj(
                i ->
                    VALIDATOR
                        .validate(EventType.PURCHASE_ORDER_ISSUED, i % 2 == 0 ? valid : invalid)
                        .size())
            .toList();
    for (int i = 0; i < counts.size(); i++) {
      if (i % 2 == 0) {
        assertThat(counts.get(i)).isZero();
      } else {
        assertThat(counts.get(i)).isPositive();
      }
    }
  }

  /** Sets (or with {@code null} removes) the value at a JSON pointer, in place. */
  static JsonNode mutate(JsonNode root, String pointer, JsonNode value) {
    JsonPointer path = JsonPointer.compile(pointer);
    JsonNode parent = root.at(path.head());
    String last = path.last().getMatchingProperty();
    if (parent instanceof ObjectNode object) {
      if (value == null) {
        assertThat(object.remove(last)).as("field to remove at " + pointer).isNotNull();
      } else {
        object.set(last, value);
      }
    } else if (parent instanceof ArrayNode array) {
      array.set(path.last().getMatchingIndex(), value);
    } else {
      throw new IllegalArgumentException("no container at " + pointer);
    }
    return root;
  }
}
