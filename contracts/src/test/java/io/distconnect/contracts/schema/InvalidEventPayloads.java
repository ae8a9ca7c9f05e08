package io.distconnect.contracts.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import io.distconnect.contracts.event.EventJson;
import io.distconnect.contracts.event.EventType;
import io.distconnect.contracts.event.SampleEvents;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The invalid-payload table of {@link EventSchemaValidatorTest}: per event type a missing field, a
 * wrong type, a negative quantity, an unknown unit (where the type has them), each with the JSON
 * pointer the violation must name. Kept apart so the test class reads as behaviour, not data.
 */
final class InvalidEventPayloads {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Stands for "remove the field". */
  private static final JsonNode REMOVE = null;

  private InvalidEventPayloads() {}

  static Stream<Arguments> all() {
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
        // SourcingExceptionRaised
        invalid(EventType.SOURCING_EXCEPTION_RAISED, "missing field", "/reason", REMOVE, "/reason"),
        invalid(
            EventType.SOURCING_EXCEPTION_RAISED,
            "unknown reason",
            "/reason",
            text("SUPPLIER_ON_HOLIDAY"),
            "/reason"),
        invalid(
            EventType.SOURCING_EXCEPTION_RAISED, "blank detail", "/detail", text(""), "/detail"),
        invalid(
            EventType.SOURCING_EXCEPTION_RAISED,
            "'@' in the case id",
            "/caseId",
            text("case@1"),
            "/caseId"),
        // ApprovalEscalated
        invalid(
            EventType.APPROVAL_ESCALATED, "missing field", "/escalatedAt", REMOVE, "/escalatedAt"),
        invalid(
            EventType.APPROVAL_ESCALATED,
            "negative order value",
            "/orderValue/amount",
            text("-1.00"),
            "/orderValue/amount"),
        invalid(
            EventType.APPROVAL_ESCALATED,
            "lower-case currency",
            "/orderValue/currency",
            text("eur"),
            "/orderValue/currency"),
        invalid(
            EventType.APPROVAL_ESCALATED,
            "blank buyer group",
            "/buyerGroup",
            text(""),
            "/buyerGroup"),
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
}
