package io.distconnect.contracts.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
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

  static Stream<Arguments> invalidPayloads() {
    return Stream.of(
        // ForecastRevised
        invalid(EventType.FORECAST_REVISED, "missing field", "/itemId", REMOVE, "/itemId"),
        invalid(EventType.FORECAST_REVISED, "wrong type", "/version", text("two"), "/version"),
        invalid(
            EventType.FORECAST_REVISED,
            "negative quantity",
            "/newQuantity",
            text("-5"),
            "/newQuantity"),
        invalid(EventType.FORECAST_REVISED, "unknown unit", "/uom", text("XYZ"), "/uom"),
        invalid(
            EventType.FORECAST_REVISED,
            "number not string",
            "/oldQuantity",
            NODES.numberNode(400),
            "/oldQuantity"),
        invalid(EventType.FORECAST_REVISED, "ratio against zero", "/oldQuantity", text("0"), ""),
        invalid(
            EventType.FORECAST_REVISED,
            "impossible date",
            "/periodStart",
            text("2025-02-30"),
            "/periodStart"),
        // ReplenishmentRequested
        invalid(EventType.REPLENISHMENT_REQUESTED, "missing field", "/caseId", REMOVE, "/caseId"),
        invalid(
            EventType.REPLENISHMENT_REQUESTED, "wrong type", "/quantity", text("288"), "/quantity"),
        invalid(
            EventType.REPLENISHMENT_REQUESTED,
            "negative quantity",
            "/quantity/value",
            text("-288"),
            "/quantity/value"),
        invalid(
            EventType.REPLENISHMENT_REQUESTED,
            "zero quantity",
            "/quantity/value",
            text("0"),
            "/quantity/value"),
        invalid(
            EventType.REPLENISHMENT_REQUESTED,
            "unknown unit",
            "/quantity/uom",
            text("PALLET"),
            "/quantity/uom"),
        invalid(
            EventType.REPLENISHMENT_REQUESTED,
            "amend without order",
            "/decisionKind",
            text("AMEND"),
            "/purchaseOrderNumber"),
        invalid(
            EventType.REPLENISHMENT_REQUESTED,
            "unknown decision",
            "/decisionKind",
            text("CANCEL"),
            "/decisionKind"),
        invalid(
            EventType.REPLENISHMENT_REQUESTED,
            "item id with @",
            "/itemId",
            text("SKU@1"),
            "/itemId"),
        // PurchaseOrderIssued
        invalid(EventType.PURCHASE_ORDER_ISSUED, "missing field", "/lines", REMOVE, "/lines"),
        invalid(EventType.PURCHASE_ORDER_ISSUED, "wrong type", "/revision", text("1"), "/revision"),
        invalid(
            EventType.PURCHASE_ORDER_ISSUED,
            "negative quantity",
            "/lines/0/quantity/value",
            text("-12"),
            "/lines/0/quantity/value"),
        invalid(
            EventType.PURCHASE_ORDER_ISSUED,
            "unknown unit",
            "/lines/1/quantity/uom",
            text("KGS"),
            "/lines/1/quantity/uom"),
        invalid(
            EventType.PURCHASE_ORDER_ISSUED,
            "negative price",
            "/lines/0/unitPrice/amount",
            text("-18.4"),
            "/lines/0/unitPrice/amount"),
        invalid(
            EventType.PURCHASE_ORDER_ISSUED,
            "new order at revision 2",
            "/revision",
            NODES.numberNode(2),
            "/revision"),
        invalid(EventType.PURCHASE_ORDER_ISSUED, "no lines", "/lines", NODES.arrayNode(), "/lines"),
        // SupplierAcknowledged
        invalid(EventType.SUPPLIER_ACKNOWLEDGED, "missing field", "/outcome", REMOVE, "/outcome"),
        invalid(
            EventType.SUPPLIER_ACKNOWLEDGED, "wrong type", "/lines", NODES.objectNode(), "/lines"),
        invalid(
            EventType.SUPPLIER_ACKNOWLEDGED,
            "negative quantity",
            "/lines/1/promisedQuantity/value",
            text("-1"),
            "/lines/1/promisedQuantity/value"),
        invalid(
            EventType.SUPPLIER_ACKNOWLEDGED,
            "unknown unit",
            "/lines/0/promisedQuantity/uom",
            text("xx"),
            "/lines/0/promisedQuantity/uom"),
        invalid(
            EventType.SUPPLIER_ACKNOWLEDGED,
            "rejection with a promise",
            "/lines/0/action",
            text("REJECT"),
            "/lines/0"),
        // ShipmentMilestoneReached
        invalid(
            EventType.SHIPMENT_MILESTONE_REACHED, "missing field", "/carrier", REMOVE, "/carrier"),
        invalid(
            EventType.SHIPMENT_MILESTONE_REACHED,
            "wrong type",
            "/occurredAt",
            NODES.numberNode(12345),
            "/occurredAt"),
        invalid(
            EventType.SHIPMENT_MILESTONE_REACHED,
            "negative quantity",
            "/lines/0/quantity/value",
            text("-12"),
            "/lines/0/quantity/value"),
        invalid(
            EventType.SHIPMENT_MILESTONE_REACHED,
            "unknown unit",
            "/lines/0/quantity/uom",
            text("CTN"),
            "/lines/0/quantity/uom"),
        invalid(
            EventType.SHIPMENT_MILESTONE_REACHED,
            "unknown status",
            "/status",
            text("LOST"),
            "/status"),
        invalid(
            EventType.SHIPMENT_MILESTONE_REACHED,
            "not a timestamp",
            "/estimatedArrival",
            text("next Tuesday"),
            "/estimatedArrival"),
        // ErpPurchaseOrderChanged
        invalid(
            EventType.ERP_PURCHASE_ORDER_CHANGED, "missing field", "/status", REMOVE, "/status"),
        invalid(
            EventType.ERP_PURCHASE_ORDER_CHANGED,
            "wrong type",
            "/lines/0/lineNumber",
            text("ten"),
            "/lines/0/lineNumber"),
        invalid(
            EventType.ERP_PURCHASE_ORDER_CHANGED,
            "negative quantity",
            "/lines/1/quantity/value",
            text("-250.5"),
            "/lines/1/quantity/value"),
        invalid(
            EventType.ERP_PURCHASE_ORDER_CHANGED,
            "unknown unit",
            "/lines/0/quantity/uom",
            text("CASE"),
            "/lines/0/quantity/uom"),
        invalid(
            EventType.ERP_PURCHASE_ORDER_CHANGED,
            "created with a previous status",
            "/changeKind",
            text("CREATED"),
            ""),
        invalid(
            EventType.ERP_PURCHASE_ORDER_CHANGED,
            "unknown currency form",
            "/currency",
            text("euro"),
            "/currency"),
        // InventoryPositionChanged
        invalid(EventType.INVENTORY_POSITION_CHANGED, "missing field", "/asOf", REMOVE, "/asOf"),
        invalid(
            EventType.INVENTORY_POSITION_CHANGED,
            "wrong type",
            "/onHand",
            NODES.numberNode(1200),
            "/onHand"),
        invalid(
            EventType.INVENTORY_POSITION_CHANGED,
            "negative quantity",
            "/allocated",
            text("-1"),
            "/allocated"),
        invalid(EventType.INVENTORY_POSITION_CHANGED, "unknown unit", "/uom", text("PCS"), "/uom"),
        invalid(
            EventType.INVENTORY_POSITION_CHANGED,
            "not a decimal",
            "/available",
            text("1,050"),
            "/available"),
        // GoodsReceived
        invalid(EventType.GOODS_RECEIVED, "missing field", "/receiptId", REMOVE, "/receiptId"),
        invalid(EventType.GOODS_RECEIVED, "wrong type", "/lineNumber", text("10"), "/lineNumber"),
        invalid(
            EventType.GOODS_RECEIVED,
            "negative quantity",
            "/quantity/value",
            text("-8"),
            "/quantity/value"),
        invalid(
            EventType.GOODS_RECEIVED,
            "unknown unit",
            "/openQuantity/uom",
            text("BOX"),
            "/openQuantity/uom"),
        invalid(
            EventType.GOODS_RECEIVED,
            "zero received",
            "/quantity/value",
            text("0.000"),
            "/quantity/value"),
        invalid(
            EventType.GOODS_RECEIVED,
            "extra field in a quantity",
            "/quantity/scale",
            IntNode.valueOf(0),
            "/quantity"),
        // MasterDataChanged (the sample is an ITEM; LOCATION cases are in
        // MasterDataChangedSchemaTest)
        invalid(EventType.MASTER_DATA_CHANGED, "missing field", "/revision", REMOVE, "/revision"),
        invalid(EventType.MASTER_DATA_CHANGED, "missing item for ITEM", "/item", REMOVE, "/item"),
        invalid(EventType.MASTER_DATA_CHANGED, "wrong type", "/revision", text("7"), "/revision"),
        invalid(
            EventType.MASTER_DATA_CHANGED,
            "revision 0",
            "/revision",
            NODES.numberNode(0),
            "/revision"),
        invalid(
            EventType.MASTER_DATA_CHANGED,
            "negative pack size",
            "/item/packSize/value",
            text("-1"),
            "/item/packSize/value"),
        invalid(
            EventType.MASTER_DATA_CHANGED,
            "zero pack size",
            "/item/packSize/value",
            text("0"),
            "/item/packSize/value"),
        invalid(
            EventType.MASTER_DATA_CHANGED,
            "unknown unit",
            "/item/baseUom",
            text("PCS"),
            "/item/baseUom"),
        invalid(
            EventType.MASTER_DATA_CHANGED,
            "unknown unit in a conversion",
            "/item/conversions/0/to",
            text("EACH"),
            "/item/conversions/0/to"),
        invalid(
            EventType.MASTER_DATA_CHANGED,
            "zero conversion factor",
            "/item/conversions/1/factor",
            text("0"),
            "/item/conversions/1/factor"),
        invalid(EventType.MASTER_DATA_CHANGED, "blank id", "/id", text(""), "/id"),
        invalid(EventType.MASTER_DATA_CHANGED, "padded id", "/id", text(" SKU-10042"), "/id"),
        invalid(
            EventType.MASTER_DATA_CHANGED,
            "blank description",
            "/item/description",
            text("  "),
            "/item/description"),
        invalid(
            EventType.MASTER_DATA_CHANGED,
            "GTIN of 11 digits",
            "/item/gtin",
            text("40063813339"),
            "/item/gtin"),
        invalid(
            EventType.MASTER_DATA_CHANGED,
            "unknown item status",
            "/item/status",
            text("DELETED"),
            "/item/status"),
        invalid(
            EventType.MASTER_DATA_CHANGED,
            "missing family",
            "/item/hierarchy/family",
            REMOVE,
            "/item/hierarchy/family"),
        invalid(EventType.MASTER_DATA_CHANGED, "unknown kind", "/kind", text("SUPPLIER"), "/kind"),
        invalid(
            EventType.MASTER_DATA_CHANGED,
            "LOCATION kind with an item",
            "/kind",
            text("LOCATION"),
            "/location"),
        invalid(
            EventType.MASTER_DATA_CHANGED,
            "ITEM carrying a location too",
            "/location",
            EventJson.toTree(SampleEvents.location()),
            ""),
        // CaseTransitioned
        invalid(EventType.CASE_TRANSITIONED, "missing field", "/to", REMOVE, "/to"),
        invalid(EventType.CASE_TRANSITIONED, "wrong type", "/at", BooleanNode.TRUE, "/at"),
        invalid(EventType.CASE_TRANSITIONED, "lower-case state", "/to", text("po issued"), "/to"),
        invalid(
            EventType.CASE_TRANSITIONED,
            "malformed trace id",
            "/traceId",
            text("4BF92F35"),
            "/traceId"),
        invalid(EventType.CASE_TRANSITIONED, "blank actor", "/actor", text(""), "/actor"));
  }

  private static Arguments invalid(
      EventType type, String what, String pointer, JsonNode value, String expectedPointer) {
    return Arguments.of(type, what, pointer, value, expectedPointer);
  }

  private static JsonNode text(String value) {
    return TextNode.valueOf(value);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("invalidPayloads")
  void invalidPayloadsAreReportedAtTheOffendingField(
      EventType type, String what, String pointer, JsonNode value, String expectedPointer) {
    JsonNode json = mutate(EventJson.toTree(SampleEvents.of(type)), pointer, value);
    List<SchemaViolation> violations = VALIDATOR.validate(type, json);
    assertThat(violations).as(what).extracting(SchemaViolation::pointer).contains(expectedPointer);
    assertThat(violations).allSatisfy(v -> assertThat(v.message()).isNotBlank());
    assertThatThrownBy(() -> VALIDATOR.validateOrThrow(type, json))
        .isInstanceOf(EventValidationException.class);
  }

  @Test
  void everyViolationIsReportedNotJustTheFirst() {
    JsonNode json = EventJson.toTree(SampleEvents.goodsReceived());
    mutate(json, "/receiptId", REMOVE);
    mutate(json, "/quantity/value", text("-8"));
    mutate(json, "/openQuantity/uom", text("BOX"));
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
            text("-1"));
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
