package io.distconnect.planning.adapter.pull;

import io.distconnect.contracts.model.Item;
import io.distconnect.contracts.model.Location;
import io.distconnect.planning.api.ItemRequest;
import io.distconnect.planning.api.LocationRequest;
import io.distconnect.planning.persistence.MasterDataRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Pulls every item and location from erp-connector's REST API into the cache, page by page, one
 * transaction per page: a full resync after an outage of the event stream, or the first load of a
 * new environment. Records the ERP serves that the canonical model refuses are counted and logged,
 * not stored. Blocking; runs on a worker thread.
 */
@ApplicationScoped
public class MasterDataSync {

  static final int PAGE_SIZE = 500;

  private final ErpMasterDataClient erp;
  private final MasterDataRepository repository;

  public MasterDataSync(ErpMasterDataClient erp, MasterDataRepository repository) {
    this.erp = erp;
    this.repository = repository;
  }

  /** What a sync did. */
  public record Result(long items, long locations, long skipped) {}

  public Result run() {
    long[] skipped = {0};
    long items =
        pages(
            erp::items,
            (ItemRequest r) -> {
              Item item = r.toItem(r.sku());
              return () -> repository.upsertItem(item, null);
            },
            skipped);
    long locations =
        pages(
            erp::locations,
            (LocationRequest r) -> {
              Location location = r.toLocation(r.code());
              return () -> repository.upsertLocation(location, r.name(), null);
            },
            skipped);
    Log.infof("Master data sync: %d items, %d locations, %d skipped", items, locations, skipped[0]);
    return new Result(items, locations, skipped[0]);
  }

  private <T> long pages(
      BiFunction<Integer, Integer, ErpPage<T>> read,
      Function<T, Supplier<Uni<Boolean>>> store,
      long[] skipped) {
    long stored = 0;
    int page = 0;
    while (true) {
      ErpPage<T> current = read.apply(page, PAGE_SIZE);
      List<Supplier<Uni<Boolean>>> writes = new ArrayList<>();
      for (T record : current.items()) {
        try {
          writes.add(store.apply(record));
        } catch (IllegalArgumentException | NullPointerException e) {
          skipped[0]++;
          Log.warnf("Skipping an ERP record the canonical model refuses: %s", e.getMessage());
        }
      }
      if (!writes.isEmpty()) {
        // Checked first, stored after: one transaction per page, upserts in turn on its session.
        stored += writes.size();
        await(
            () ->
                Panache.withTransaction(
                    () ->
                        Multi.createFrom()
                            .iterable(writes)
                            .onItem()
                            .transformToUniAndConcatenate(Supplier::get)
                            .collect()
                            .last()));
      }
      page++;
      if (current.items().isEmpty() || (long) page * PAGE_SIZE >= current.total()) {
        return stored;
      }
    }
  }

  private static <T> T await(Supplier<Uni<T>> work) {
    try {
      return VertxContextSupport.subscribeAndAwait(work);
    } catch (RuntimeException e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }
}
