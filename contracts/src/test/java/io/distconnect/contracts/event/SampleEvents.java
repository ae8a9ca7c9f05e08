package io.distconnect.contracts.event;

import io.distconnect.contracts.model.AcknowledgmentAction;
import io.distconnect.contracts.model.AcknowledgmentLine;
import io.distconnect.contracts.model.Forecast;
import io.distconnect.contracts.model.ForecastRevision;
import io.distconnect.contracts.model.GoodsReceipt;
import io.distconnect.contracts.model.InventoryPosition;
import io.distconnect.contracts.model.Item;
import io.distconnect.contracts.model.ItemHierarchy;
import io.distconnect.contracts.model.ItemStatus;
import io.distconnect.contracts.model.Location;
import io.distconnect.contracts.model.LocationType;
import io.distconnect.contracts.model.Money;
import io.distconnect.contracts.model.PurchaseOrder;
import io.distconnect.contracts.model.PurchaseOrderLine;
import io.distconnect.contracts.model.PurchaseOrderStatus;
import io.distconnect.contracts.model.Quantity;
import io.distconnect.contracts.model.ShipmentLine;
import io.distconnect.contracts.model.ShipmentMilestone;
import io.distconnect.contracts.model.ShipmentStatus;
import io.distconnect.contracts.model.SupplierAcknowledgment;
import io.distconnect.contracts.uom.UnitConversion;
import io.distconnect.contracts.uom.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One realistic, valid payload per event type, built from model records like a service would. */
public final class SampleEvents {
  public static final String ITEM = "SKU-10042";
  public static final String LOCATION = "DC-EAST";
  public static final String PO = "4500012345";
  public static final String CASE = "case-7f3a";
  public static final Instant AT = Instant.parse("2025-03-03T08:15:30Z");

  private SampleEvents() {}

  public static PurchaseOrder purchaseOrder(PurchaseOrderStatus status) {
    return new PurchaseOrder(
        PO,
        "SUP-ACME",
        LOCATION,
        Currency.getInstance("EUR"),
        List.of(
            new PurchaseOrderLine(
                10,
                ITEM,
                Quantity.of(12, UnitOfMeasure.CS),
                Money.of("18.40", "EUR"),
                LocalDate.parse("2025-03-17")),
            new PurchaseOrderLine(
                20,
                "SKU-10043",
                Quantity.of("250.5", UnitOfMeasure.KG),
                Money.of("2.125", "EUR"),
                LocalDate.parse("2025-03-17"))),
        status);
  }

  public static ForecastRevised forecastRevised() {
    Forecast previous =
        new Forecast(
            ITEM,
            LOCATION,
            LocalDate.parse("2025-04-07"),
            LocalDate.parse("2025-04-13"),
            Quantity.of(400, UnitOfMeasure.EA),
            "PC-2025-W10",
            1);
    Forecast current =
        new Forecast(
            ITEM,
            LOCATION,
            LocalDate.parse("2025-04-07"),
            LocalDate.parse("2025-04-13"),
            Quantity.of(520, UnitOfMeasure.EA),
            "PC-2025-W10",
            2);
    return ForecastRevised.of(
        ForecastRevision.between(previous, current), "PC-2025-W10", 2, "Beverages", AT);
  }

  public static ReplenishmentRequested replenishmentRequested() {
    return new ReplenishmentRequested(
        "req-0001",
        CASE,
        ITEM,
        LOCATION,
        Quantity.of(288, UnitOfMeasure.EA),
        LocalDate.parse("2025-03-17"),
        ReplenishmentDecisionKind.NEW_ORDER,
        null,
        Money.of("220.80", "EUR"),
        AT);
  }

  public static PurchaseOrderIssued purchaseOrderIssued() {
    return PurchaseOrderIssued.of(
        purchaseOrder(PurchaseOrderStatus.ISSUED),
        PurchaseOrderIssueKind.NEW,
        1,
        CASE,
        "req-0001",
        AT);
  }

  public static SourcingExceptionRaised sourcingExceptionRaised() {
    return new SourcingExceptionRaised(
        "req-0001",
        CASE,
        ITEM,
        LOCATION,
        SourcingExceptionReason.CAPACITY_EXHAUSTED,
        "SUP-ACME: 480 of 500 CS booked in week 2025-W12, 30 CS needed",
        null,
        AT);
  }

  public static ApprovalEscalated approvalEscalated() {
    return new ApprovalEscalated(
        "5b0e9a52-1f0c-4c51-9d0e-2f6b8f1c7a10",
        "req-0001",
        CASE,
        ITEM,
        LOCATION,
        Money.of("12480.00", "EUR"),
        "EMEA-DC",
        AT,
        AT.plusSeconds(86_400));
  }

  public static SupplierAcknowledged supplierAcknowledged() {
    return SupplierAcknowledged.of(
        new SupplierAcknowledgment(
            PO,
            "SUP-ACME",
            AT,
            List.of(
                new AcknowledgmentLine(
                    10,
                    AcknowledgmentAction.ACCEPT,
                    Quantity.of(12, UnitOfMeasure.CS),
                    LocalDate.parse("2025-03-17"),
                    null),
                new AcknowledgmentLine(
                    20,
                    AcknowledgmentAction.CHANGE,
                    Quantity.of(200, UnitOfMeasure.KG),
                    LocalDate.parse("2025-03-19"),
                    "Partial: rest next week"))),
        CASE);
  }

  public static ShipmentMilestoneReached shipmentMilestoneReached() {
    ShipmentMilestone milestone =
        new ShipmentMilestone(
            "ASN-88001",
            List.of(PO, "4500012399"),
            ShipmentStatus.SHIPPED,
            AT,
            Instant.parse("2025-03-06T14:00:00Z"),
            "DHL Freight",
            "JVGL0123456789",
            List.of(
                new ShipmentLine(PO, 10, ITEM, Quantity.of(12, UnitOfMeasure.CS)),
                new ShipmentLine("4500012399", 10, "SKU-20001", Quantity.of(3, UnitOfMeasure.PL))));
    return ShipmentMilestoneReached.of(milestone, PO, CASE);
  }

  public static ErpPurchaseOrderChanged erpPurchaseOrderChanged() {
    return ErpPurchaseOrderChanged.of(
        purchaseOrder(PurchaseOrderStatus.ACKNOWLEDGED),
        ErpPurchaseOrderChangeKind.STATUS_CHANGED,
        PurchaseOrderStatus.ISSUED,
        CASE,
        AT);
  }

  public static InventoryPositionChanged inventoryPositionChanged() {
    return InventoryPositionChanged.of(
        new InventoryPosition(
            ITEM,
            LOCATION,
            UnitOfMeasure.EA,
            new BigDecimal("1200"),
            new BigDecimal("150"),
            new BigDecimal("288"),
            new BigDecimal("96"),
            new BigDecimal("24"),
            AT),
        InventoryChangeCause.GOODS_RECEIPT);
  }

  public static GoodsReceived goodsReceived() {
    return GoodsReceived.of(
        new GoodsReceipt(
            "5000098765",
            PO,
            10,
            ITEM,
            LOCATION,
            Quantity.of(8, UnitOfMeasure.CS),
            LocalDate.parse("2025-03-14")),
        Quantity.of(4, UnitOfMeasure.CS),
        PurchaseOrderStatus.PARTIALLY_RECEIVED,
        CASE,
        AT);
  }

  public static Item item() {
    return new Item(
        ITEM,
        "Sparkling water 0.5 L",
        new ItemHierarchy("Beverages", "Sparkling water"),
        UnitOfMeasure.EA,
        List.of(
            UnitConversion.of(UnitOfMeasure.CS, "24", UnitOfMeasure.EA),
            UnitConversion.of(UnitOfMeasure.PL, "40", UnitOfMeasure.CS)),
        Quantity.of(1, UnitOfMeasure.CS),
        "4006381333931",
        ItemStatus.ACTIVE);
  }

  public static Location location() {
    return new Location(LOCATION, LocationType.DC, "US-East", ZoneId.of("America/New_York"));
  }

  /** The catalog sample of {@link MasterDataChanged}: an item. */
  public static MasterDataChanged masterDataChanged() {
    return MasterDataChanged.ofItem(item(), 7, AT);
  }

  public static MasterDataChanged masterDataChangedLocation() {
    return MasterDataChanged.ofLocation(location(), 3, AT);
  }

  public static CaseTransitioned caseTransitioned() {
    return new CaseTransitioned(
        CASE,
        ITEM,
        LOCATION,
        "SOURCING",
        "PO_ISSUED",
        "io.distconnect.procurement.PurchaseOrderIssued.v1 3c1e",
        AT,
        "4bf92f3577b34da6a3ce929d0e0e4736",
        "system");
  }

  /** One sample per event type. */
  public static Map<EventType, EventPayload> all() {
    Map<EventType, EventPayload> samples = new EnumMap<>(EventType.class);
    samples.put(EventType.FORECAST_REVISED, forecastRevised());
    samples.put(EventType.REPLENISHMENT_REQUESTED, replenishmentRequested());
    samples.put(EventType.PURCHASE_ORDER_ISSUED, purchaseOrderIssued());
    samples.put(EventType.SUPPLIER_ACKNOWLEDGED, supplierAcknowledged());
    samples.put(EventType.SHIPMENT_MILESTONE_REACHED, shipmentMilestoneReached());
    samples.put(EventType.SOURCING_EXCEPTION_RAISED, sourcingExceptionRaised());
    samples.put(EventType.APPROVAL_ESCALATED, approvalEscalated());
    samples.put(EventType.ERP_PURCHASE_ORDER_CHANGED, erpPurchaseOrderChanged());
    samples.put(EventType.INVENTORY_POSITION_CHANGED, inventoryPositionChanged());
    samples.put(EventType.GOODS_RECEIVED, goodsReceived());
    samples.put(EventType.MASTER_DATA_CHANGED, masterDataChanged());
    samples.put(EventType.CASE_TRANSITIONED, caseTransitioned());
    return samples;
  }

  public static EventPayload of(EventType type) {
    return all().get(type);
  }
}
