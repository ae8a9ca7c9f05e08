package io.distconnect.contracts.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.distconnect.contracts.model.Item;
import io.distconnect.contracts.model.Location;
import io.distconnect.contracts.model.LocationType;
import io.distconnect.contracts.model.PurchaseOrderStatus;
import io.distconnect.contracts.model.Quantity;
import io.distconnect.contracts.uom.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The event records refuse payloads whose fields contradict each other. */
class EventRecordsTest {

  @Test
  void forecastRevisedChecksItsDeltas() {
    ForecastRevised sample = SampleEvents.forecastRevised();
    assertThat(sample.toRevision().absoluteDelta()).isEqualByComparingTo("120");
    assertThatThrownBy(
            () ->
                new ForecastRevised(
                    "PC-1",
                    2,
                    "SKU-1",
                    "Beverages",
                    "DC-EAST",
                    LocalDate.parse("2025-04-07"),
                    LocalDate.parse("2025-04-13"),
                    UnitOfMeasure.EA,
                    new BigDecimal("400"),
                    new BigDecimal("520"),
                    new BigDecimal("100"),
                    new BigDecimal("0.3"),
                    SampleEvents.AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("absolute delta 100 is not new − old = 120");
    assertThatThrownBy(
            () ->
                new ForecastRevised(
                    "PC-1",
                    2,
                    "SKU-1",
                    "Beverages",
                    "DC-EAST",
                    LocalDate.parse("2025-04-07"),
                    LocalDate.parse("2025-04-13"),
                    UnitOfMeasure.EA,
                    BigDecimal.ZERO,
                    new BigDecimal("520"),
                    new BigDecimal("520"),
                    new BigDecimal("1"),
                    SampleEvents.AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("relative delta");
    assertThatThrownBy(
            () ->
                new ForecastRevised(
                    "PC-1",
                    2,
                    "SKU-1",
                    "Beverages",
                    "DC-EAST",
                    LocalDate.parse("2025-04-07"),
                    LocalDate.parse("2025-04-13"),
                    UnitOfMeasure.EA,
                    new BigDecimal("-1"),
                    new BigDecimal("520"),
                    new BigDecimal("521"),
                    new BigDecimal("-521"),
                    SampleEvents.AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be negative");
  }

  @Test
  void replenishmentRequestNamesAnOrderExactlyWhenItActsOnOne() {
    ReplenishmentRequested sample = SampleEvents.replenishmentRequested();
    assertThatThrownBy(
            () ->
                new ReplenishmentRequested(
                    "req-1",
                    "case-1",
                    "SKU-1",
                    "DC-EAST",
                    sample.quantity(),
                    sample.needByDate(),
                    ReplenishmentDecisionKind.AMEND,
                    null,
                    null,
                    sample.requestedAt()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("AMEND needs the purchase order number");
    assertThatThrownBy(
            () ->
                new ReplenishmentRequested(
                    "req-1",
                    "case-1",
                    "SKU-1",
                    "DC-EAST",
                    sample.quantity(),
                    sample.needByDate(),
                    ReplenishmentDecisionKind.NEW_ORDER,
                    "4500012345",
                    null,
                    sample.requestedAt()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new ReplenishmentRequested(
                    "req-1",
                    "case-1",
                    "SKU-1",
                    "DC-EAST",
                    Quantity.zero(UnitOfMeasure.EA),
                    sample.needByDate(),
                    ReplenishmentDecisionKind.NEW_ORDER,
                    null,
                    null,
                    sample.requestedAt()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive");
  }

  @Test
  void purchaseOrderIssuedRevisionMatchesItsKind() {
    PurchaseOrderIssued sample = SampleEvents.purchaseOrderIssued();
    assertThat(sample.toPurchaseOrder().status()).isEqualTo(PurchaseOrderStatus.ISSUED);
    assertThatThrownBy(
            () ->
                PurchaseOrderIssued.of(
                    sample.toPurchaseOrder(),
                    PurchaseOrderIssueKind.NEW,
                    2,
                    null,
                    null,
                    sample.issuedAt()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("revision 2");
    assertThat(
            PurchaseOrderIssued.of(
                    sample.toPurchaseOrder(),
                    PurchaseOrderIssueKind.AMENDED,
                    2,
                    null,
                    null,
                    sample.issuedAt())
                .revision())
        .isEqualTo(2);
  }

  @Test
  void acknowledgedOutcomeMustMatchTheLines() {
    SupplierAcknowledged sample = SampleEvents.supplierAcknowledged();
    assertThat(sample.outcome()).isEqualTo(PurchaseOrderStatus.CHANGED);
    assertThatThrownBy(
            () ->
                new SupplierAcknowledged(
                    sample.purchaseOrderNumber(),
                    sample.supplierId(),
                    PurchaseOrderStatus.ACKNOWLEDGED,
                    sample.lines(),
                    null,
                    sample.acknowledgedAt()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contradicts");
  }

  @Test
  void inventoryPositionChangedChecksDerivedFigures() {
    InventoryPositionChanged sample = SampleEvents.inventoryPositionChanged();
    // 1200 on hand - 150 allocated = 1050; 1200 + 288 + 96 - 24 - 150 = 1410
    assertThat(sample.available()).isEqualByComparingTo("1050");
    assertThat(sample.inventoryPosition()).isEqualByComparingTo("1410");
    assertThatThrownBy(
            () ->
                new InventoryPositionChanged(
                    sample.itemId(),
                    sample.locationId(),
                    sample.uom(),
                    sample.onHand(),
                    sample.allocated(),
                    sample.onOrder(),
                    sample.inTransit(),
                    sample.backordered(),
                    sample.available(),
                    new BigDecimal("1434"),
                    sample.cause(),
                    sample.asOf()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("inventory position 1434 should be 1410");
  }

  @Test
  void goodsReceivedLeavesTheOrderPartlyOrFullyReceived() {
    GoodsReceived sample = SampleEvents.goodsReceived();
    assertThatThrownBy(
            () ->
                GoodsReceived.of(
                    sample.toGoodsReceipt(),
                    sample.openQuantity(),
                    PurchaseOrderStatus.ISSUED,
                    null,
                    sample.postedAt()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not ISSUED");
    assertThatThrownBy(
            () ->
                GoodsReceived.of(
                    sample.toGoodsReceipt(),
                    Quantity.of(96, UnitOfMeasure.EA),
                    PurchaseOrderStatus.PARTIALLY_RECEIVED,
                    null,
                    sample.postedAt()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("received unit CS");
  }

  @Test
  void erpChangeKindAndPreviousStatusAgree() {
    ErpPurchaseOrderChanged sample = SampleEvents.erpPurchaseOrderChanged();
    assertThatThrownBy(
            () ->
                ErpPurchaseOrderChanged.of(
                    sample.toPurchaseOrder(),
                    ErpPurchaseOrderChangeKind.CREATED,
                    PurchaseOrderStatus.ISSUED,
                    null,
                    sample.changedAt()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                ErpPurchaseOrderChanged.of(
                    sample.toPurchaseOrder(),
                    ErpPurchaseOrderChangeKind.STATUS_CHANGED,
                    PurchaseOrderStatus.ACKNOWLEDGED,
                    null,
                    sample.changedAt()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unchanged");
  }

  @Test
  void caseTransitionsUseUpperCaseStatesAndW3cTraceIds() {
    CaseTransitioned sample = SampleEvents.caseTransitioned();
    assertThat(
            new CaseTransitioned(
                    sample.caseId(),
                    sample.itemId(),
                    sample.locationId(),
                    null,
                    "OPEN",
                    "io.distconnect.planning.ForecastRevised.v1 e1",
                    sample.at(),
                    null,
                    "system")
                .from())
        .isNull();
    assertThatThrownBy(
            () ->
                new CaseTransitioned(
                    sample.caseId(),
                    sample.itemId(),
                    sample.locationId(),
                    "SOURCING",
                    "po issued",
                    "x",
                    sample.at(),
                    null,
                    "system"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("to state");
    assertThatThrownBy(
            () ->
                new CaseTransitioned(
                    sample.caseId(),
                    sample.itemId(),
                    sample.locationId(),
                    "SOURCING",
                    "PO_ISSUED",
                    "x",
                    sample.at(),
                    "00000000000000000000000000000000",
                    "system"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("trace id");
    assertThatThrownBy(
            () ->
                new CaseTransitioned(
                    sample.caseId(),
                    sample.itemId(),
                    sample.locationId(),
                    "OPEN",
                    "OPEN",
                    "x",
                    sample.at(),
                    null,
                    "system"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must change the state");
  }

  @Test
  void masterDataChangedCarriesTheRecordItsKindNames() {
    MasterDataChanged item = SampleEvents.masterDataChanged();
    assertThat(item.kind()).isEqualTo(MasterDataKind.ITEM);
    assertThat(item.id()).isEqualTo(SampleEvents.ITEM);
    assertThat(item.item()).isEqualTo(SampleEvents.item());
    assertThat(item.location()).isNull();
    assertThat(item.revision()).isEqualTo(7);
    MasterDataChanged location = SampleEvents.masterDataChangedLocation();
    assertThat(location.kind()).isEqualTo(MasterDataKind.LOCATION);
    assertThat(location.id()).isEqualTo(SampleEvents.LOCATION);
    assertThat(location.location()).isEqualTo(SampleEvents.location());
    assertThat(location.item()).isNull();
  }

  @Test
  void masterDataChangedRefusesAKindThatDoesNotMatchItsRecord() {
    Item item = SampleEvents.item();
    Location location = SampleEvents.location();
    assertThatThrownBy(
            () ->
                new MasterDataChanged(
                    MasterDataKind.LOCATION, item.sku(), item, null, 1, SampleEvents.AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("LOCATION change needs the location");
    assertThatThrownBy(
            () ->
                new MasterDataChanged(MasterDataKind.ITEM, "SKU-1", null, null, 1, SampleEvents.AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ITEM change needs the item");
    assertThatThrownBy(
            () ->
                new MasterDataChanged(
                    MasterDataKind.ITEM, item.sku(), item, location, 1, SampleEvents.AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ITEM change carries no location");
    assertThatThrownBy(
            () ->
                new MasterDataChanged(
                    MasterDataKind.LOCATION, location.code(), item, location, 1, SampleEvents.AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("LOCATION change carries no item");
    assertThatThrownBy(
            () -> new MasterDataChanged(null, item.sku(), item, null, 1, SampleEvents.AT))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("master data kind is required");
  }

  @Test
  void masterDataIdIsTheSkuOrTheLocationCode() {
    Item item = SampleEvents.item();
    Location location = SampleEvents.location();
    assertThatThrownBy(
            () ->
                new MasterDataChanged(
                    MasterDataKind.ITEM, "SKU-99999", item, null, 1, SampleEvents.AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("master data id SKU-99999 must be the item's SKU SKU-10042");
    assertThatThrownBy(
            () ->
                new MasterDataChanged(
                    MasterDataKind.LOCATION, "DC-WEST", null, location, 1, SampleEvents.AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("master data id DC-WEST must be the location's code DC-EAST");
    assertThatThrownBy(
            () -> new MasterDataChanged(MasterDataKind.ITEM, " ", item, null, 1, SampleEvents.AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("master data id");
  }

  @Test
  void masterDataRevisionStartsAtOneAndTimeZonesAreRegions() {
    assertThatThrownBy(() -> MasterDataChanged.ofItem(SampleEvents.item(), 0, SampleEvents.AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("revision must be at least 1: 0");
    assertThatThrownBy(() -> MasterDataChanged.ofItem(SampleEvents.item(), 1, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("changed at is required");
    assertThatThrownBy(() -> MasterDataChanged.ofItem(null, 1, SampleEvents.AT))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("item is required");
    assertThatThrownBy(() -> MasterDataChanged.ofLocation(null, 1, SampleEvents.AT))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("location is required");
    for (ZoneId fixed :
        new ZoneId[] {ZoneOffset.ofHours(1), ZoneOffset.UTC, ZoneId.of("UTC+01:00")}) {
      Location location = new Location("STORE-1", LocationType.STORE, "EU-Central", fixed);
      assertThatThrownBy(() -> MasterDataChanged.ofLocation(location, 1, SampleEvents.AT))
          .as(fixed.getId())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("IANA region id");
    }
    for (String region : new String[] {"UTC", "Europe/Berlin", "America/Port-au-Prince"}) {
      Location location = new Location("STORE-1", LocationType.STORE, "EU", ZoneId.of(region));
      assertThat(MasterDataChanged.ofLocation(location, 1, SampleEvents.AT).id())
          .isEqualTo("STORE-1");
    }
  }

  @Test
  void shipmentEventCarriesOnlyItsOwnPurchaseOrdersLines() {
    ShipmentMilestoneReached sample = SampleEvents.shipmentMilestoneReached();
    assertThat(sample.lines()).hasSize(1);
    assertThat(sample.lines().get(0).purchaseOrderNumber()).isEqualTo(SampleEvents.PO);
  }
}
