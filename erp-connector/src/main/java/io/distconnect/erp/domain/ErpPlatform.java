package io.distconnect.erp.domain;

import io.distconnect.contracts.model.InventoryPosition;
import io.distconnect.contracts.model.PurchaseOrderStatus;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.util.List;

/**
 * The port to the ERP: everything the REST API asks of "the ERP", whichever platform that is. The
 * adapter is picked with {@code distconnect.erp.adapter}; writes run inside the caller's
 * transaction so their events and idempotency records commit together.
 */
public interface ErpPlatform {

  /** The adapter's name as configured (embedded, s4hana). */
  String name();

  Uni<InventoryPosition> inventoryPosition(String itemId, String locationId);

  Uni<PositionBatch> inventoryPositions(List<InventoryKey> keys);

  Uni<InventoryPosition> adjustInventory(
      String itemId,
      String locationId,
      BigDecimal onHandDelta,
      BigDecimal allocatedDelta,
      BigDecimal backorderedDelta,
      String reason);

  Uni<PurchaseOrderView> purchaseOrder(String number);

  Uni<Paged<PurchaseOrderView>> purchaseOrders(PurchaseOrderQuery query, int page, int size);

  Uni<PurchaseOrderView> createPurchaseOrder(PurchaseOrderCommands.Create command);

  Uni<PurchaseOrderView> amendPurchaseOrder(String number, PurchaseOrderCommands.Amend command);

  Uni<PurchaseOrderView> changePurchaseOrderStatus(
      String number, PurchaseOrderStatus status, String reason);

  Uni<ReceiptView> postGoodsReceipt(PurchaseOrderCommands.Receive command);

  Uni<ReceiptView> goodsReceipt(String receiptId);
}
