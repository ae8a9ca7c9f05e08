package io.distconnect.erp.persistence;

import io.distconnect.erp.domain.ItemEntity;
import io.distconnect.erp.domain.NotFoundException;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

/** The item master. */
@ApplicationScoped
public class ItemRepository implements PanacheRepositoryBase<ItemEntity, String> {

  /** The item, or a 404 naming it. */
  public Uni<ItemEntity> require(String sku) {
    return findById(sku).onItem().ifNull().failWith(() -> new NotFoundException("No item " + sku));
  }

  public Uni<List<ItemEntity>> bySkus(Collection<String> skus) {
    return skus.isEmpty() ? Uni.createFrom().item(List.of()) : list("sku in ?1", skus);
  }

  /** One page of items, optionally of one category, ordered by SKU. */
  public Uni<List<ItemEntity>> page(String category, int page, int size) {
    var query =
        category == null ? findAll(Sort.by("sku")) : find("category", Sort.by("sku"), category);
    return query.page(Page.of(page, size)).list();
  }

  public Uni<Long> countIn(String category) {
    return category == null ? count() : count("category", category);
  }
}
