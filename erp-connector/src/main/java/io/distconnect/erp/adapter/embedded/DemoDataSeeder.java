package io.distconnect.erp.adapter.embedded;

import io.distconnect.contracts.event.InventoryChangeCause;
import io.distconnect.contracts.model.Item;
import io.distconnect.contracts.model.ItemStatus;
import io.distconnect.contracts.model.Platform;
import io.distconnect.contracts.model.PurchaseOrderStatus;
import io.distconnect.contracts.model.Supplier;
import io.distconnect.erp.config.ErpConfig;
import io.distconnect.erp.domain.GoodsReceiptService;
import io.distconnect.erp.domain.InventoryService;
import io.distconnect.erp.domain.ItemEntity;
import io.distconnect.erp.domain.ItemService;
import io.distconnect.erp.domain.LocationMappingService;
import io.distconnect.erp.domain.LocationService;
import io.distconnect.erp.domain.PurchaseOrderCommands;
import io.distconnect.erp.domain.PurchaseOrderService;
import io.distconnect.erp.domain.PurchaseOrderView;
import io.distconnect.erp.domain.StockDelta;
import io.distconnect.erp.domain.SupplierService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Loads {@link DemoDistributor} into the embedded ERP at startup when {@code
 * distconnect.erp.seed-demo=true} and the item master is empty: master data, a stock snapshot per
 * item and DC, and open purchase orders in several statuses. It goes through the same services as
 * the API, so on-order figures agree with the orders and every record is announced on Kafka (the
 * other services learn the demo world from the events, as they would from a real ERP).
 */
@ApplicationScoped
public class DemoDataSeeder {

  private static final int OPEN_ORDERS = 30;

  private final ErpConfig config;
  private final ItemService items;
  private final SupplierService suppliers;
  private final LocationService locations;
  private final LocationMappingService mappings;
  private final InventoryService inventory;
  private final PurchaseOrderService orders;
  private final GoodsReceiptService receipts;

  public DemoDataSeeder(
      ErpConfig config,
      ItemService items,
      SupplierService suppliers,
      LocationService locations,
      LocationMappingService mappings,
      InventoryService inventory,
      PurchaseOrderService orders,
      GoodsReceiptService receipts) {
    this.config = config;
    this.items = items;
    this.suppliers = suppliers;
    this.locations = locations;
    this.mappings = mappings;
    this.inventory = inventory;
    this.orders = orders;
    this.receipts = receipts;
  }

  void onStart(@Observes StartupEvent event) throws Throwable {
    if (!config.seedDemo()) {
      return;
    }
    Long existing =
        VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> ItemEntity.count()));
    if (existing > 0) {
      Log.infof("Demo data not loaded: the item master already has %d items", existing);
      return;
    }
    VertxContextSupport.subscribeAndAwait(this::load);
    Log.infof(
        "Demo distributor loaded: %d items, %d suppliers, %d DCs, %d purchase orders",
        DemoDistributor.items().size(),
        DemoDistributor.suppliers().size(),
        DemoDistributor.DCS.size(),
        OPEN_ORDERS);
  }

  /**
   * Loads the whole demo world, one short transaction per item and per order: a single huge session
   * would re-check every loaded entity on each flush and slow down quadratically.
   */
  Uni<Void> load() {
    List<Item> itemList = DemoDistributor.items();
    List<Supplier> supplierList = DemoDistributor.suppliers();
    Random random = new Random(7L);
    List<List<StockDelta>> stock = new ArrayList<>();
    for (int i = 0; i < itemList.size(); i++) {
      List<StockDelta> perDc = new ArrayList<>();
      for (int d = 0; d < DemoDistributor.DCS.size(); d++) {
        perDc.add(snapshot(random));
      }
      stock.add(perDc);
    }
    int[] next = {0};
    return Panache.withTransaction(() -> masterData(supplierList))
        .flatMap(
            v ->
                each(
                    itemList,
                    item -> {
                      List<StockDelta> perDc = stock.get(next[0]++);
                      return Panache.withTransaction(
                          () -> items.create(item).flatMap(entity -> stockUp(entity, perDc)));
                    }))
        .flatMap(v -> purchaseOrders(itemList, supplierList));
  }

  private Uni<Void> masterData(List<Supplier> supplierList) {
    return each(
            DemoDistributor.DCS,
            dc ->
                locations
                    .create(dc.code(), dc.name(), dc.type(), dc.region(), dc.timeZone())
                    .flatMap(l -> mappings.put(Platform.ERP, dc.plant(), dc.code())))
        .flatMap(v -> each(supplierList, suppliers::create));
  }

  /** Stock figures in base units: most SKUs stocked, some out with backorders, some in transit. */
  private static StockDelta snapshot(Random random) {
    long onHand = random.nextInt(10) == 0 ? 0 : 24L * (5 + random.nextInt(120));
    long allocated = onHand == 0 ? 0 : random.nextInt((int) (onHand / 4) + 1);
    long backordered = onHand == 0 ? 12L * random.nextInt(5) : 0;
    long inTransit = random.nextInt(6) == 0 ? 24L * (1 + random.nextInt(20)) : 0;
    return new StockDelta(
        BigDecimal.valueOf(onHand),
        BigDecimal.valueOf(allocated),
        BigDecimal.ZERO,
        BigDecimal.valueOf(inTransit),
        BigDecimal.valueOf(backordered));
  }

  private Uni<Void> stockUp(ItemEntity item, List<StockDelta> perDc) {
    int[] dc = {0};
    return each(
        perDc,
        delta ->
            inventory.change(
                item,
                DemoDistributor.DCS.get(dc[0]++).code(),
                delta,
                InventoryChangeCause.SNAPSHOT));
  }

  private Uni<Void> purchaseOrders(List<Item> itemList, List<Supplier> supplierList) {
    Random random = new Random(11L);
    List<Item> orderable = itemList.stream().filter(i -> i.status() == ItemStatus.ACTIVE).toList();
    LocalDate today = LocalDate.now();
    List<PurchaseOrderCommands.Create> creates = new ArrayList<>();
    for (int n = 0; n < OPEN_ORDERS; n++) {
      List<PurchaseOrderCommands.NewLine> lines = new ArrayList<>();
      int lineCount = 1 + random.nextInt(4);
      for (int l = 0; l < lineCount; l++) {
        Item item = orderable.get(random.nextInt(orderable.size()));
        if (lines.stream().anyMatch(x -> x.itemId().equals(item.sku()))) {
          continue;
        }
        lines.add(
            new PurchaseOrderCommands.NewLine(
                item.sku(),
                BigDecimal.valueOf(5L + random.nextInt(60)),
                "CS",
                BigDecimal.valueOf(800 + random.nextInt(6000), 2),
                today.plusDays(3 + random.nextInt(25))));
      }
      creates.add(
          new PurchaseOrderCommands.Create(
              supplierList.get(n % 17).id(),
              DemoDistributor.DCS.get(n % DemoDistributor.DCS.size()).code(),
              "USD",
              // Raised in the ERP itself, not by the procurement platform: no procurement number.
              // (Naming one the embedded procurement platform never issued made the orchestrator
              // ask procurement to expedite an order it did not know.)
              null,
              null,
              lines));
    }
    int[] index = {0};
    return each(
        creates,
        create -> {
          int n = index[0]++;
          return Panache.withTransaction(
              () -> orders.create(create).flatMap(po -> progress(po, n, today)));
        });
  }

  /** Moves some orders on, so the demo shows acknowledged and partially received ones too. */
  private Uni<?> progress(PurchaseOrderView po, int n, LocalDate today) {
    if (n % 3 == 1) {
      return orders.changeStatus(
          po.number(), PurchaseOrderStatus.ACKNOWLEDGED, "demo acknowledgment");
    }
    if (n % 5 == 2) {
      return receipts.post(
          new PurchaseOrderCommands.Receive(po.number(), 1, BigDecimal.ONE, "CS", today));
    }
    return Uni.createFrom().item(po);
  }

  /** Runs the steps one after the other: one Hibernate Reactive session allows no parallelism. */
  private static <T> Uni<Void> each(List<T> inputs, Function<T, Uni<?>> step) {
    return Multi.createFrom()
        .iterable(inputs)
        .onItem()
        .transformToUniAndConcatenate(step::apply)
        .collect()
        .last()
        .replaceWithVoid();
  }
}
