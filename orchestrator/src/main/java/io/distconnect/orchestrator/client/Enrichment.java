package io.distconnect.orchestrator.client;

import java.util.List;

/**
 * What the connectors told us about one SKU-location.
 *
 * @param position the ERP stock figures; null when the ERP has none (a new SKU-location: zero
 *     stock)
 * @param openOrders open ERP purchase orders for the SKU-location
 * @param contracts procurement's contracts for the item valid today
 * @param item the ERP item master; null when the ERP does not know the item
 */
public record Enrichment(
    ErpApi.InventoryPosition position,
    List<ErpApi.PurchaseOrder> openOrders,
    List<ProcurementApi.SupplierContract> contracts,
    ErpApi.Item item) {}
