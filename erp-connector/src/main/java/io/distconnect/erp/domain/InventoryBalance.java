package io.distconnect.erp.domain;

import io.distconnect.contracts.model.InventoryPosition;
import io.distconnect.contracts.uom.UnitOfMeasure;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The stock buckets of one item at one location, in the item's base unit. Changes go through {@link
 * InventoryService}, which locks the row, so concurrent receipts and adjustments of one
 * SKU-location serialise instead of losing updates.
 */
@Entity
@Table(name = "inventory_position")
@IdClass(InventoryBalance.Key.class)
public class InventoryBalance extends PanacheEntityBase {

  @Id
  @Column(name = "item_id")
  public String itemId;

  @Id
  @Column(name = "location_id")
  public String locationId;

  @Column(name = "on_hand", nullable = false)
  public BigDecimal onHand = BigDecimal.ZERO;

  @Column(nullable = false)
  public BigDecimal allocated = BigDecimal.ZERO;

  @Column(name = "on_order", nullable = false)
  public BigDecimal onOrder = BigDecimal.ZERO;

  @Column(name = "in_transit", nullable = false)
  public BigDecimal inTransit = BigDecimal.ZERO;

  @Column(nullable = false)
  public BigDecimal backordered = BigDecimal.ZERO;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  public InventoryPosition toModel(UnitOfMeasure uom) {
    return new InventoryPosition(
        itemId, locationId, uom, onHand, allocated, onOrder, inTransit, backordered, updatedAt);
  }

  /** The composite primary key (item, location). */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    public String itemId;
    public String locationId;

    public Key() {}

    public Key(String itemId, String locationId) {
      this.itemId = itemId;
      this.locationId = locationId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(itemId, k.itemId)
          && Objects.equals(locationId, k.locationId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(itemId, locationId);
    }
  }
}
