package io.distconnect.erp.domain;

import io.distconnect.contracts.event.MasterDataChanged;
import io.distconnect.erp.messaging.EventOutbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Announces item and location creates and updates as MasterDataChanged (the whole record, with its
 * revision), so other services keep a local master-data copy. Runs in the caller's transaction
 * through the outbox: the event exists if and only if the change was committed.
 */
@ApplicationScoped
public class MasterDataEvents {

  private final EventOutbox outbox;

  public MasterDataEvents(EventOutbox outbox) {
    this.outbox = outbox;
  }

  public Uni<Void> itemChanged(ItemEntity item) {
    return outbox
        .publish(MasterDataChanged.ofItem(item.toModel(), item.revision, item.updatedAt))
        .replaceWithVoid();
  }

  public Uni<Void> locationChanged(Location location) {
    return outbox
        .publish(
            MasterDataChanged.ofLocation(location.toModel(), location.revision, location.updatedAt))
        .replaceWithVoid();
  }
}
