package io.distconnect.contracts.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.distconnect.contracts.event.EventJson;
import io.distconnect.contracts.event.EventType;
import io.distconnect.contracts.event.MasterDataChanged;
import io.distconnect.contracts.event.SampleEvents;
import io.distconnect.contracts.model.Item;
import io.distconnect.contracts.model.ItemHierarchy;
import io.distconnect.contracts.model.Location;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code MasterDataChanged.v1.json} beyond the per-event checks in {@link EventSchemaValidatorTest}
 * (which mutate the ITEM sample): the LOCATION kind, and the nested item and location records.
 */
class MasterDataChangedSchemaTest {
  private static final EventSchemaValidator VALIDATOR = EventSchemaValidator.shared();
  private static final EventType TYPE = EventType.MASTER_DATA_CHANGED;

  private static JsonNode location() {
    return EventJson.toTree(SampleEvents.masterDataChangedLocation());
  }

  private static JsonNode item() {
    return EventJson.toTree(SampleEvents.masterDataChanged());
  }

  @Test
  void bothKindsAreValid() {
    assertThat(VALIDATOR.validate(SampleEvents.masterDataChanged())).isEmpty();
    assertThat(VALIDATOR.validate(SampleEvents.masterDataChangedLocation())).isEmpty();
    assertThat(
            VALIDATOR.validate(TYPE, EventJson.toBytes(SampleEvents.masterDataChangedLocation())))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown location type | /location/type | PLANT | /location/type",
        "fixed offset time zone | /location/timeZone | +01:00 | /location/timeZone",
        "UTC offset time zone | /location/timeZone | UTC+01:00 | /location/timeZone",
        "blank region | /location/region | ' ' | /location/region",
        "location code with @ | /location/code | DC@EAST | /location/code",
        "blank id | /id | '' | /id",
        "ITEM kind with a location | /kind | ITEM | /item",
      })
  void invalidLocationPayloadsAreReportedAtTheOffendingField(
      String what, String pointer, String value, String expectedPointer) {
    JsonNode json = EventSchemaValidatorTest.mutate(location(), pointer, TextNode.valueOf(value));
    assertThat(VALIDATOR.validate(TYPE, json))
        .as(what)
        .extracting(SchemaViolation::pointer)
        .contains(expectedPointer);
  }

  @Test
  void missingLocationForLocationKindIsReportedAtLocation() {
    JsonNode json = EventSchemaValidatorTest.mutate(location(), "/location", null);
    assertThat(VALIDATOR.validate(TYPE, json))
        .extracting(SchemaViolation::pointer)
        .containsExactly("/location");
    assertThatThrownBy(() -> VALIDATOR.validateOrThrow(TYPE, json))
        .isInstanceOf(EventValidationException.class)
        .hasMessageStartingWith("Invalid io.distconnect.erp.MasterDataChanged.v1 payload");
  }

  @Test
  void aLocationChangeCarryingAnItemTooIsRefused() {
    ObjectNode json = (ObjectNode) location();
    json.set("item", EventJson.toTree(SampleEvents.item()));
    assertThat(VALIDATOR.validate(TYPE, json)).isNotEmpty();
    assertThat(readable(json)).isFalse();
  }

  /**
   * JSON Schema cannot compare two values, so an {@code id} that is a valid identifier but not the
   * record's SKU or code passes the schema; the record refuses it when the consumer reads it.
   */
  @Test
  void idMatchingItsRecordIsCheckedWhenReading() {
    ObjectNode itemJson = (ObjectNode) item();
    itemJson.put("id", "SKU-99999");
    ObjectNode locationJson = (ObjectNode) location();
    locationJson.put("id", "DC-WEST");
    assertThat(VALIDATOR.validate(TYPE, itemJson)).isEmpty();
    assertThatThrownBy(() -> EventJson.read(TYPE, EventJson.toBytes(itemJson)))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("must be the item's SKU SKU-10042");
    assertThatThrownBy(() -> EventJson.fromTree(locationJson, MasterDataChanged.class))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("must be the location's code DC-EAST");
  }

  /** Dropping any one field, at the top or inside the item or location, is judged alike. */
  @Test
  void schemaAndRecordsAgreeOnWhichFieldsAreRequired() {
    assertAgreeWhenDropping(location(), "", MasterDataChanged.class);
    assertAgreeWhenDropping(location(), "/location", Location.class);
    assertAgreeWhenDropping(item(), "/item", Item.class);
    assertAgreeWhenDropping(item(), "/item/hierarchy", ItemHierarchy.class);
  }

  private static void assertAgreeWhenDropping(
      JsonNode sample, String parent, Class<? extends Record> record) {
    for (RecordComponent component : record.getRecordComponents()) {
      JsonNode json = sample.deepCopy();
      ObjectNode container = (ObjectNode) json.at(parent);
      if (container.remove(component.getName()) == null) {
        continue; // absent in the sample already, e.g. the other kind's record
      }
      boolean schemaAccepts = VALIDATOR.validate(TYPE, json).isEmpty();
      assertThat(schemaAccepts)
          .as("%s without %s", parent.isEmpty() ? "event" : parent, component.getName())
          .isEqualTo(readable(json));
    }
  }

  private static boolean readable(JsonNode json) {
    try {
      EventJson.fromTree(json, MasterDataChanged.class);
      return true;
    } catch (UncheckedIOException e) {
      return false;
    }
  }
}
