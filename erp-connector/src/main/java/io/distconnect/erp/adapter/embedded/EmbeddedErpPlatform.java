package io.distconnect.erp.adapter.embedded;

import io.distconnect.contracts.model.InventoryPosition;
import io.distconnect.contracts.model.PurchaseOrderStatus;
import io.distconnect.erp.domain.ErpPlatform;
import io.distconnect.erp.domain.GoodsReceiptService;
import io.distconnect.erp.domain.InventoryKey;
import io.distconnect.erp.domain.InventoryService;
import io.distconnect.erp.domain.Paged;
import io.distconnect.erp.domain.PositionBatch;
import io.distconnect.erp.domain.PurchaseOrderCommands;
import io.distconnect.erp.domain.PurchaseOrderQuery;
import io.distconnect.erp.domain.PurchaseOrderService;
import io.distconnect.erp.domain.PurchaseOrderView;
import io.distconnect.erp.domain.ReceiptView;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.math.BigDecimal;
import java.util.List;

/**
 * The reference ERP kept in this service's own tables: the default adapter, so the whole system
 * runs and demos on one machine. Typed to its class so only the selection in {@code
 * ErpPlatformSelector} is injectable as {@link ErpPlatform}.
 */
@ApplicationScoped
@Typed(EmbeddedErpPlatform.class)
public class EmbeddedErpPlatform implements ErpPlatform {

  private final InventoryService inventory;
  private final PurchaseOrderService purchaseOrders;
  private final GoodsReceiptService receipts;

  public EmbeddedErpPlatform(
      InventoryService inventory,
      PurchaseOrderService purchaseOrders,
      GoodsReceiptService receipts) {
    this.inventory = inventory;
    this.purchaseOrders = purchaseOrders;
    this.receipts = receipts;
  }

  @Override
  public String name() {
    return "embedded";
  }

  @Override
  public Uni<InventoryPosition> inventoryPosition(String itemId, String locationId) {
    return inventory.position(itemId, locationId);
  }

  @Override
  public Uni<PositionBatch> inventoryPositions(List<InventoryKey> keys) {
    return inventory.positions(keys);
  }

  @Override
  public Uni<InventoryPosition> adjustInventory(
      String itemId,
      String locationId,
      BigDecimal onHandDelta,
      BigDecimal allocatedDelta,
      BigDecimal backorderedDelta,
      String reason) {
    Log.infof("Inventory adjustment of %s at %s: %s", itemId, locationId, reason);
    return inventory.adjust(itemId, locationId, onHandDelta, allocatedDelta, backorderedDelta);
  }

  @Override
  public Uni<PurchaseOrderView> purchaseOrder(String number) {
    return purchaseOrders.get(number);
  }

  @Override
  public Uni<Paged<PurchaseOrderView>> purchaseOrders(
      PurchaseOrderQuery query, int page, int size) {
    return purchaseOrders.search(query, page, size);
  }

  @Override
  public Uni<PurchaseOrderView> createPurchaseOrder(PurchaseOrderCommands.Create command) {
    return purchaseOrders.create(command);
  }

  @Override
  public Uni<PurchaseOrderView> amendPurchaseOrder(
      String number, PurchaseOrderCommands.Amend command) {
    return purchaseOrders.amend(number, command);
  }

  @Override
  public Uni<PurchaseOrderView> changePurchaseOrderStatus(
      String number, PurchaseOrderStatus status, String reason) {
    return purchaseOrders.changeStatus(number, status, reason);
  }

  @Override
  public Uni<ReceiptView> postGoodsReceipt(PurchaseOrderCommands.Receive command) {
    return receipts.post(command);
  }

  @Override
  public Uni<ReceiptView> goodsReceipt(String receiptId) {
    return receipts.get(receiptId);
  }
}
