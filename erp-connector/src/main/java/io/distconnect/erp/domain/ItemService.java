package io.distconnect.erp.domain;

import io.distconnect.contracts.model.Item;
import io.distconnect.erp.persistence.InventoryRepository;
import io.distconnect.erp.persistence.ItemRepository;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** The item master of the embedded ERP. */
@ApplicationScoped
public class ItemService {

  private final ItemRepository items;
  private final InventoryRepository balances;
  private final MasterDataEvents events;

  public ItemService(ItemRepository items, InventoryRepository balances, MasterDataEvents events) {
    this.items = items;
    this.balances = balances;
    this.events = events;
  }

  /** Creates an item (revision 1); an existing SKU is a conflict, never an overwrite. */
  @WithSpan
  public Uni<ItemEntity> create(Item item) {
    return items
        .findById(item.sku())
        .flatMap(
            existing -> {
              if (existing != null) {
                throw new ConflictException("Item " + item.sku() + " exists already");
              }
              ItemEntity entity = new ItemEntity();
              entity.assign(item);
              entity.revision = 1;
              entity.createdAt = Instant.now();
              entity.updatedAt = entity.createdAt;
              return items.persist(entity).call(events::itemChanged);
            });
  }

  /**
   * Replaces an item's data; the revision goes up. The base unit cannot change once stock was
   * booked for the item, because every stored quantity is in it.
   */
  @WithSpan
  public Uni<ItemEntity> update(Item item) {
    return items
        .require(item.sku())
        .flatMap(
            entity -> {
              Uni<Boolean> stockBooked =
                  entity.baseUom == item.baseUom()
                      ? Uni.createFrom().item(false)
                      : balances.anyForItem(item.sku());
              return stockBooked.flatMap(
                  booked -> {
                    if (booked) {
                      throw new ConflictException(
                          "The base unit of "
                              + item.sku()
                              + " cannot change from "
                              + entity.baseUom
                              + " while stock is booked in it");
                    }
                    entity.assign(item);
                    entity.revision++;
                    entity.updatedAt = Instant.now();
                    return events.itemChanged(entity).replaceWith(entity);
                  });
            });
  }

  @WithSession
  public Uni<ItemEntity> get(String sku) {
    return items.require(sku);
  }

  @WithSession
  public Uni<Paged<ItemEntity>> page(String category, int page, int size) {
    return items
        .page(category, page, size)
        .flatMap(found -> items.countIn(category).map(total -> new Paged<>(found, total)));
  }
}
