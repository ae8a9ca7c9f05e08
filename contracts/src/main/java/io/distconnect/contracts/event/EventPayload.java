package io.distconnect.contracts.event;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The data of a distconnect event: one record per event type, listed in {@link EventType}. Sealed
 * so the catalog, the schemas and the AsyncAPI document can be checked for completeness.
 */
public sealed interface EventPayload
    permits ForecastRevised,
        ReplenishmentRequested,
        PurchaseOrderIssued,
        SupplierAcknowledged,
        ShipmentMilestoneReached,
        SourcingExceptionRaised,
        ApprovalEscalated,
        ErpPurchaseOrderChanged,
        InventoryPositionChanged,
        GoodsReceived,
        MasterDataChanged,
        CaseTransitioned {

  /**
   * The Kafka record key and CloudEvents subject: {@code itemId@locationId}, the PO number or the
   * master data id ({@code item:<sku>}, {@code location:<code>}), depending on {@link
   * EventType#key()}.
   */
  @JsonIgnore
  String partitionKey();

  @JsonIgnore
  default EventType eventType() {
    return EventType.of(getClass());
  }
}
