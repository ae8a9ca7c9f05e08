package io.distconnect.contracts.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class EventTypeTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "FORECAST_REVISED, io.distconnect.planning.ForecastRevised.v1, planning.forecast-revisions.v1, ITEM_LOCATION",
    "REPLENISHMENT_REQUESTED, io.distconnect.procurement.ReplenishmentRequested.v1, procurement.replenishment-requests.v1, ITEM_LOCATION",
    "PURCHASE_ORDER_ISSUED, io.distconnect.procurement.PurchaseOrderIssued.v1, procurement.purchase-order-events.v1, PURCHASE_ORDER_NUMBER",
    "SUPPLIER_ACKNOWLEDGED, io.distconnect.procurement.SupplierAcknowledged.v1, procurement.purchase-order-events.v1, PURCHASE_ORDER_NUMBER",
    "SHIPMENT_MILESTONE_REACHED, io.distconnect.procurement.ShipmentMilestoneReached.v1, procurement.purchase-order-events.v1, PURCHASE_ORDER_NUMBER",
    "SOURCING_EXCEPTION_RAISED, io.distconnect.procurement.SourcingExceptionRaised.v1, procurement.sourcing-events.v1, ITEM_LOCATION",
    "APPROVAL_ESCALATED, io.distconnect.procurement.ApprovalEscalated.v1, procurement.sourcing-events.v1, ITEM_LOCATION",
    "ERP_PURCHASE_ORDER_CHANGED, io.distconnect.erp.ErpPurchaseOrderChanged.v1, erp.purchase-order-events.v1, PURCHASE_ORDER_NUMBER",
    "INVENTORY_POSITION_CHANGED, io.distconnect.erp.InventoryPositionChanged.v1, erp.inventory-events.v1, ITEM_LOCATION",
    "GOODS_RECEIVED, io.distconnect.erp.GoodsReceived.v1, erp.purchase-order-events.v1, PURCHASE_ORDER_NUMBER",
    "MASTER_DATA_CHANGED, io.distconnect.erp.MasterDataChanged.v1, erp.master-data-events.v1, MASTER_DATA_ID",
    "CASE_TRANSITIONED, io.distconnect.orchestrator.CaseTransitioned.v1, orchestrator.case-transitions.v1, ITEM_LOCATION"
  })
  void catalogNamesTopicsAndKeysAsSpecified(
      EventType type, String typeName, String topic, EventKey key) {
    assertThat(type.typeName()).isEqualTo(typeName);
    assertThat(type.topic()).isEqualTo(topic);
    assertThat(type.key()).isEqualTo(key);
    assertThat(type.schemaResource())
        .isEqualTo("schemas/" + type.payloadClass().getSimpleName() + ".v1.json");
    assertThat(EventType.fromTypeName(typeName)).isEqualTo(type);
    assertThat(EventType.of(type.payloadClass())).isEqualTo(type);
  }

  @Test
  void everyPayloadRecordIsInTheCatalog() {
    assertThat(EventPayload.class.getPermittedSubclasses())
        .containsExactlyInAnyOrder(
            Arrays.stream(EventType.values()).map(EventType::payloadClass).toArray(Class[]::new));
  }

  @ParameterizedTest
  @EnumSource(EventType.class)
  void everySchemaResourceExists(EventType type) {
    assertThat(EventType.class.getClassLoader().getResource(type.schemaResource()))
        .as(type.schemaResource())
        .isNotNull();
  }

  @ParameterizedTest
  @EnumSource(EventType.class)
  void samplesAreKeyedAsTheCatalogSays(EventType type) {
    EventPayload sample = SampleEvents.of(type);
    assertThat(sample.eventType()).isEqualTo(type);
    String expectedKey =
        switch (type.key()) {
          case ITEM_LOCATION -> SampleEvents.ITEM + "@" + SampleEvents.LOCATION;
          case PURCHASE_ORDER_NUMBER -> SampleEvents.PO;
          case MASTER_DATA_ID -> "item:" + SampleEvents.ITEM;
        };
    assertThat(sample.partitionKey()).isEqualTo(expectedKey);
  }

  @Test
  void goodsReceivedIsKeyedLikeTheErpOrderChangesOfItsPurchaseOrder() {
    GoodsReceived receipt = SampleEvents.goodsReceived();
    ErpPurchaseOrderChanged change = SampleEvents.erpPurchaseOrderChanged();
    assertThat(receipt.eventType().topic()).isEqualTo(change.eventType().topic());
    assertThat(receipt.partitionKey())
        .isEqualTo(change.partitionKey())
        .isEqualTo(receipt.purchaseOrderNumber());
  }

  @Test
  void masterDataKeysNameTheKindSoItemsAndLocationsNeverCollide() {
    assertThat(MasterDataKind.ITEM.key("SKU-10042")).isEqualTo("item:SKU-10042");
    assertThat(MasterDataKind.LOCATION.key("DC-EAST")).isEqualTo("location:DC-EAST");
    assertThat(MasterDataKind.ITEM.key("X1")).isNotEqualTo(MasterDataKind.LOCATION.key("X1"));
    assertThat(SampleEvents.masterDataChangedLocation().partitionKey())
        .isEqualTo("location:" + SampleEvents.LOCATION);
    assertThatThrownBy(() -> MasterDataKind.ITEM.key(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("master data id");
  }

  @Test
  void subjectKeyJoinsItemAndLocation() {
    assertThat(EventType.subjectKey("SKU-10042", "DC-EAST")).isEqualTo("SKU-10042@DC-EAST");
    assertThatThrownBy(() -> EventType.subjectKey("SKU@1", "DC-EAST"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("item id");
    assertThatThrownBy(() -> EventType.subjectKey("SKU-1", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("location id");
  }

  @Test
  void unknownTypeNamesAreAClearError() {
    assertThatThrownBy(() -> EventType.fromTypeName("io.distconnect.planning.ForecastRevised.v2"))
        .isInstanceOf(UnknownEventTypeException.class)
        .hasMessageContaining("Unknown event type 'io.distconnect.planning.ForecastRevised.v2'")
        .hasMessageContaining("io.distconnect.planning.ForecastRevised.v1");
    assertThat(EventType.find("nope")).isEmpty();
  }

  @Test
  void topicsListTheirEventTypes() {
    assertThat(EventType.onTopic(Topics.PROCUREMENT_PURCHASE_ORDER_EVENTS))
        .containsExactly(
            EventType.PURCHASE_ORDER_ISSUED,
            EventType.SUPPLIER_ACKNOWLEDGED,
            EventType.SHIPMENT_MILESTONE_REACHED);
    assertThat(EventType.onTopic(Topics.ERP_PURCHASE_ORDER_EVENTS))
        .containsExactly(EventType.ERP_PURCHASE_ORDER_CHANGED, EventType.GOODS_RECEIVED);
    assertThat(EventType.onTopic(Topics.ERP_INVENTORY_EVENTS))
        .containsExactly(EventType.INVENTORY_POSITION_CHANGED);
    assertThat(EventType.onTopic(Topics.ERP_MASTER_DATA_EVENTS))
        .containsExactly(EventType.MASTER_DATA_CHANGED);
    for (String topic : Topics.ALL) {
      assertThat(EventType.onTopic(topic)).as(topic).isNotEmpty();
    }
  }
}
