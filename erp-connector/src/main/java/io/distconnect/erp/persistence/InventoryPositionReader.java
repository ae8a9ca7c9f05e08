package io.distconnect.erp.persistence;

import io.distconnect.contracts.model.InventoryPosition;
import io.distconnect.contracts.uom.UnitOfMeasure;
import io.distconnect.erp.domain.NotFoundException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The single-position read, the hottest call of the API (the orchestrator asks for it per
 * replenishment case). One prepared statement on the reactive pool answers everything the read
 * needs — does the item exist, does the location exist, what is booked — in one round trip and
 * without a Hibernate session, which cost two extra queries and most of the read's time (see
 * erp-connector/bench/inventory-read). Writes still go through {@link InventoryRepository}.
 */
@ApplicationScoped
public class InventoryPositionReader {

  // No row: unknown item. A row with location_known = false: unknown location. A row with null
  // buckets: both known, nothing booked yet, which is a zero position.
  private static final String POSITION =
      """
      SELECT i.base_uom,
             EXISTS (SELECT 1 FROM location l WHERE l.code = $2) AS location_known,
             p.on_hand, p.allocated, p.on_order, p.in_transit, p.backordered, p.updated_at
        FROM item i
        LEFT JOIN inventory_position p ON p.item_id = i.sku AND p.location_id = $2
       WHERE i.sku = $1
      """;

  private final Pool pool;

  public InventoryPositionReader(Pool pool) {
    this.pool = pool;
  }

  /** The position of a known item at a known location; 404 (NotFoundException) otherwise. */
  public Uni<InventoryPosition> position(String itemId, String locationId) {
    return pool.preparedQuery(POSITION)
        .execute(Tuple.of(itemId, locationId))
        .map(rows -> toPosition(rows, itemId, locationId));
  }

  private static InventoryPosition toPosition(RowSet<Row> rows, String itemId, String locationId) {
    if (rows.size() == 0) {
      throw new NotFoundException("No item " + itemId);
    }
    Row row = rows.iterator().next();
    if (!row.getBoolean("location_known")) {
      throw new NotFoundException("No location " + locationId);
    }
    UnitOfMeasure uom = UnitOfMeasure.valueOf(row.getString("base_uom"));
    OffsetDateTime updatedAt = row.getOffsetDateTime("updated_at");
    if (updatedAt == null) {
      return new InventoryPosition(
          itemId,
          locationId,
          uom,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          Instant.now());
    }
    return new InventoryPosition(
        itemId,
        locationId,
        uom,
        row.getBigDecimal("on_hand"),
        row.getBigDecimal("allocated"),
        row.getBigDecimal("on_order"),
        row.getBigDecimal("in_transit"),
        row.getBigDecimal("backordered"),
        updatedAt.toInstant());
  }
}
