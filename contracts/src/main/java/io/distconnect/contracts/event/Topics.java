package io.distconnect.contracts.event;

import io.distconnect.contracts.model.Checks;
import java.util.List;

/**
 * Kafka topic names, {@code <domain>.<stream>.v<N>}. The version is the payload contract's: a
 * breaking change publishes to a new {@code .v2} topic while {@code .v1} is still produced.
 */
public final class Topics {
  /** {@link ForecastRevised}, keyed {@code itemId@locationId}. */
  public static final String FORECAST_REVISIONS = "planning.forecast-revisions.v1";

  /** {@link ReplenishmentRequested} commands to procurement, keyed {@code itemId@locationId}. */
  public static final String REPLENISHMENT_REQUESTS = "procurement.replenishment-requests.v1";

  /** Procurement's PO lifecycle events, keyed by PO number. */
  public static final String PROCUREMENT_PURCHASE_ORDER_EVENTS =
      "procurement.purchase-order-events.v1";

  /**
   * What became of replenishment requests procurement could not complete on its own ({@link
   * SourcingExceptionRaised}, {@link ApprovalEscalated}), keyed {@code itemId@locationId} so they
   * stay in order with the requests.
   */
  public static final String PROCUREMENT_SOURCING_EVENTS = "procurement.sourcing-events.v1";

  /** ERP stock events ({@link InventoryPositionChanged}), keyed {@code itemId@locationId}. */
  public static final String ERP_INVENTORY_EVENTS = "erp.inventory-events.v1";

  /**
   * ERP purchase-order events ({@link ErpPurchaseOrderChanged}, {@link GoodsReceived}), keyed by PO
   * number so a receipt stays in order with the order's changes.
   */
  public static final String ERP_PURCHASE_ORDER_EVENTS = "erp.purchase-order-events.v1";

  /**
   * ERP item and location master data ({@link MasterDataChanged}), keyed {@code item:<sku>} or
   * {@code location:<code>}; consumers keep a local master-data cache from it.
   */
  public static final String ERP_MASTER_DATA_EVENTS = "erp.master-data-events.v1";

  /** The orchestrator's case audit trail, keyed {@code itemId@locationId}. */
  public static final String CASE_TRANSITIONS = "orchestrator.case-transitions.v1";

  /** Every business topic above, in flow order. */
  public static final List<String> ALL =
      List.of(
          FORECAST_REVISIONS,
          REPLENISHMENT_REQUESTS,
          PROCUREMENT_PURCHASE_ORDER_EVENTS,
          PROCUREMENT_SOURCING_EVENTS,
          ERP_INVENTORY_EVENTS,
          ERP_PURCHASE_ORDER_EVENTS,
          ERP_MASTER_DATA_EVENTS,
          CASE_TRANSITIONS);

  private static final String DEAD_LETTER_INFIX = ".dlq.";

  private Topics() {}

  /**
   * The dead-letter topic of one consumer of {@code topic}: {@code <topic>.dlq.<service>}. Each
   * consuming service has its own, so one service's poison message never blocks another's.
   */
  public static String deadLetter(String topic, String service) {
    Checks.requireNonBlank(topic, "topic");
    Checks.requireNonBlank(service, "service");
    if (topic.contains(DEAD_LETTER_INFIX)) {
      throw new IllegalArgumentException("'" + topic + "' is already a dead-letter topic");
    }
    if (!service.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException(
          "service must be a lower-case name like 'orchestrator': '" + service + "'");
    }
    return topic + DEAD_LETTER_INFIX + service;
  }
}
