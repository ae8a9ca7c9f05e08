package io.distconnect.erp.persistence;

import io.distconnect.erp.domain.InventoryBalance;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;

/** Stock per item and location. */
@ApplicationScoped
public class InventoryRepository
    implements PanacheRepositoryBase<InventoryBalance, InventoryBalance.Key> {

  private static final String ENSURE_ROW =
      "INSERT INTO inventory_position (item_id, location_id, updated_at) VALUES (:item, :location,"
          + " now()) ON CONFLICT DO NOTHING";

  /**
   * The row of an item at a location, created with zero stock when missing, and locked for the rest
   * of the transaction. The insert-then-lock order lets two first-time writers of one SKU-location
   * meet on the row lock instead of failing on the primary key.
   */
  public Uni<InventoryBalance> lockOrCreate(String itemId, String locationId) {
    return Panache.getSession()
        .flatMap(
            session ->
                session
                    .createNativeQuery(ENSURE_ROW)
                    .setParameter("item", itemId)
                    .setParameter("location", locationId)
                    .executeUpdate())
        .flatMap(
            inserted ->
                findById(
                    new InventoryBalance.Key(itemId, locationId), LockModeType.PESSIMISTIC_WRITE));
  }

  /** Rows for any of the items at any of the locations; callers pick the pairs they asked for. */
  public Uni<List<InventoryBalance>> forItemsAt(
      Collection<String> itemIds, Collection<String> locationIds) {
    if (itemIds.isEmpty() || locationIds.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    return list("itemId in ?1 and locationId in ?2", itemIds, locationIds);
  }

  public Uni<Boolean> anyForItem(String itemId) {
    return count("itemId", itemId).map(n -> n > 0);
  }
}
