package io.distconnect.contracts.event;

import io.distconnect.contracts.model.Checks;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The event catalog: for every event type its CloudEvents {@code type} name, payload record, JSON
 * Schema resource, topic, key and producing service. Producers, consumers, the schema validator and
 * the AsyncAPI test all read this one table.
 */
public enum EventType {
  FORECAST_REVISED(
      "planning",
      "ForecastRevised",
      ForecastRevised.class,
      Topics.FORECAST_REVISIONS,
      EventKey.ITEM_LOCATION,
      CloudEventsConventions.PLANNING_CONNECTOR),
  REPLENISHMENT_REQUESTED(
      "procurement",
      "ReplenishmentRequested",
      ReplenishmentRequested.class,
      Topics.REPLENISHMENT_REQUESTS,
      EventKey.ITEM_LOCATION,
      CloudEventsConventions.ORCHESTRATOR),
  PURCHASE_ORDER_ISSUED(
      "procurement",
      "PurchaseOrderIssued",
      PurchaseOrderIssued.class,
      Topics.PROCUREMENT_PURCHASE_ORDER_EVENTS,
      EventKey.PURCHASE_ORDER_NUMBER,
      CloudEventsConventions.PROCUREMENT_CONNECTOR),
  SUPPLIER_ACKNOWLEDGED(
      "procurement",
      "SupplierAcknowledged",
      SupplierAcknowledged.class,
      Topics.PROCUREMENT_PURCHASE_ORDER_EVENTS,
      EventKey.PURCHASE_ORDER_NUMBER,
      CloudEventsConventions.PROCUREMENT_CONNECTOR),
  SHIPMENT_MILESTONE_REACHED(
      "procurement",
      "ShipmentMilestoneReached",
      ShipmentMilestoneReached.class,
      Topics.PROCUREMENT_PURCHASE_ORDER_EVENTS,
      EventKey.PURCHASE_ORDER_NUMBER,
      CloudEventsConventions.PROCUREMENT_CONNECTOR),
  SOURCING_EXCEPTION_RAISED(
      "procurement",
      "SourcingExceptionRaised",
      SourcingExceptionRaised.class,
      Topics.PROCUREMENT_SOURCING_EVENTS,
      EventKey.ITEM_LOCATION,
      CloudEventsConventions.PROCUREMENT_CONNECTOR),
  APPROVAL_ESCALATED(
      "procurement",
      "ApprovalEscalated",
      ApprovalEscalated.class,
      Topics.PROCUREMENT_SOURCING_EVENTS,
      EventKey.ITEM_LOCATION,
      CloudEventsConventions.PROCUREMENT_CONNECTOR),
  ERP_PURCHASE_ORDER_CHANGED(
      "erp",
      "ErpPurchaseOrderChanged",
      ErpPurchaseOrderChanged.class,
      Topics.ERP_PURCHASE_ORDER_EVENTS,
      EventKey.PURCHASE_ORDER_NUMBER,
      CloudEventsConventions.ERP_CONNECTOR),
  INVENTORY_POSITION_CHANGED(
      "erp",
      "InventoryPositionChanged",
      InventoryPositionChanged.class,
      Topics.ERP_INVENTORY_EVENTS,
      EventKey.ITEM_LOCATION,
      CloudEventsConventions.ERP_CONNECTOR),
  GOODS_RECEIVED(
      "erp",
      "GoodsReceived",
      GoodsReceived.class,
      Topics.ERP_PURCHASE_ORDER_EVENTS,
      EventKey.PURCHASE_ORDER_NUMBER,
      CloudEventsConventions.ERP_CONNECTOR),
  MASTER_DATA_CHANGED(
      "erp",
      "MasterDataChanged",
      MasterDataChanged.class,
      Topics.ERP_MASTER_DATA_EVENTS,
      EventKey.MASTER_DATA_ID,
      CloudEventsConventions.ERP_CONNECTOR),
  CASE_TRANSITIONED(
      "orchestrator",
      "CaseTransitioned",
      CaseTransitioned.class,
      Topics.CASE_TRANSITIONS,
      EventKey.ITEM_LOCATION,
      CloudEventsConventions.ORCHESTRATOR);

  /** Separates item and location in {@link #subjectKey}. */
  public static final char SUBJECT_SEPARATOR = '@';

  private static final int VERSION = 1;

  private final String domain;
  private final String eventName;
  private final Class<? extends EventPayload> payloadClass;
  private final String topic;
  private final EventKey key;
  private final String producer;

  EventType(
      String domain,
      String eventName,
      Class<? extends EventPayload> payloadClass,
      String topic,
      EventKey key,
      String producer) {
    this.domain = domain;
    this.eventName = eventName;
    this.payloadClass = payloadClass;
    this.topic = topic;
    this.key = key;
    this.producer = producer;
  }

  /** The CloudEvents {@code type}: {@code io.distconnect.<domain>.<EventName>.v1}. */
  public String typeName() {
    return "io.distconnect." + domain + "." + eventName + ".v" + VERSION;
  }

  /** The business domain that owns the event: planning, procurement, erp or orchestrator. */
  public String domain() {
    return domain;
  }

  /** The bare event name, e.g. {@code ForecastRevised}. */
  public String eventName() {
    return eventName;
  }

  public int version() {
    return VERSION;
  }

  public Class<? extends EventPayload> payloadClass() {
    return payloadClass;
  }

  /** Classpath location of the JSON Schema: {@code schemas/<EventName>.v1.json}. */
  public String schemaResource() {
    return "schemas/" + eventName + ".v" + VERSION + ".json";
  }

  public String topic() {
    return topic;
  }

  public EventKey key() {
    return key;
  }

  /** The service that produces it (and names its CloudEvents {@code source}). */
  public String producer() {
    return producer;
  }

  /**
   * @throws UnknownEventTypeException when no event type has that name
   */
  public static EventType fromTypeName(String typeName) {
    return find(typeName).orElseThrow(() -> new UnknownEventTypeException(typeName));
  }

  public static Optional<EventType> find(String typeName) {
    return Arrays.stream(values()).filter(type -> type.typeName().equals(typeName)).findFirst();
  }

  public static EventType of(Class<? extends EventPayload> payloadClass) {
    for (EventType type : values()) {
      if (type.payloadClass == payloadClass) {
        return type;
      }
    }
    throw new IllegalArgumentException("No event type for " + payloadClass.getName());
  }

  /** The event types published on a topic. */
  public static List<EventType> onTopic(String topic) {
    return Arrays.stream(values()).filter(type -> type.topic.equals(topic)).toList();
  }

  public static List<String> typeNames() {
    return Arrays.stream(values()).map(EventType::typeName).toList();
  }

  /**
   * The Kafka key and CloudEvents subject of item-location events: {@code itemId@locationId}, so
   * all events about one SKU at one location stay in order on one partition.
   */
  public static String subjectKey(String itemId, String locationId) {
    Checks.requireIdentifier(itemId, "item id");
    Checks.requireIdentifier(locationId, "location id");
    return itemId + SUBJECT_SEPARATOR + locationId;
  }
}
