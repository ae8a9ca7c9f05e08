package io.distconnect.procurement.persistence;

import io.quarkus.logging.Log;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Function;

/**
 * Runs the steps of a claimed batch (supplier deliveries, simulated answers) a few at a time, each
 * on its own duplicated Vert.x context: a Hibernate Reactive session belongs to the context it was
 * opened on and must never serve two operations at once, so concurrent steps on the poller's
 * context would share one. One step at a time capped each poller at one round trip per document
 * (dev/bench/e2e: cases waited 20 s for their supplier acknowledgment at 35 cases/s).
 */
@ApplicationScoped
public class ConcurrentSteps {

  private final Vertx vertx;

  public ConcurrentSteps(Vertx vertx) {
    this.vertx = vertx;
  }

  /** Runs {@code step} for every item, at most {@code concurrency} at once; a failure is logged. */
  public <T> Uni<Void> each(List<T> items, int concurrency, Function<T, Uni<Void>> step) {
    if (items.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    return Multi.createFrom()
        .iterable(items)
        .onItem()
        .transformToUni(
            item ->
                onOwnContext(item, step)
                    .onFailure()
                    .recoverWithItem(
                        e -> {
                          Log.errorf(e, "Step failed for %s", item);
                          return null;
                        }))
        .merge(concurrency)
        .collect()
        .last()
        .replaceWithVoid();
  }

  private <T> Uni<Void> onOwnContext(T item, Function<T, Uni<Void>> step) {
    return Uni.createFrom()
        .emitter(
            emitter -> {
              io.vertx.core.Context context =
                  VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
              VertxContextSafetyToggle.setContextSafe(context, true);
              context.runOnContext(
                  ignored ->
                      Uni.createFrom()
                          .deferred(() -> step.apply(item))
                          .subscribe()
                          .with(emitter::complete, emitter::fail));
            });
  }
}
