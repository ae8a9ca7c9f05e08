package io.distconnect.erp.adapter.s4hana;

import com.fasterxml.jackson.databind.JsonNode;
import io.distconnect.contracts.event.ErpPurchaseOrderChangeKind;
import io.distconnect.contracts.event.ErpPurchaseOrderChanged;
import io.distconnect.contracts.model.InventoryPosition;
import io.distconnect.contracts.model.LocationCodeMapping;
import io.distconnect.contracts.model.Money;
import io.distconnect.contracts.model.Platform;
import io.distconnect.contracts.model.PurchaseOrder;
import io.distconnect.contracts.model.PurchaseOrderLine;
import io.distconnect.contracts.model.PurchaseOrderStatus;
import io.distconnect.contracts.model.Quantity;
import io.distconnect.erp.config.ErpConfig;
import io.distconnect.erp.domain.ErpPlatform;
import io.distconnect.erp.domain.InventoryKey;
import io.distconnect.erp.domain.LocationMappingService;
import io.distconnect.erp.domain.Paged;
import io.distconnect.erp.domain.PositionBatch;
import io.distconnect.erp.domain.PurchaseOrderCommands;
import io.distconnect.erp.domain.PurchaseOrderQuery;
import io.distconnect.erp.domain.PurchaseOrderView;
import io.distconnect.erp.domain.ReceiptView;
import io.distconnect.erp.domain.UnsupportedByPlatformException;
import io.distconnect.erp.messaging.EventOutbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The ERP is SAP S/4HANA: purchase orders are read and created through
 * API_PURCHASEORDER_PROCESS_SRV. What this adapter does not map yet (stock reads, amendments,
 * status changes, receipts — posted in SAP itself) answers 501 rather than pretending; the embedded
 * adapter covers them all.
 */
@ApplicationScoped
@Typed(S4HanaErpPlatform.class)
public class S4HanaErpPlatform implements ErpPlatform {

  private final S4HanaPurchaseOrderClient client;
  private final LocationMappingService mappings;
  private final EventOutbox outbox;
  private final ErpConfig config;

  public S4HanaErpPlatform(
      S4HanaPurchaseOrderClient client,
      LocationMappingService mappings,
      EventOutbox outbox,
      ErpConfig config) {
    this.client = client;
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

  @Override
  public Uni<InventoryPosition> inventoryPosition(String itemId, String locationId) {
    return unsupported("inventory positions");
  }

  @Override
  public Uni<PositionBatch> inventoryPositions(List<InventoryKey> keys) {
    return unsupported("inventory positions");
  }

  @Override
  public Uni<InventoryPosition> adjustInventory(
      String itemId,
      String locationId,
      BigDecimal onHandDelta,
      BigDecimal allocatedDelta,
      BigDecimal backorderedDelta,
      String reason) {
    return unsupported("inventory adjustments (post them in SAP)");
  }

  @Override
  public Uni<PurchaseOrderView> amendPurchaseOrder(
      String number, PurchaseOrderCommands.Amend command) {
    return unsupported("purchase order amendments");
  }

  @Override
  public Uni<PurchaseOrderView> changePurchaseOrderStatus(
      String number, PurchaseOrderStatus status, String reason) {
    return unsupported("purchase order status changes");
  }

  @Override
  public Uni<ReceiptView> postGoodsReceipt(PurchaseOrderCommands.Receive command) {
    return unsupported("goods receipts (post them in SAP)");
  }

  @Override
  public Uni<ReceiptView> goodsReceipt(String receiptId) {
    return unsupported("goods receipts");
  }

  private static <T> Uni<T> unsupported(String what) {
    return Uni.createFrom()
        .failure(new UnsupportedByPlatformException("The s4hana adapter does not support " + what));
  }
}
