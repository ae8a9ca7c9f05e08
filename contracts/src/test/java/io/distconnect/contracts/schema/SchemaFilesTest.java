package io.distconnect.contracts.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.distconnect.contracts.event.ErpPurchaseOrderChangeKind;
import io.distconnect.contracts.event.EventJson;
import io.distconnect.contracts.event.EventPayload;
import io.distconnect.contracts.event.EventType;
import io.distconnect.contracts.event.InventoryChangeCause;
import io.distconnect.contracts.event.MasterDataKind;
import io.distconnect.contracts.event.PurchaseOrderIssueKind;
import io.distconnect.contracts.event.ReplenishmentDecisionKind;
import io.distconnect.contracts.event.SampleEvents;
import io.distconnect.contracts.model.AcknowledgmentAction;
import io.distconnect.contracts.model.ItemStatus;
import io.distconnect.contracts.model.LocationType;
import io.distconnect.contracts.model.PurchaseOrderStatus;
import io.distconnect.contracts.model.ShipmentStatus;
import io.distconnect.contracts.uom.UnitOfMeasure;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The schema files agree with the meta-schema, with each other and with the Java records. */
class SchemaFilesTest {

  private static JsonNode schema(EventType type) {
    return EventJson.fromJson(MetaSchema.resource(type.schemaResource()), JsonNode.class);
  }

  @ParameterizedTest
  @EnumSource(EventType.class)
  void isAValidDraft2020SchemaNamedAfterItsEventType(EventType type) {
    String text = MetaSchema.resource(type.schemaResource());
    assertThat(MetaSchema.violations(text)).isEmpty();
    JsonNode schema = schema(type);
    assertThat(schema.get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("$id").asText()).endsWith("/" + type.eventName() + ".v1.json");
    assertThat(schema.get("title").asText()).isEqualTo(type.typeName());
    assertThat(schema.get("type").asText()).isEqualTo("object");
  }

  @ParameterizedTest
  @EnumSource(EventType.class)
  void propertiesAreExactlyTheRecordComponents(EventType type) {
    Set<String> properties = new TreeSet<>();
    schema(type).get("properties").fieldNames().forEachRemaining(properties::add);
    Set<String> components = new TreeSet<>();
    for (RecordComponent component : type.payloadClass().getRecordComponents()) {
      components.add(component.getName());
    }
    assertThat(properties).isEqualTo(components);
    for (JsonNode required : schema(type).get("required")) {
      assertThat(components).contains(required.asText());
    }
  }

  /** Dropping any one field is accepted by the schema exactly when the record accepts it. */
  @ParameterizedTest
  @EnumSource(EventType.class)
  void schemaAndRecordAgreeOnWhichFieldsAreRequired(EventType type) {
    EventPayload sample = SampleEvents.of(type);
    for (RecordComponent component : type.payloadClass().getRecordComponents()) {
      ObjectNode json = (ObjectNode) EventJson.toTree(sample);
      json.remove(component.getName());
      boolean schemaAccepts = EventSchemaValidator.shared().validate(type, json).isEmpty();
      boolean recordAccepts = readable(json, type.payloadClass());
      assertThat(schemaAccepts)
          .as("%s without %s: record accepts = %s", type, component.getName(), recordAccepts)
          .isEqualTo(recordAccepts);
    }
  }

  private static boolean readable(JsonNode json, Class<? extends EventPayload> type) {
    try {
      EventJson.fromTree(json, type);
      return true;
    } catch (UncheckedIOException e) {
      return false;
    }
  }

  @Test
  void unitOfMeasureEnumIsTheCanonicalCodes() {
    for (EventType type : EventType.values()) {
      JsonNode units = schema(type).at("/$defs/UnitOfMeasure/enum");
      if (!units.isMissingNode()) {
        assertThat(texts(units))
            .as(type.name())
            .containsExactlyInAnyOrder(
                Arrays.stream(UnitOfMeasure.values()).map(Enum::name).toArray(String[]::new));
      }
    }
  }

  static Stream<Arguments> enumProperties() {
    return Stream.of(
        Arguments.of(
            EventType.REPLENISHMENT_REQUESTED,
            "/properties/decisionKind/enum",
            ReplenishmentDecisionKind.class),
        Arguments.of(
            EventType.PURCHASE_ORDER_ISSUED,
            "/properties/issueKind/enum",
            PurchaseOrderIssueKind.class),
        Arguments.of(
            EventType.SUPPLIER_ACKNOWLEDGED,
            "/$defs/AcknowledgmentLine/properties/action/enum",
            AcknowledgmentAction.class),
        Arguments.of(
            EventType.SHIPMENT_MILESTONE_REACHED, "/properties/status/enum", ShipmentStatus.class),
        Arguments.of(
            EventType.ERP_PURCHASE_ORDER_CHANGED,
            "/properties/changeKind/enum",
            ErpPurchaseOrderChangeKind.class),
        Arguments.of(
            EventType.ERP_PURCHASE_ORDER_CHANGED,
            "/$defs/PurchaseOrderStatus/enum",
            PurchaseOrderStatus.class),
        Arguments.of(
            EventType.INVENTORY_POSITION_CHANGED,
            "/properties/cause/enum",
            InventoryChangeCause.class),
        Arguments.of(EventType.MASTER_DATA_CHANGED, "/properties/kind/enum", MasterDataKind.class),
        Arguments.of(
            EventType.MASTER_DATA_CHANGED, "/$defs/Item/properties/status/enum", ItemStatus.class),
        Arguments.of(
            EventType.MASTER_DATA_CHANGED,
            "/$defs/Location/properties/type/enum",
            LocationType.class));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("enumProperties")
  void enumsMatchTheJavaEnums(EventType type, String pointer, Class<? extends Enum<?>> javaEnum) {
    assertThat(texts(schema(type).at(pointer)))
        .containsExactlyInAnyOrder(
            Arrays.stream(javaEnum.getEnumConstants()).map(Enum::name).toArray(String[]::new));
  }

  @Test
  void sharedDefinitionsAreIdenticalInEveryFile() {
    Map<String, JsonNode> first = new HashMap<>();
    Map<String, EventType> firstSeenIn = new HashMap<>();
    for (EventType type : EventType.values()) {
      schema(type)
          .get("$defs")
          .properties()
          .forEach(
              def -> {
                JsonNode seen = first.putIfAbsent(def.getKey(), def.getValue());
                firstSeenIn.putIfAbsent(def.getKey(), type);
                if (seen != null) {
                  assertThat(def.getValue())
                      .as("$defs/%s in %s vs %s", def.getKey(), type, firstSeenIn.get(def.getKey()))
                      .isEqualTo(seen);
                }
              });
    }
    assertThat(first).containsKeys("Identifier", "Quantity", "UnitOfMeasure", "Timestamp");
  }

  private static List<String> texts(JsonNode array) {
    assertThat(array.isArray()).as("enum array").isTrue();
    List<String> texts = new ArrayList<>();
    array.forEach(value -> texts.add(value.asText()));
    return texts;
  }
}
