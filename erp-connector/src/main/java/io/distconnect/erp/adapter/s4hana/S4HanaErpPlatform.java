package io.distconnect.erp.adapter.s4hana;

import com.fasterxml.jackson.databind.JsonNode;
import io.distconnect.contracts.event.ErpPurchaseOrderChangeKind;
import io.distconnect.contracts.event.ErpPurchaseOrderChanged;
import io.distconnect.contracts.model.InventoryPosition;
import io.distconnect.contracts.model.LocationCodeMapping;
import io.distconnect.contracts.model.Platform;
import io.distconnect.contracts.model.PurchaseOrderStatus;
import io.distconnect.erp.config.ErpConfig;
import io.distconnect.erp.domain.ErpPlatform;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
  private final S4HanaPurchaseOrderChanges changes;
  private final S4HanaGoodsReceipts receipts;

  public S4HanaErpPlatform(
      S4HanaPurchaseOrderClient client,
      S4HanaMaterialClient materials,
      LocationMappingService mappings,
      EventOutbox outbox,
      ErpConfig config,
      S4HanaPurchaseOrderChanges changes,
      S4HanaGoodsReceipts receipts) {
    this.client = client;
    this.materials = materials;
    this.mappings = mappings;
    this.outbox = outbox;
    this.config = config;
    this.changes = changes;
    this.receipts = receipts;
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
      filters.add(
          "Supplier eq '" + S4HanaPurchaseOrderMapper.odataString(query.supplierId()) + "'");
    }
    if (query.externalReference() != null) {
      filters.add(
          "CorrespncExternalReference eq '"
              + S4HanaPurchaseOrderMapper.odataString(query.externalReference())
              + "'");
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
                                    .map(
                                        n ->
                                            "PurchaseOrder eq '"
                                                + S4HanaPurchaseOrderMapper.odataString(n)
                                                + "'")
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
      filters.add("Material eq '" + S4HanaPurchaseOrderMapper.odataString(query.itemId()) + "'");
    }
    if (query.locationId() != null) {
      String plant = plants.findPlatformCode(Platform.ERP, query.locationId()).orElse(null);
      if (plant == null) {
        // No plant, so SAP can hold no order for this location.
        return Uni.createFrom().item(List.of());
      }
      filters.add("Plant eq '" + S4HanaPurchaseOrderMapper.odataString(plant) + "'");
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
                        S4HanaPurchaseOrderMapper.canonical(po),
                        ErpPurchaseOrderChangeKind.CREATED,
                        null,
                        command.caseId(),
                        po.updatedAt() == null ? Instant.now() : po.updatedAt())));
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
                      + S4HanaPurchaseOrderMapper.odataString(itemId)
                      + "' and Plant eq '"
                      + S4HanaPurchaseOrderMapper.odataString(plant)
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
   * Reads the order (with the items' and schedule lines' etags), PATCHes each changed item and
   * schedule line under {@code If-Match}, POSTs added lines, then reads the order back.
   */
  @Override
  public Uni<PurchaseOrderView> amendPurchaseOrder(
      String number, PurchaseOrderCommands.Amend command) {
    return changes.amend(number, command);
  }

  /** Cancels through the items' deletion indicator; SAP offers no API for any other status. */
  @Override
  public Uni<PurchaseOrderView> changePurchaseOrderStatus(
      String number, PurchaseOrderStatus status, String reason) {
    return changes.changeStatus(number, status);
  }

  /** Posts a material document (movement type 101) and reports what is still open. */
  @Override
  public Uni<ReceiptView> postGoodsReceipt(PurchaseOrderCommands.Receive command) {
    return receipts.post(command);
  }

  @Override
  public Uni<ReceiptView> goodsReceipt(String receiptId) {
    return unsupported("reading goods receipts back (look the material document up in SAP)");
  }

  static <T> Uni<T> unsupported(String what) {
    return Uni.createFrom()
        .failure(new UnsupportedByPlatformException("The s4hana adapter does not support " + what));
  }
}
