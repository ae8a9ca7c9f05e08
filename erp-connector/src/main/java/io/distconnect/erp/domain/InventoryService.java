package io.distconnect.erp.domain;

import io.distconnect.contracts.event.InventoryChangeCause;
import io.distconnect.contracts.event.InventoryPositionChanged;
import io.distconnect.contracts.model.InventoryPosition;
import io.distconnect.erp.messaging.EventOutbox;
import io.distconnect.erp.persistence.InventoryPositionReader;
import io.distconnect.erp.persistence.InventoryRepository;
import io.distconnect.erp.persistence.ItemRepository;
import io.distconnect.erp.persistence.LocationRepository;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stock bookkeeping of the embedded ERP. Every change locks the SKU-location row, checks that no
 * bucket goes below zero, and publishes the resulting position through the outbox in the same
 * transaction.
 */
@ApplicationScoped
public class InventoryService {

  private final InventoryRepository balances;
  private final ItemRepository items;
  private final LocationRepository locations;
  private final EventOutbox outbox;
  private final InventoryPositionReader reader;

  public InventoryService(
      InventoryRepository balances,
      ItemRepository items,
      LocationRepository locations,
      EventOutbox outbox,
      InventoryPositionReader reader) {
    this.reader = reader;
    this.balances = balances;
    this.items = items;
    this.locations = locations;
    this.outbox = outbox;
  }

  /**
   * The position of a known item at a known location; zero stock when nothing was booked. One
   * prepared statement outside any Hibernate session: this is the hottest read of the API.
   */
  public Uni<InventoryPosition> position(String itemId, String locationId) {
    return reader.position(itemId, locationId);
  }

  /** Many positions in three queries, whatever the number of keys. */
  @WithSession
  public Uni<PositionBatch> positions(List<InventoryKey> keys) {
    List<InventoryKey> unique = new ArrayList<>(new LinkedHashSet<>(keys));
    Set<String> itemIds = unique.stream().map(InventoryKey::itemId).collect(Collectors.toSet());
    Set<String> locationIds =
        unique.stream().map(InventoryKey::locationId).collect(Collectors.toSet());
    return items
        .bySkus(itemIds)
        .flatMap(
            found ->
                locations
                    .list("code in ?1", locationIds)
                    .flatMap(
                        locs ->
                            balances
                                .forItemsAt(itemIds, locationIds)
                                .map(
                                    rows ->
                                        assemble(
                                            unique,
                                            found.stream()
                                                .collect(
                                                    Collectors.toMap(
                                                        i -> i.sku, Function.identity())),
                                            locs.stream()
                                                .map(l -> l.code)
                                                .collect(Collectors.toSet()),
                                            rows))));
  }

  private static PositionBatch assemble(
      List<InventoryKey> keys,
      Map<String, ItemEntity> items,
      Set<String> locations,
      List<InventoryBalance> rows) {
    Map<InventoryKey, InventoryBalance> byKey = new HashMap<>();
    rows.forEach(r -> byKey.put(new InventoryKey(r.itemId, r.locationId), r));
    List<InventoryPosition> positions = new ArrayList<>();
    List<InventoryKey> missing = new ArrayList<>();
    for (InventoryKey key : keys) {
      ItemEntity item = items.get(key.itemId());
      if (item == null || !locations.contains(key.locationId())) {
        missing.add(key);
        continue;
      }
      InventoryBalance row = byKey.get(key);
      positions.add(row == null ? zero(item, key.locationId()) : row.toModel(item.baseUom));
    }
    return new PositionBatch(positions, missing);
  }

  /**
   * A stock adjustment (count correction, allocation, backorder); 404 for an unknown item or
   * location, 409 when a bucket would go below zero. Must run in a transaction.
   */
  @WithSpan
  public Uni<InventoryPosition> adjust(
      String itemId,
      String locationId,
      BigDecimal onHandDelta,
      BigDecimal allocatedDelta,
      BigDecimal backorderedDelta) {
    StockDelta delta =
        new StockDelta(
            nz(onHandDelta),
            nz(allocatedDelta),
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            nz(backorderedDelta));
    if (delta.isZero()) {
      return Uni.createFrom()
          .failure(
              new InvalidFieldException(
                  "onHandDelta", "at least one of the deltas must be non-zero"));
    }
    // Only reservations moved: report it as an allocation, which planning treats differently.
    InventoryChangeCause cause =
        delta.onHand().signum() == 0 && delta.backordered().signum() == 0
            ? InventoryChangeCause.ALLOCATION
            : InventoryChangeCause.ADJUSTMENT;
    return items
        .require(itemId)
        .flatMap(
            item ->
                requireLocation(locationId).flatMap(l -> change(item, locationId, delta, cause)));
  }

  /**
   * Applies a change to the locked row and publishes the new position. On-order is derived from
   * open PO lines and never goes below zero; every other bucket refuses to.
   */
  public Uni<InventoryPosition> change(
      ItemEntity item, String locationId, StockDelta delta, InventoryChangeCause cause) {
    return balances
        .lockOrCreate(item.sku, locationId)
        .flatMap(
            row -> {
              row.onHand = nonNegative(row.onHand.add(delta.onHand()), "on hand", item, row);
              row.allocated =
                  nonNegative(row.allocated.add(delta.allocated()), "allocated", item, row);
              row.onOrder = row.onOrder.add(delta.onOrder()).max(BigDecimal.ZERO);
              row.inTransit =
                  nonNegative(row.inTransit.add(delta.inTransit()), "in transit", item, row);
              row.backordered =
                  nonNegative(row.backordered.add(delta.backordered()), "backordered", item, row);
              row.updatedAt = Instant.now();
              InventoryPosition position = row.toModel(item.baseUom);
              return outbox
                  .publish(InventoryPositionChanged.of(position, cause))
                  .replaceWith(position);
            });
  }

  private Uni<Location> requireLocation(String code) {
    return locations
        .findById(code)
        .onItem()
        .ifNull()
        .failWith(() -> new NotFoundException("No location " + code));
  }

  private static BigDecimal nonNegative(
      BigDecimal value, String bucket, ItemEntity item, InventoryBalance row) {
    if (value.signum() < 0) {
      throw new ConflictException(
          bucket
              + " of "
              + item.sku
              + " at "
              + row.locationId
              + " would become "
              + value.stripTrailingZeros().toPlainString()
              + " "
              + item.baseUom);
    }
    return value;
  }

  private static InventoryPosition zero(ItemEntity item, String locationId) {
    return new InventoryPosition(
        item.sku,
        locationId,
        item.baseUom,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        Instant.now());
  }

  private static BigDecimal nz(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }
}
