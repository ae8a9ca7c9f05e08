package io.distconnect.erp.domain;

import io.distconnect.contracts.event.ErpPurchaseOrderChangeKind;
import io.distconnect.contracts.event.ErpPurchaseOrderChanged;
import io.distconnect.contracts.event.InventoryChangeCause;
import io.distconnect.contracts.model.ItemStatus;
import io.distconnect.contracts.model.PurchaseOrderStatus;
import io.distconnect.contracts.model.SupplierStatus;
import io.distconnect.contracts.uom.UnitOfMeasure;
import io.distconnect.erp.domain.PurchaseOrderCommands.Amend;
import io.distconnect.erp.domain.PurchaseOrderCommands.Create;
import io.distconnect.erp.domain.PurchaseOrderCommands.LineChange;
import io.distconnect.erp.domain.PurchaseOrderCommands.NewLine;
import io.distconnect.erp.messaging.EventOutbox;
import io.distconnect.erp.persistence.ItemRepository;
import io.distconnect.erp.persistence.LocationRepository;
import io.distconnect.erp.persistence.PurchaseOrderRepository;
import io.distconnect.erp.persistence.SupplierRepository;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Purchase orders of the embedded ERP: numbering, the canonical status lifecycle, and on-order
 * bookkeeping (open quantity of every open line, in the item's base unit, at the ship-to location).
 * Every change publishes ErpPurchaseOrderChanged and the InventoryPositionChanged of each
 * SKU-location whose on-order moved, in the caller's transaction.
 */
@ApplicationScoped
public class PurchaseOrderService {

  private final PurchaseOrderRepository orders;
  private final ItemRepository items;
  private final SupplierRepository suppliers;
  private final LocationRepository locations;
  private final InventoryService inventory;
  private final EventOutbox outbox;

  public PurchaseOrderService(
      PurchaseOrderRepository orders,
      ItemRepository items,
      SupplierRepository suppliers,
      LocationRepository locations,
      InventoryService inventory,
      EventOutbox outbox) {
    this.orders = orders;
    this.items = items;
    this.suppliers = suppliers;
    this.locations = locations;
    this.inventory = inventory;
    this.outbox = outbox;
  }

  @WithSession
  public Uni<PurchaseOrderView> get(String number) {
    return orders.require(number).map(PurchaseOrderView::of);
  }

  @WithSession
  public Uni<Paged<PurchaseOrderView>> search(PurchaseOrderQuery query, int page, int size) {
    return orders
        .search(query, page, size)
        .flatMap(
            found ->
                orders
                    .countMatching(query)
                    .map(
                        total ->
                            new Paged<>(
                                found.stream().map(PurchaseOrderView::of).toList(), total)));
  }

  /**
   * Books an order procurement has already issued to the supplier: it starts ISSUED (not DRAFT), so
   * the ERP's status agrees with procurement's from the first event on.
   */
  @WithSpan
  public Uni<PurchaseOrderView> create(Create command) {
    Currency currency = currency(command.currency());
    return suppliers
        .findById(command.supplierId())
        .flatMap(
            supplier -> {
              if (supplier == null) {
                throw new InvalidFieldException(
                    "supplierId", "No supplier " + command.supplierId());
              }
              if (supplier.status == SupplierStatus.BLOCKED) {
                throw new ConflictException("Supplier " + supplier.id + " is blocked");
              }
              return locations.findById(command.shipToLocationId());
            })
        .flatMap(
            location -> {
              if (location == null) {
                throw new InvalidFieldException(
                    "shipToLocationId", "No location " + command.shipToLocationId());
              }
              return command.externalReference() == null
                  ? Uni.createFrom().nullItem()
                  : orders.byExternalReference(command.externalReference());
            })
        .flatMap(
            existing -> {
              if (existing != null) {
                throw new ConflictException(
                    "Purchase order "
                        + existing.number
                        + " already has external reference "
                        + command.externalReference());
              }
              return itemsFor(command.lines(), "lines");
            })
        .flatMap(
            itemsBySku ->
                orders
                    .nextNumber()
                    .flatMap(
                        number -> {
                          Instant now = Instant.now();
                          PurchaseOrderEntity po = new PurchaseOrderEntity();
                          po.number = number;
                          po.supplierId = command.supplierId();
                          po.shipToLocationId = command.shipToLocationId();
                          po.currency = currency.getCurrencyCode();
                          po.status = PurchaseOrderStatus.ISSUED;
                          po.externalReference = command.externalReference();
                          po.caseId = command.caseId();
                          po.revision = 1;
                          po.createdAt = now;
                          po.updatedAt = now;
                          Map<String, BigDecimal> onOrder = new LinkedHashMap<>();
                          for (int i = 0; i < command.lines().size(); i++) {
                            NewLine line = command.lines().get(i);
                            PurchaseOrderLineEntity entity =
                                newLine(i + 1, line, itemsBySku, "lines[" + i + "]");
                            po.lines.add(entity);
                            onOrder.merge(
                                line.itemId(),
                                base(itemsBySku, entity, entity.quantity),
                                BigDecimal::add);
                          }
                          return orders
                              .persist(po)
                              .flatMap(saved -> book(po, onOrder, itemsBySku))
                              .flatMap(v -> publish(po, ErpPurchaseOrderChangeKind.CREATED, null))
                              .map(v -> PurchaseOrderView.of(po));
                        }));
  }

  /** Changes quantities and dates of open lines and adds lines; the revision goes up by one. */
  @WithSpan
  public Uni<PurchaseOrderView> amend(String number, Amend command) {
    if (command.lines().isEmpty() && command.addLines().isEmpty()) {
      return Uni.createFrom()
          .failure(
              new InvalidFieldException("lines", "an amendment changes or adds at least one line"));
    }
    return orders
        .lock(number)
        .flatMap(
            po -> {
              if (!po.status.isOpen()) {
                throw new ConflictException(
                    "Purchase order " + number + " is " + po.status + " and cannot be amended");
              }
              Set<String> skus =
                  Stream.concat(
                          po.lines.stream().map(l -> l.itemId),
                          command.addLines().stream().map(NewLine::itemId))
                      .collect(Collectors.toSet());
              return items
                  .bySkus(skus)
                  .map(found -> found.stream().collect(Collectors.toMap(i -> i.sku, i -> i)))
                  .flatMap(itemsBySku -> applyAmendment(po, command, itemsBySku));
            });
  }

  private Uni<PurchaseOrderView> applyAmendment(
      PurchaseOrderEntity po, Amend command, Map<String, ItemEntity> itemsBySku) {
    Map<String, BigDecimal> onOrder = new LinkedHashMap<>();
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < command.lines().size(); i++) {
      LineChange change = command.lines().get(i);
      String field = "lines[" + i + "]";
      if (!seen.add(change.lineNumber())) {
        throw new InvalidFieldException(
            field + ".lineNumber", "line " + change.lineNumber() + " is changed twice");
      }
      PurchaseOrderLineEntity line =
          po.line(change.lineNumber())
              .orElseThrow(
                  () ->
                      new InvalidFieldException(
                          field + ".lineNumber",
                          "Purchase order " + po.number + " has no line " + change.lineNumber()));
      if (change.quantity() != null) {
        if (change.quantity().compareTo(line.receivedQuantity) < 0) {
          throw new InvalidFieldException(
              field + ".quantity",
              "must not be below the received quantity "
                  + line.receivedQuantity.stripTrailingZeros().toPlainString()
                  + " "
                  + line.uom);
        }
        BigDecimal oldOpen = line.openQuantity();
        line.quantity = change.quantity();
        // The old quantity converted exactly, so an exact delta keeps the new one exact too.
        BigDecimal delta = line.openQuantity().subtract(oldOpen);
        onOrder.merge(
            line.itemId,
            OrderLineUnits.toBase(
                itemsBySku.get(line.itemId), delta, line.uom, field + ".quantity"),
            BigDecimal::add);
      }
      if (change.needByDate() != null) {
        line.needByDate = change.needByDate();
      }
    }
    int next = po.lines.stream().mapToInt(l -> l.lineNumber).max().orElse(0) + 1;
    for (int i = 0; i < command.addLines().size(); i++) {
      NewLine add = command.addLines().get(i);
      requireOrderable(itemsBySku, add.itemId(), "addLines[" + i + "].itemId");
      PurchaseOrderLineEntity line = newLine(next++, add, itemsBySku, "addLines[" + i + "]");
      po.lines.add(line);
      onOrder.merge(add.itemId(), base(itemsBySku, line, line.quantity), BigDecimal::add);
    }
    PurchaseOrderStatus previous = po.status;
    // Reducing the open lines to what was received completes the order.
    if (po.fullyReceived() && po.status.canTransitionTo(PurchaseOrderStatus.RECEIVED)) {
      po.status = PurchaseOrderStatus.RECEIVED;
    }
    po.revision++;
    po.lastReason = command.reason();
    po.updatedAt = Instant.now();
    return book(po, onOrder, itemsBySku)
        .flatMap(v -> publish(po, ErpPurchaseOrderChangeKind.AMENDED, previous))
        .map(v -> PurchaseOrderView.of(po));
  }

  /**
   * Moves the order along the canonical lifecycle (409 when it may not). Asking for the status it
   * already has is a no-op, so a retried request does not fail. Receipt statuses are reached only
   * by posting goods receipts. Leaving the open statuses takes the open quantities off order.
   */
  @WithSpan
  public Uni<PurchaseOrderView> changeStatus(
      String number, PurchaseOrderStatus target, String reason) {
    return orders
        .lock(number)
        .flatMap(
            po -> {
              if (po.status == target) {
                return Uni.createFrom().item(PurchaseOrderView.of(po));
              }
              if (target == PurchaseOrderStatus.PARTIALLY_RECEIVED
                  || target == PurchaseOrderStatus.RECEIVED) {
                throw new ConflictException(
                    target + " is set by posting goods receipts, not by a status change");
              }
              PurchaseOrderStatus previous = po.status;
              po.status = previous.transitionTo(target);
              po.lastReason = reason;
              po.updatedAt = Instant.now();
              Map<String, BigDecimal> onOrder = new LinkedHashMap<>();
              Uni<Map<String, ItemEntity>> itemsBySku =
                  items
                      .bySkus(po.lines.stream().map(l -> l.itemId).collect(Collectors.toSet()))
                      .map(found -> found.stream().collect(Collectors.toMap(i -> i.sku, i -> i)));
              return itemsBySku
                  .flatMap(
                      byId -> {
                        if (previous.isOpen() && !target.isOpen()) {
                          for (PurchaseOrderLineEntity line : po.lines) {
                            onOrder.merge(
                                line.itemId,
                                base(byId, line, line.openQuantity()).negate(),
                                BigDecimal::add);
                          }
                        }
                        return book(po, onOrder, byId);
                      })
                  .flatMap(v -> publish(po, ErpPurchaseOrderChangeKind.STATUS_CHANGED, previous))
                  .map(v -> PurchaseOrderView.of(po));
            });
  }

  /** Publishes the order after a change (used by goods receipts too). */
  Uni<Void> publish(
      PurchaseOrderEntity po, ErpPurchaseOrderChangeKind kind, PurchaseOrderStatus previous) {
    return outbox
        .publish(ErpPurchaseOrderChanged.of(po.toModel(), kind, previous, po.caseId, po.updatedAt))
        .replaceWithVoid();
  }

  private Uni<Void> book(
      PurchaseOrderEntity po, Map<String, BigDecimal> onOrder, Map<String, ItemEntity> itemsBySku) {
    return Multi.createFrom()
        .iterable(onOrder.entrySet())
        .filter(e -> e.getValue().signum() != 0)
        .onItem()
        .transformToUniAndConcatenate(
            e ->
                inventory.change(
                    itemsBySku.get(e.getKey()),
                    po.shipToLocationId,
                    StockDelta.onOrder(e.getValue()),
                    InventoryChangeCause.PURCHASE_ORDER_CHANGE))
        .collect()
        .last()
        .replaceWithVoid();
  }

  private Uni<Map<String, ItemEntity>> itemsFor(List<NewLine> lines, String field) {
    return items
        .bySkus(lines.stream().map(NewLine::itemId).collect(Collectors.toSet()))
        .map(
            found -> {
              Map<String, ItemEntity> bySku =
                  found.stream().collect(Collectors.toMap(i -> i.sku, Function.identity()));
              for (int i = 0; i < lines.size(); i++) {
                requireOrderable(bySku, lines.get(i).itemId(), field + "[" + i + "].itemId");
              }
              return bySku;
            });
  }

  private static void requireOrderable(Map<String, ItemEntity> bySku, String sku, String field) {
    ItemEntity item = bySku.get(sku);
    if (item == null) {
      throw new InvalidFieldException(field, "No item " + sku);
    }
    if (item.status == ItemStatus.BLOCKED) {
      throw new ConflictException("Item " + sku + " is blocked and cannot be ordered");
    }
  }

  private static PurchaseOrderLineEntity newLine(
      int lineNumber, NewLine line, Map<String, ItemEntity> bySku, String field) {
    ItemEntity item = bySku.get(line.itemId());
    UnitOfMeasure uom = OrderLineUnits.parse(line.uom(), field + ".uom");
    // Refuse units the item cannot be stocked in, before anything is booked.
    OrderLineUnits.convert(item, line.quantity(), uom, item.baseUom, field + ".uom");
    PurchaseOrderLineEntity entity = new PurchaseOrderLineEntity();
    entity.lineNumber = lineNumber;
    entity.itemId = line.itemId();
    entity.quantity = line.quantity();
    entity.uom = uom;
    entity.unitPrice = line.unitPrice();
    entity.needByDate = line.needByDate();
    entity.receivedQuantity = BigDecimal.ZERO;
    return entity;
  }

  private static BigDecimal base(
      Map<String, ItemEntity> bySku, PurchaseOrderLineEntity line, BigDecimal quantity) {
    return OrderLineUnits.toBase(bySku.get(line.itemId), quantity, line.uom, "quantity");
  }

  private static Currency currency(String code) {
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidFieldException("currency", "'" + code + "' is not an ISO 4217 currency");
    }
  }
}
