package io.distconnect.erp.domain;

import io.distconnect.contracts.event.ErpPurchaseOrderChangeKind;
import io.distconnect.contracts.event.GoodsReceived;
import io.distconnect.contracts.event.InventoryChangeCause;
import io.distconnect.contracts.model.GoodsReceipt;
import io.distconnect.contracts.model.PurchaseOrderStatus;
import io.distconnect.contracts.model.Quantity;
import io.distconnect.contracts.uom.UnitOfMeasure;
import io.distconnect.erp.domain.PurchaseOrderCommands.Receive;
import io.distconnect.erp.messaging.EventOutbox;
import io.distconnect.erp.persistence.GoodsReceiptRepository;
import io.distconnect.erp.persistence.ItemRepository;
import io.distconnect.erp.persistence.PurchaseOrderRepository;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * Posts goods receipts against PO lines: received quantity, on hand up and on order down at the
 * ship-to location, and the order's status (PARTIALLY_RECEIVED, then RECEIVED). Over-delivery
 * beyond the open quantity is refused, like an ERP without an over-delivery tolerance.
 */
@ApplicationScoped
public class GoodsReceiptService {

  private static final Set<PurchaseOrderStatus> RECEIVABLE =
      Set.of(
          PurchaseOrderStatus.ISSUED,
          PurchaseOrderStatus.ACKNOWLEDGED,
          PurchaseOrderStatus.CHANGED,
          PurchaseOrderStatus.PARTIALLY_RECEIVED);

  private final PurchaseOrderRepository orders;
  private final GoodsReceiptRepository receipts;
  private final ItemRepository items;
  private final InventoryService inventory;
  private final PurchaseOrderService purchaseOrders;
  private final EventOutbox outbox;

  public GoodsReceiptService(
      PurchaseOrderRepository orders,
      GoodsReceiptRepository receipts,
      ItemRepository items,
      InventoryService inventory,
      PurchaseOrderService purchaseOrders,
      EventOutbox outbox) {
    this.orders = orders;
    this.receipts = receipts;
    this.items = items;
    this.inventory = inventory;
    this.purchaseOrders = purchaseOrders;
    this.outbox = outbox;
  }

  @WithSession
  public Uni<ReceiptView> get(String receiptId) {
    return receipts
        .findById(receiptId)
        .onItem()
        .ifNull()
        .failWith(() -> new NotFoundException("No goods receipt " + receiptId))
        .flatMap(r -> orders.require(r.purchaseOrderNumber).map(po -> view(r, po)));
  }

  /** Must run in a transaction. */
  @WithSpan
  public Uni<ReceiptView> post(Receive command) {
    // Posting dates are local to the DC, which may be a day ahead of UTC; later is a typo.
    if (command.receiptDate().isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1))) {
      return Uni.createFrom()
          .failure(new InvalidFieldException("receiptDate", "must not be in the future"));
    }
    return orders
        .lock(command.purchaseOrderNumber())
        .flatMap(
            po -> {
              if (!RECEIVABLE.contains(po.status)) {
                throw new ConflictException(
                    "Purchase order "
                        + po.number
                        + " is "
                        + po.status
                        + "; goods cannot be received against it");
              }
              PurchaseOrderLineEntity line =
                  po.line(command.lineNumber())
                      .orElseThrow(
                          () ->
                              new InvalidFieldException(
                                  "lineNumber",
                                  "Purchase order "
                                      + po.number
                                      + " has no line "
                                      + command.lineNumber()));
              return items.require(line.itemId).flatMap(item -> book(po, line, item, command));
            });
  }

  private Uni<ReceiptView> book(
      PurchaseOrderEntity po, PurchaseOrderLineEntity line, ItemEntity item, Receive command) {
    UnitOfMeasure uom = OrderLineUnits.parse(command.uom(), "uom");
    BigDecimal inLineUnit =
        OrderLineUnits.convert(item, command.quantity(), uom, line.uom, "quantity");
    BigDecimal inBaseUnit =
        OrderLineUnits.convert(item, inLineUnit, line.uom, item.baseUom, "quantity");
    if (inLineUnit.compareTo(line.openQuantity()) > 0) {
      throw new ConflictException(
          "Receiving "
              + Quantity.normalise(inLineUnit).toPlainString()
              + " "
              + line.uom
              + " exceeds the open quantity "
              + Quantity.normalise(line.openQuantity()).toPlainString()
              + " "
              + line.uom
              + " of line "
              + line.lineNumber);
    }
    Instant now = Instant.now();
    line.receivedQuantity = line.receivedQuantity.add(inLineUnit);
    PurchaseOrderStatus previous = po.status;
    PurchaseOrderStatus next =
        po.fullyReceived() ? PurchaseOrderStatus.RECEIVED : PurchaseOrderStatus.PARTIALLY_RECEIVED;
    if (next != previous) {
      po.status = previous.transitionTo(next);
    }
    po.updatedAt = now;
    return receipts
        .nextNumber()
        .flatMap(
            receiptId -> {
              GoodsReceiptEntity receipt = new GoodsReceiptEntity();
              receipt.receiptId = receiptId;
              receipt.purchaseOrderNumber = po.number;
              receipt.lineNumber = line.lineNumber;
              receipt.itemId = line.itemId;
              receipt.locationId = po.shipToLocationId;
              receipt.quantity = inLineUnit;
              receipt.uom = line.uom;
              receipt.receiptDate = command.receiptDate();
              receipt.postedAt = now;
              return receipts.persist(receipt);
            })
        .flatMap(
            receipt ->
                inventory
                    .change(
                        item,
                        po.shipToLocationId,
                        StockDelta.receipt(inBaseUnit),
                        InventoryChangeCause.GOODS_RECEIPT)
                    .flatMap(position -> publishReceived(po, line, receipt))
                    .flatMap(
                        v ->
                            next != previous
                                ? purchaseOrders.publish(
                                    po, ErpPurchaseOrderChangeKind.STATUS_CHANGED, previous)
                                : Uni.createFrom().voidItem())
                    .map(v -> view(receipt, po)));
  }

  private Uni<Void> publishReceived(
      PurchaseOrderEntity po, PurchaseOrderLineEntity line, GoodsReceiptEntity receipt) {
    GoodsReceipt canonical =
        new GoodsReceipt(
            receipt.receiptId,
            po.number,
            line.lineNumber,
            line.itemId,
            po.shipToLocationId,
            new Quantity(receipt.quantity, receipt.uom),
            receipt.receiptDate);
    return outbox
        .publish(
            GoodsReceived.of(
                canonical,
                new Quantity(line.openQuantity(), line.uom),
                po.status,
                po.caseId,
                receipt.postedAt))
        .replaceWithVoid();
  }

  private static ReceiptView view(GoodsReceiptEntity r, PurchaseOrderEntity po) {
    BigDecimal open =
        po.line(r.lineNumber).map(PurchaseOrderLineEntity::openQuantity).orElse(BigDecimal.ZERO);
    return new ReceiptView(
        r.receiptId,
        r.purchaseOrderNumber,
        r.lineNumber,
        r.itemId,
        r.locationId,
        Quantity.normalise(r.quantity),
        r.uom,
        r.receiptDate,
        r.postedAt,
        Quantity.normalise(open),
        po.status);
  }
}
