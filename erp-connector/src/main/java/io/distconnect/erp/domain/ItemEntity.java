package io.distconnect.erp.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.distconnect.contracts.event.EventJson;
import io.distconnect.contracts.model.Item;
import io.distconnect.contracts.model.ItemHierarchy;
import io.distconnect.contracts.model.ItemStatus;
import io.distconnect.contracts.model.Quantity;
import io.distconnect.contracts.uom.UnitConversion;
import io.distconnect.contracts.uom.UnitOfMeasure;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A row of the embedded ERP's item master; {@link #toModel()} gives the canonical item. */
@Entity
@Table(name = "item")
public class ItemEntity extends PanacheEntityBase {

  private static final TypeReference<List<UnitConversion>> CONVERSIONS = new TypeReference<>() {};

  @Id public String sku;

  @Column(nullable = false)
  public String description;

  @Column(nullable = false)
  public String category;

  @Column(nullable = false)
  public String family;

  @Enumerated(EnumType.STRING)
  @Column(name = "base_uom", nullable = false)
  public UnitOfMeasure baseUom;

  /** JSON array of the item's own conversions; see {@link #conversions()}. */
  @Column(nullable = false, columnDefinition = "TEXT")
  public String conversions;

  @Column(name = "pack_size", nullable = false)
  public BigDecimal packSize;

  @Enumerated(EnumType.STRING)
  @Column(name = "pack_uom", nullable = false)
  public UnitOfMeasure packUom;

  public String gtin;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public ItemStatus status;

  /** Increases with every change, so consumers of master-data events can drop stale ones. */
  @Column(nullable = false)
  public long revision;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Version public long version;

  /** Copies the canonical item's fields into this row (the caller keeps revision and times). */
  public void assign(Item item) {
    sku = item.sku();
    description = item.description();
    category = item.hierarchy().category();
    family = item.hierarchy().family();
    baseUom = item.baseUom();
    try {
      conversions = EventJson.mapper().writeValueAsString(item.conversions());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot store the unit conversions of " + item.sku(), e);
    }
    packSize = item.packSize().value();
    packUom = item.packSize().uom();
    gtin = item.gtin();
    status = item.status();
  }

  public List<UnitConversion> conversions() {
    try {
      return EventJson.mapper().readValue(conversions, CONVERSIONS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored unit conversions of " + sku + " are unreadable", e);
    }
  }

  public Item toModel() {
    return new Item(
        sku,
        description,
        new ItemHierarchy(category, family),
        baseUom,
        conversions(),
        new Quantity(packSize, packUom),
        gtin,
        status);
  }
}
