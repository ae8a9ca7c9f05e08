package io.distconnect.orchestrator.client;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Item master data and supplier contracts read at most once per worker round, however many of the
 * item's locations are due in it. A forecast revision for a product family or a region makes many
 * SKU-locations of the same items due together (dev/bench/e2e: three locations per item, so two of
 * every three such reads were repeats within milliseconds).
 *
 * <p>The first case that needs an item makes the call, inside its own trace; the others wait for
 * that answer (or failure, which parks them as it parks the first) and then continue on their own
 * Vert.x context — never on the context of the case that made the call, whose Hibernate Reactive
 * session and OpenTelemetry scope are its own. Nothing outlives the round: the next round reads the
 * current master data again.
 */
public final class SharedReads {

  private final Map<String, Uni<Optional<ErpApi.Item>>> items = new ConcurrentHashMap<>();
  private final Map<String, Uni<List<ProcurementApi.SupplierContract>>> contracts =
      new ConcurrentHashMap<>();

  Uni<Optional<ErpApi.Item>> item(String sku, Supplier<Uni<Optional<ErpApi.Item>>> read) {
    return onCallersContext(items.computeIfAbsent(sku, k -> read.get().memoize().indefinitely()));
  }

  Uni<List<ProcurementApi.SupplierContract>> contracts(
      String sku, LocalDate validOn, Supplier<Uni<List<ProcurementApi.SupplierContract>>> read) {
    return onCallersContext(
        contracts.computeIfAbsent(sku + "|" + validOn, k -> read.get().memoize().indefinitely()));
  }

  /** The shared answer, delivered on the Vert.x context of whoever subscribes. */
  private static <T> Uni<T> onCallersContext(Uni<T> shared) {
    return Uni.createFrom()
        .deferred(
            () -> {
              Context caller = Vertx.currentContext();
              return caller == null
                  ? shared
                  : shared.emitOn(task -> caller.runOnContext(ignored -> task.run()));
            });
  }
}
