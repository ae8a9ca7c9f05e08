package io.distconnect.contracts.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.distconnect.contracts.model.Item;
import io.distconnect.contracts.model.ItemStatus;
import io.distconnect.contracts.model.Quantity;
import io.distconnect.contracts.uom.UnitOfMeasure;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventJsonTest {

  @ParameterizedTest
  @EnumSource(EventType.class)
  void everyEventSurvivesARoundTrip(EventType type) {
    EventPayload sample = SampleEvents.of(type);
    byte[] json = EventJson.toBytes(sample);
    assertThat(EventJson.read(type, json)).isEqualTo(sample);
    assertThat(EventJson.read(type.typeName(), json)).isEqualTo(sample);
    assertThat(EventJson.fromTree(EventJson.toTree(sample), type.payloadClass())).isEqualTo(sample);
  }

  @ParameterizedTest
  @EnumSource(EventType.class)
  void jsonFieldsAreExactlyTheRecordComponents(EventType type) throws Exception {
    EventPayload sample = SampleEvents.of(type);
    assertFieldsMatch(sample, EventJson.toTree(sample), type.name());
  }

  private static void assertFieldsMatch(Object value, JsonNode json, String path) throws Exception {
    if (value instanceof Record record) {
      Set<String> expected = new TreeSet<>();
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        Object child = component.getAccessor().invoke(record);
        if (child != null) {
          expected.add(component.getName());
          assertFieldsMatch(child, json.get(component.getName()), path + "/" + component.getName());
        }
      }
      Set<String> actual = new TreeSet<>();
      json.fieldNames().forEachRemaining(actual::add);
      assertThat(actual).as(path).isEqualTo(expected);
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        assertFieldsMatch(list.get(i), json.get(i), path + "/" + i);
      }
    }
  }

  @Test
  void decimalsAreStringsDatesAreIsoAndAbsentFieldsAreOmitted() {
    JsonNode forecast = EventJson.toTree(SampleEvents.forecastRevised());
    assertThat(forecast.get("oldQuantity").isTextual()).isTrue();
    assertThat(forecast.get("oldQuantity").asText()).isEqualTo("400");
    assertThat(forecast.get("relativeDelta").asText()).isEqualTo("0.3");
    assertThat(forecast.get("absoluteDelta").asText()).isEqualTo("120");
    assertThat(forecast.get("periodStart").asText()).isEqualTo("2025-04-07");
    assertThat(forecast.get("revisedAt").asText()).isEqualTo("2025-03-03T08:15:30Z");
    assertThat(forecast.get("uom").asText()).isEqualTo("EA");

    JsonNode request = EventJson.toTree(SampleEvents.replenishmentRequested());
    assertThat(request.has("purchaseOrderNumber")).isFalse();
    assertThat(request.get("quantity").toString()).isEqualTo("{\"value\":\"288\",\"uom\":\"EA\"}");
    assertThat(request.get("estimatedValue").toString())
        .isEqualTo("{\"amount\":\"220.8\",\"currency\":\"EUR\"}");
  }

  @Test
  void masterDataCarriesTheItemOrLocationInTheirJsonForm() {
    assertThat(EventJson.toJson(SampleEvents.masterDataChanged()))
        .isEqualTo(
            "{\"kind\":\"ITEM\",\"id\":\"SKU-10042\",\"item\":{\"sku\":\"SKU-10042\","
                + "\"description\":\"Sparkling water 0.5 L\","
                + "\"hierarchy\":{\"category\":\"Beverages\",\"family\":\"Sparkling water\"},"
                + "\"baseUom\":\"EA\",\"conversions\":[{\"from\":\"CS\",\"factor\":\"24\",\"to\":\"EA\"},"
                + "{\"from\":\"PL\",\"factor\":\"40\",\"to\":\"CS\"}],"
                + "\"packSize\":{\"value\":\"1\",\"uom\":\"CS\"},\"gtin\":\"4006381333931\","
                + "\"status\":\"ACTIVE\"},\"revision\":7,\"changedAt\":\"2025-03-03T08:15:30Z\"}");
    assertThat(EventJson.toJson(SampleEvents.masterDataChangedLocation()))
        .isEqualTo(
            "{\"kind\":\"LOCATION\",\"id\":\"DC-EAST\",\"location\":{\"code\":\"DC-EAST\","
                + "\"type\":\"DC\",\"region\":\"US-East\",\"timeZone\":\"America/New_York\"},"
                + "\"revision\":3,\"changedAt\":\"2025-03-03T08:15:30Z\"}");
  }

  @Test
  void masterDataOfEitherKindSurvivesARoundTrip() {
    for (MasterDataChanged sample :
        List.of(SampleEvents.masterDataChanged(), SampleEvents.masterDataChangedLocation())) {
      byte[] json = EventJson.toBytes(sample);
      assertThat(EventJson.read(EventType.MASTER_DATA_CHANGED, json)).isEqualTo(sample);
      assertThat(EventJson.read("io.distconnect.erp.MasterDataChanged.v1", json)).isEqualTo(sample);
    }
    Item noGtin =
        new Item(
            "SKU-2",
            "Still water 1 L",
            SampleEvents.item().hierarchy(),
            UnitOfMeasure.EA,
            List.of(),
            Quantity.of(6, UnitOfMeasure.EA),
            null,
            ItemStatus.BLOCKED);
    MasterDataChanged event = MasterDataChanged.ofItem(noGtin, 1, SampleEvents.AT);
    JsonNode json = EventJson.toTree(event);
    assertThat(json.at("/item").has("gtin")).isFalse();
    assertThat(json.at("/item/conversions").isArray()).isTrue();
    assertThat(json.at("/item/conversions")).isEmpty();
    assertThat(EventJson.fromTree(json, MasterDataChanged.class)).isEqualTo(event);
  }

  @Test
  void masterDataWhoseIdContradictsItsRecordIsRefusedOnRead() {
    ObjectNode json = (ObjectNode) EventJson.toTree(SampleEvents.masterDataChanged());
    json.put("id", "SKU-99999");
    assertThatThrownBy(() -> EventJson.fromTree(json, MasterDataChanged.class))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("master data id SKU-99999 must be the item's SKU SKU-10042");
    ObjectNode wrongKind = (ObjectNode) EventJson.toTree(SampleEvents.masterDataChanged());
    wrongKind.put("kind", "LOCATION");
    assertThatThrownBy(() -> EventJson.fromTree(wrongKind, MasterDataChanged.class))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("LOCATION change needs the location");
  }

  @Test
  void largeAndSmallDecimalsStayInPlainNotation() {
    assertThat(EventJson.toJson(Quantity.of("1E+6", UnitOfMeasure.G)))
        .isEqualTo("{\"value\":\"1000000\",\"uom\":\"G\"}");
    assertThat(EventJson.toJson(Quantity.of("0.0000001", UnitOfMeasure.KG)))
        .isEqualTo("{\"value\":\"0.0000001\",\"uom\":\"KG\"}");
  }

  @Test
  void readersIgnoreUnknownFieldsAndAcceptNumbersAndUnitAliases() {
    ObjectNode json = (ObjectNode) EventJson.toTree(SampleEvents.goodsReceived());
    json.put("someFutureField", "x");
    ((ObjectNode) json.get("quantity")).put("value", 8);
    ((ObjectNode) json.get("quantity")).put("uom", "KAR");
    assertThat(EventJson.fromTree(json, GoodsReceived.class))
        .isEqualTo(SampleEvents.goodsReceived());
  }

  @Test
  void invalidPayloadsAreRefusedWithTheRecordsReason() {
    ObjectNode json = (ObjectNode) EventJson.toTree(SampleEvents.goodsReceived());
    ((ObjectNode) json.get("quantity")).put("value", "-8");
    assertThatThrownBy(() -> EventJson.fromTree(json, GoodsReceived.class))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("must not be negative");
    assertThatThrownBy(() -> EventJson.fromJson("{not json", GoodsReceived.class))
        .isInstanceOf(UncheckedIOException.class);
    assertThatThrownBy(() -> EventJson.fromJson("null", GoodsReceived.class))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("null");
    String valid = EventJson.toJson(SampleEvents.goodsReceived());
    assertThatThrownBy(() -> EventJson.fromJson(valid + " {}", GoodsReceived.class))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void mapperCanBeAppliedToAnotherObjectMapper() {
    com.fasterxml.jackson.databind.ObjectMapper own =
        EventJson.configure(new com.fasterxml.jackson.databind.ObjectMapper());
    EventPayload sample = SampleEvents.purchaseOrderIssued();
    assertThat(own.valueToTree(sample).toString()).isEqualTo(EventJson.toJson(sample));
  }

  @Test
  void noFieldNamesLeakFromDerivedMethods() {
    List<String> names = new ArrayList<>();
    for (EventPayload sample : SampleEvents.all().values()) {
      collectNames(EventJson.toTree(sample), names);
    }
    assertThat(names)
        .doesNotContain("zero", "positive", "open", "active", "partitionKey", "eventType");
  }

  private static void collectNames(JsonNode node, List<String> names) {
    Iterator<String> fields = node.fieldNames();
    while (fields.hasNext()) {
      String name = fields.next();
      names.add(name);
      collectNames(node.get(name), names);
    }
    if (node.isArray()) {
      node.forEach(child -> collectNames(child, names));
    }
  }
}
