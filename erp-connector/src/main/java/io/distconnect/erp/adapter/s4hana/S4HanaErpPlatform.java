package io.distconnect.erp.adapter.s4hana;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.distconnect.contracts.event.ErpPurchaseOrderChangeKind;
import io.distconnect.contracts.event.ErpPurchaseOrderChanged;
import io.distconnect.contracts.event.GoodsReceived;
import io.distconnect.contracts.model.GoodsReceipt;
import io.distconnect.contracts.model.InventoryPosition;
import io.distconnect.contracts.model.LocationCodeMapping;
import io.distconnect.contracts.model.Money;
import io.distconnect.contracts.model.Platform;
import io.distconnect.contracts.model.PurchaseOrder;
import io.distconnect.contracts.model.PurchaseOrderLine;
import io.distconnect.contracts.model.PurchaseOrderStatus;
import io.distconnect.contracts.model.Quantity;
import io.distconnect.contracts.uom.UnitOfMeasure;
import io.distconnect.contracts.uom.UnitOfMeasureException;
import io.distconnect.erp.config.ErpConfig;
import io.distconnect.erp.domain.ConflictException;
import io.distconnect.erp.domain.ErpPlatform;
import io.distconnect.erp.domain.InvalidFieldException;
import io.distconnect.erp.domain.InventoryKey;
import io.distconnect.erp.domain.LocationMappingService;
import io.distconnect.erp.domain.NotFoundException;
import io.distconnect.erp.domain.Paged;
import io.distconnect.erp.domain.PositionBatch;
import io.distconnect.erp.domain.PurchaseOrderCommands;
import io.distconnect.erp.domain.PurchaseOrderQuery;
import io.distconnect.erp.domain.PurchaseOrderView;
import io.distconnect.erp.domain.ReceiptView;
import io.distconnect.erp.domain.UnsupportedByPlatformException;
import io.distconnect.erp.messaging.EventOutbox;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The ERP is SAP S/4HANA: purchase orders are read, created and amended through
 * API_PURCHASEORDER_PROCESS_SRV, goods receipts posted through API_MATERIAL_DOCUMENT_SRV and stock
 * read through API_MATERIAL_STOCK_SRV, cancellation as the items' deletion indicator. What SAP
 * offers no API for (setting any other status, adjusting stock outside a goods movement) answers
 * 501 naming why rather than pretending.
 */
@ApplicationScoped
@Typed(S4HanaErpPlatform.class)
public class S4HanaErpPlatform implements ErpPlatform {

  private final S4HanaPurchaseOrderClient client;
  private final S4HanaMaterialClient materials;
  private final LocationMappingService mappings;
  private final EventOutbox outbox;
  private final ErpConfig config;

  public S4HanaErpPlatform(
      S4HanaPurchaseOrderClient client,
      S4HanaMaterialClient materials,
      LocationMappingService mappings,
      EventOutbox outbox,
      ErpConfig config) {
    this.client = client;
    this.materials = materials;
    this.mappings = mappings;
    this.outbox = outbox;
    this.config = config;
  }

  @Override
  public String name() {
    return "s4hana";
  }

  @Override
  public Uni<PurchaseOrderView> purchaseOrder(String number) {
    return mappings
        .mapping()
        .flatMap(
            plants ->
                client
                    .purchaseOrder(number)
                    .map(po -> S4HanaPurchaseOrderMapper.fromSap(po, plants)));
  }

  /**
   * Supplier and external-reference filters go to SAP's order header. Item and location filters
   * first ask A_PurchaseOrderItem which orders have such items (plant = the location's SAP plant),
   * then read that page of orders. Status filters apply to the orders read, because SAP keeps no
   * canonical status to filter on.
   */
  @Override
  public Uni<Paged<PurchaseOrderView>> purchaseOrders(
      PurchaseOrderQuery query, int page, int size) {
    List<String> filters = new ArrayList<>();
    if (query.supplierId() != null) {
      filters.add("Supplier eq '" + odataString(query.supplierId()) + "'");
    }
    if (query.externalReference() != null) {
      filters.add("CorrespncExternalReference eq '" + odataString(query.externalReference()) + "'");
    }
    return mappings
        .mapping()
        .flatMap(
            plants -> {
              if (query.itemId() == null && query.locationId() == null) {
                String filter = filters.isEmpty() ? null : String.join(" and ", filters);
                return client
                    .purchaseOrders(filter, size, page * size)
                    .map(d -> page(d, plants, query, -1));
              }
              return ordersWithItems(query, plants)
                  .flatMap(
                      numbers -> {
                        int from = Math.min(page * size, numbers.size());
                        List<String> slice =
                            numbers.subList(from, Math.min(from + size, numbers.size()));
                        if (slice.isEmpty()) {
                          return Uni.createFrom()
                              .item(new Paged<PurchaseOrderView>(List.of(), numbers.size()));
                        }
                        List<String> all = new ArrayList<>(filters);
                        all.add(
                            "("
                                + slice.stream()
                                    .map(n -> "PurchaseOrder eq '" + odataString(n) + "'")
                                    .collect(Collectors.joining(" or "))
                                + ")");
                        return client
                            .purchaseOrders(String.join(" and ", all), size, 0)
                            .map(d -> page(d, plants, query, numbers.size()));
                      });
            });
  }

  /** The numbers of the orders with an item of the SKU and/or at the plant, newest first. */
  private Uni<List<String>> ordersWithItems(PurchaseOrderQuery query, LocationCodeMapping plants) {
    List<String> filters = new ArrayList<>();
    if (query.itemId() != null) {
      filters.add("Material eq '" + odataString(query.itemId()) + "'");
    }
    if (query.locationId() != null) {
      String plant = plants.findPlatformCode(Platform.ERP, query.locationId()).orElse(null);
      if (plant == null) {
        // No plant, so SAP can hold no order for this location.
        return Uni.createFrom().item(List.of());
      }
      filters.add("Plant eq '" + odataString(plant) + "'");
    }
    return client
        .purchaseOrderNumbersOfItems(String.join(" and ", filters))
        .map(
            d ->
                S4HanaPurchaseOrderMapper.results(d).stream()
                    .map(item -> item.path("PurchaseOrder").asText())
                    .distinct()
                    .sorted(Comparator.reverseOrder())
                    .toList());
  }

  private static Paged<PurchaseOrderView> page(
      JsonNode d, LocationCodeMapping plants, PurchaseOrderQuery query, long knownTotal) {
    List<PurchaseOrderView> orders =
        S4HanaPurchaseOrderMapper.results(d).stream()
            .map(po -> S4HanaPurchaseOrderMapper.fromSap(po, plants))
            .filter(po -> !query.openOnly() || po.status().isOpen())
            .filter(
                po -> query.status() == null || query.openOnly() || po.status() == query.status())
            .toList();
    long total =
        knownTotal >= 0
            ? knownTotal
            : d.has("__count") ? Long.parseLong(d.get("__count").asText()) : orders.size();
    return new Paged<>(orders, total);
  }

  /** Creates the order in SAP, then records ErpPurchaseOrderChanged in the caller's transaction. */
  @Override
  public Uni<PurchaseOrderView> createPurchaseOrder(PurchaseOrderCommands.Create command) {
    return mappings
        .mapping()
        .flatMap(
            plants ->
                client
                    .createPurchaseOrder(
                        S4HanaPurchaseOrderMapper.toSap(command, config.s4hana(), plants))
                    .map(created -> S4HanaPurchaseOrderMapper.fromSap(created, plants)))
        .call(
            po ->
                outbox.publish(
                    ErpPurchaseOrderChanged.of(
                        canonical(po),
                        ErpPurchaseOrderChangeKind.CREATED,
                        null,
                        command.caseId(),
                        po.updatedAt() == null ? Instant.now() : po.updatedAt())));
  }

  private static PurchaseOrder canonical(PurchaseOrderView po) {
    Currency currency = Currency.getInstance(po.currency());
    return new PurchaseOrder(
        po.number(),
        po.supplierId(),
        po.shipToLocationId(),
        currency,
        po.lines().stream()
            .map(
                l ->
                    new PurchaseOrderLine(
                        l.lineNumber(),
                        l.itemId(),
                        new Quantity(l.quantity(), l.uom()),
                        new Money(l.unitPrice(), currency),
                        l.needByDate()))
            .toList(),
        po.status());
  }

  /** Single quotes double inside OData string literals. */
  private static String odataString(String value) {
    return value.replace("'", "''");
  }

  /**
   * Stock from API_MATERIAL_STOCK_SRV, on order from open items of API_PURCHASEORDER_PROCESS_SRV.
   * SAP splits stock by InventoryStockType: only 01 (unrestricted use) counts as on hand; 02
   * (quality inspection), 07 (blocked) and the other types cannot be promised, so they are left
   * out. What SAP's APIs here cannot tell is reported as 0 rather than guessed: allocated and
   * backordered live in sales (SD/aATP), in transit in stock-transport orders; see the OpenAPI
   * description.
   */
  @Override
  public Uni<InventoryPosition> inventoryPosition(String itemId, String locationId) {
    return mappings
        .mapping()
        .flatMap(
            plants -> {
              String plant =
                  plants
                      .findPlatformCode(Platform.ERP, locationId)
                      .orElseThrow(
                          () ->
                              new NotFoundException(
                                  "Location " + locationId + " has no SAP plant mapped"));
              String filter =
                  "Material eq '"
                      + odataString(itemId)
                      + "' and Plant eq '"
                      + odataString(plant)
                      + "'";
              return materials
                  .materialStock(filter)
                  .map(stock -> S4HanaStockMapper.requireStock(stock, itemId, plant))
                  .flatMap(
                      stock ->
                          client
                              .openItems(filter + " and IsCompletelyDelivered eq false")
                              .map(
                                  open ->
                                      S4HanaStockMapper.position(
                                          itemId, locationId, plant, stock, open, Instant.now())));
            });
  }

  /** One SAP read per key, in order; keys SAP holds nothing for are reported missing. */
  @Override
  public Uni<PositionBatch> inventoryPositions(List<InventoryKey> keys) {
    List<InventoryKey> distinct = keys.stream().distinct().toList();
    List<InventoryPosition> positions = new ArrayList<>();
    List<InventoryKey> missing = new ArrayList<>();
    return Multi.createFrom()
        .iterable(distinct)
        .onItem()
        .transformToUniAndConcatenate(
            key ->
                inventoryPosition(key.itemId(), key.locationId())
                    .invoke(positions::add)
                    .replaceWithVoid()
                    .onFailure(NotFoundException.class)
                    .recoverWithItem(
                        () -> {
                          missing.add(key);
                          return null;
                        }))
        .collect()
        .last()
        .map(ignored -> new PositionBatch(positions, missing));
  }

  @Override
  public Uni<InventoryPosition> adjustInventory(
      String itemId,
      String locationId,
      BigDecimal onHandDelta,
      BigDecimal allocatedDelta,
      BigDecimal backorderedDelta,
      String reason) {
    return unsupported(
        "inventory adjustments: SAP books stock only through goods movements with a movement"
            + " type and reason chosen in SAP (post them in SAP)");
  }

  /**
   * Reads the order (with the items' and schedule lines' etags), PATCHes each changed item
   * (OrderQuantity with its unit) and schedule line (delivery date) under {@code If-Match}, POSTs
   * added lines as new items numbered after the last one, then reads the order back.
   */
  @Override
  public Uni<PurchaseOrderView> amendPurchaseOrder(
      String number, PurchaseOrderCommands.Amend command) {
    return mappings
        .mapping()
        .flatMap(
            plants ->
                client
                    .purchaseOrder(number)
                    .flatMap(
                        po ->
                            applyAmendment(number, po, plants, command)
                                .flatMap(ignored -> client.purchaseOrder(number))
                                .map(
                                    after ->
                                        new Amended(
                                            S4HanaPurchaseOrderMapper.fromSap(po, plants).status(),
                                            S4HanaPurchaseOrderMapper.fromSap(after, plants)))))
        .call(
            amended ->
                outbox.publish(
                    ErpPurchaseOrderChanged.of(
                        canonical(amended.order()),
                        ErpPurchaseOrderChangeKind.AMENDED,
                        amended.before(),
                        amended.order().caseId(),
                        amended.order().updatedAt() == null
                            ? Instant.now()
                            : amended.order().updatedAt())))
        .map(Amended::order);
  }

  private record Amended(PurchaseOrderStatus before, PurchaseOrderView order) {}

  private Uni<Void> applyAmendment(
      String number, JsonNode po, LocationCodeMapping plants, PurchaseOrderCommands.Amend command) {
    PurchaseOrderView current = S4HanaPurchaseOrderMapper.fromSap(po, plants);
    if (!current.status().isOpen()) {
      throw new ConflictException(
          "Purchase order " + number + " is " + current.status() + " in SAP; it cannot be amended");
    }
    Map<String, JsonNode> items = new LinkedHashMap<>();
    for (JsonNode item : S4HanaPurchaseOrderMapper.results(po.path("to_PurchaseOrderItem"))) {
      items.put(item.path("PurchaseOrderItem").asText(), item);
    }
    List<Supplier<Uni<Void>>> writes = new ArrayList<>();
    List<PurchaseOrderCommands.LineChange> changes =
        command.lines() == null ? List.of() : command.lines();
    for (int i = 0; i < changes.size(); i++) {
      PurchaseOrderCommands.LineChange change = changes.get(i);
      String itemNumber = String.valueOf(change.lineNumber() * 10);
      JsonNode item = items.get(itemNumber);
      if (item == null || "L".equals(item.path("PurchasingDocumentDeletionCode").asText())) {
        throw new InvalidFieldException(
            "lines[" + i + "].lineNumber",
            "Purchase order " + number + " has no open line " + change.lineNumber());
      }
      if (change.quantity() != null) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("OrderQuantity", Quantity.normalise(change.quantity()).toPlainString());
        body.put("PurchaseOrderQuantityUnit", item.path("PurchaseOrderQuantityUnit").asText());
        writes.add(() -> client.updateItem(number, itemNumber, etag(item), body));
      }
      if (change.needByDate() != null) {
        List<JsonNode> schedule = S4HanaPurchaseOrderMapper.results(item.path("to_ScheduleLine"));
        if (schedule.size() != 1) {
          // Several delivery dates on one item cannot be moved to one canonical date faithfully.
          throw new InvalidFieldException(
              "lines[" + i + "].needByDate",
              "Line "
                  + change.lineNumber()
                  + " has "
                  + schedule.size()
                  + " schedule lines in SAP; change its dates in SAP");
        }
        JsonNode line = schedule.get(0);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("ScheduleLineDeliveryDate", ODataDates.of(change.needByDate()));
        writes.add(
            () ->
                client.updateScheduleLine(
                    number, itemNumber, line.path("ScheduleLine").asText(), etag(line), body));
      }
    }
    List<PurchaseOrderCommands.NewLine> added =
        command.addLines() == null ? List.of() : command.addLines();
    int next = items.keySet().stream().mapToInt(Integer::parseInt).max().orElse(0) / 10 * 10 + 10;
    String plant = S4HanaPurchaseOrderMapper.plant(plants, current.shipToLocationId());
    for (PurchaseOrderCommands.NewLine line : added) {
      ObjectNode body = S4HanaPurchaseOrderMapper.item(line, next, plant, current.currency());
      body.put("PurchaseOrder", number);
      next += 10;
      writes.add(() -> client.addItem(number, body).replaceWithVoid());
    }
    // One after the other: SAP locks the order per change, so parallel writes would collide.
    Uni<Void> chain = Uni.createFrom().voidItem();
    for (Supplier<Uni<Void>> write : writes) {
      chain = chain.flatMap(ignored -> write.get());
    }
    return chain;
  }

  /** The entity's etag as SAP reports it in {@code __metadata}; absent when SAP keeps none. */
  private static String etag(JsonNode entity) {
    return S4HanaPurchaseOrderMapper.text(entity.path("__metadata"), "etag");
  }

  /**
   * Cancels an order the way SAP does: the deletion indicator ({@code
   * PurchasingDocumentDeletionCode = L}) on every item not yet deleted, one item after the other
   * under its {@code If-Match}. SAP derives every other status from the items (deliveries,
   * invoices) and offers no API to set it. Cancelling an order that is already cancelled answers it
   * unchanged.
   */
  @Override
  public Uni<PurchaseOrderView> changePurchaseOrderStatus(
      String number, PurchaseOrderStatus status, String reason) {
    if (status != PurchaseOrderStatus.CANCELLED) {
      return unsupported(
          "setting a purchase order to "
              + status
              + ": SAP derives an order's status from its items (deliveries, invoices) and offers"
              + " no API to set it; only cancelling (the deletion indicator) can be written");
    }
    return mappings
        .mapping()
        .flatMap(
            plants ->
                client
                    .purchaseOrder(number)
                    .flatMap(
                        po -> {
                          PurchaseOrderView before = S4HanaPurchaseOrderMapper.fromSap(po, plants);
                          if (before.status() == PurchaseOrderStatus.CANCELLED) {
                            // Nothing written, nothing to announce.
                            return Uni.createFrom().item(new Amended(null, before));
                          }
                          before.status().transitionTo(PurchaseOrderStatus.CANCELLED);
                          return deleteItems(number, po)
                              .flatMap(ignored -> client.purchaseOrder(number))
                              .map(
                                  after ->
                                      new Amended(
                                          before.status(),
                                          S4HanaPurchaseOrderMapper.fromSap(after, plants)));
                        })
                    .flatMap(
                        cancelled ->
                            cancelled.before() == null
                                ? Uni.createFrom().item(cancelled.order())
                                : outbox
                                    .publish(
                                        ErpPurchaseOrderChanged.of(
                                            canonical(cancelled.order()),
                                            ErpPurchaseOrderChangeKind.STATUS_CHANGED,
                                            cancelled.before(),
                                            cancelled.order().caseId(),
                                            Instant.now()))
                                    .replaceWith(cancelled.order())));
  }

  /** Sets the deletion indicator on every item that does not carry it yet, one at a time. */
  private Uni<Void> deleteItems(String number, JsonNode po) {
    Uni<Void> chain = Uni.createFrom().voidItem();
    for (JsonNode item : S4HanaPurchaseOrderMapper.results(po.path("to_PurchaseOrderItem"))) {
      if ("L".equals(item.path("PurchasingDocumentDeletionCode").asText())) {
        continue;
      }
      ObjectNode body = JsonNodeFactory.instance.objectNode();
      body.put("PurchasingDocumentDeletionCode", "L");
      String itemNumber = item.path("PurchaseOrderItem").asText();
      chain = chain.flatMap(ignored -> client.updateItem(number, itemNumber, etag(item), body));
    }
    return chain;
  }

  /**
   * Posts a goods receipt for a PO item as a material document (movement type 101 with goods
   * movement code 01), then asks SAP for all receipts of that item to report what is still open.
   */
  @Override
  public Uni<ReceiptView> postGoodsReceipt(PurchaseOrderCommands.Receive command) {
    String number = command.purchaseOrderNumber();
    return mappings
        .mapping()
        .flatMap(plants -> client.purchaseOrder(number).flatMap(po -> receive(po, plants, command)))
        .call(
            receipt ->
                outbox.publish(
                    GoodsReceived.of(
                        new GoodsReceipt(
                            receipt.view().receiptId(),
                            number,
                            command.lineNumber(),
                            receipt.view().itemId(),
                            receipt.view().locationId(),
                            new Quantity(receipt.view().quantity(), receipt.view().uom()),
                            receipt.view().receiptDate()),
                        new Quantity(receipt.view().openQuantity(), receipt.view().uom()),
                        receipt.view().purchaseOrderStatus(),
                        receipt.caseId(),
                        receipt.view().postedAt())))
        .map(Receipt::view);
  }

  private record Receipt(ReceiptView view, String caseId) {}

  private Uni<Receipt> receive(
      JsonNode po, LocationCodeMapping plants, PurchaseOrderCommands.Receive command) {
    String number = command.purchaseOrderNumber();
    PurchaseOrderView order = S4HanaPurchaseOrderMapper.fromSap(po, plants);
    if (!order.status().isOpen()) {
      throw new ConflictException(
          "Purchase order "
              + number
              + " is "
              + order.status()
              + " in SAP; nothing can be received");
    }
    String itemNumber = String.valueOf(command.lineNumber() * 10);
    JsonNode item =
        S4HanaPurchaseOrderMapper.results(po.path("to_PurchaseOrderItem")).stream()
            .filter(i -> itemNumber.equals(i.path("PurchaseOrderItem").asText()))
            .filter(i -> !"L".equals(i.path("PurchasingDocumentDeletionCode").asText()))
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidFieldException(
                        "lineNumber",
                        "Purchase order " + number + " has no open line " + command.lineNumber()));
    PurchaseOrderView.Line line =
        order.lines().stream()
            .filter(l -> l.lineNumber() == command.lineNumber())
            .findFirst()
            .orElseThrow();
    UnitOfMeasure uom;
    try {
      uom = UnitOfMeasure.parse(command.uom());
    } catch (UnitOfMeasureException e) {
      throw new InvalidFieldException("uom", e.getMessage());
    }
    if (uom != line.uom()) {
      // SAP converts only with the material's own conversions, which this connector does not read.
      throw new InvalidFieldException(
          "uom",
          "Receive line " + command.lineNumber() + " in its order unit " + line.uom().code());
    }
    LocalDate date =
        command.receiptDate() == null ? LocalDate.now(ZoneOffset.UTC) : command.receiptDate();
    String quantity = Quantity.normalise(command.quantity()).toPlainString();
    ObjectNode header = JsonNodeFactory.instance.objectNode();
    header.put("GoodsMovementCode", "01");
    header.put("PostingDate", ODataDates.of(date));
    header.put("DocumentDate", ODataDates.of(date));
    ObjectNode movement = header.putArray("to_MaterialDocumentItem").addObject();
    movement.put("GoodsMovementType", "101");
    movement.put("PurchaseOrder", number);
    movement.put("PurchaseOrderItem", itemNumber);
    movement.put("Material", item.path("Material").asText());
    movement.put("Plant", item.path("Plant").asText());
    movement.put("QuantityInEntryUnit", quantity);
    movement.put("EntryUnit", item.path("PurchaseOrderQuantityUnit").asText());
    return materials
        .postMaterialDocument(header)
        .flatMap(
            posted ->
                materials
                    .materialDocumentItems(
                        "PurchaseOrder eq '"
                            + odataString(number)
                            + "' and PurchaseOrderItem eq '"
                            + itemNumber
                            + "'")
                    .map(
                        receipts -> {
                          BigDecimal open =
                              line.quantity()
                                  .subtract(
                                      S4HanaStockMapper.received(
                                          receipts,
                                          item.path("PurchaseOrderQuantityUnit").asText()))
                                  .max(BigDecimal.ZERO);
                          boolean othersDone =
                              order.lines().stream()
                                  .filter(l -> l.lineNumber() != command.lineNumber())
                                  .allMatch(l -> l.receivedQuantity().compareTo(l.quantity()) >= 0);
                          PurchaseOrderStatus status =
                              open.signum() == 0 && othersDone
                                  ? PurchaseOrderStatus.RECEIVED
                                  : PurchaseOrderStatus.PARTIALLY_RECEIVED;
                          Instant postedAt =
                              Optional.ofNullable(
                                      ODataDates.instant(
                                          S4HanaPurchaseOrderMapper.text(posted, "CreationDate")))
                                  .orElseGet(Instant::now);
                          return new Receipt(
                              new ReceiptView(
                                  posted.path("MaterialDocument").asText()
                                      + "-"
                                      + posted.path("MaterialDocumentYear").asText(),
                                  number,
                                  command.lineNumber(),
                                  line.itemId(),
                                  order.shipToLocationId(),
                                  Quantity.normalise(command.quantity()),
                                  line.uom(),
                                  date,
                                  postedAt,
                                  Quantity.normalise(open),
                                  status),
                              order.caseId());
                        }));
  }

  @Override
  public Uni<ReceiptView> goodsReceipt(String receiptId) {
    return unsupported("reading goods receipts back (look the material document up in SAP)");
  }

  private static <T> Uni<T> unsupported(String what) {
    return Uni.createFrom()
        .failure(new UnsupportedByPlatformException("The s4hana adapter does not support " + what));
  }
}
