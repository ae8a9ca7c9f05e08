package io.distconnect.orchestrator.persistence;

import io.distconnect.contracts.event.EventJson;
import io.distconnect.contracts.event.PurchaseOrderIssued;
import io.distconnect.orchestrator.client.CaseEnricher;
import io.distconnect.orchestrator.client.ErpPurchaseOrderSync;
import io.distconnect.orchestrator.client.RoundLookup;
import io.distconnect.orchestrator.config.OrchestratorConfig;
import io.distconnect.orchestrator.domain.CaseState;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The background worker: claims cases whose step is due (new enrichments, parked cases whose retry
 * time has come, ERP updates) with {@code FOR UPDATE SKIP LOCKED} and a lease, so replicas share
 * the work and a crashed replica's cases are picked up when its lease ends. Stock for all claimed
 * enrichments is read in one batch call.
 */
@ApplicationScoped
public class CaseWorkQueue {

  private static final String CLAIM =
      """
      UPDATE replenishment_case SET lease_until = now() + make_interval(secs => $2)
      WHERE id IN (SELECT id FROM replenishment_case
                   WHERE pending_action IS NOT NULL AND next_attempt_at <= now()
                     AND (lease_until IS NULL OR lease_until < now())
                   ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
      RETURNING id, pending_action, item_id, location_id, state, revision_count, attempts,
                po_revision, po_document, erp_po_number, traceparent
      """;

  private final Pool pool;
  private final CaseEnricher enricher;
  private final DecisionStep decisions;
  private final ErpPurchaseOrderSync erpSync;
  private final PurchaseOrderTracker tracker;
  private final OrchestratorConfig.Worker config;
  private final Tracer tracer;
  private final Vertx vertx;
  private final Scheduler scheduler;

  public CaseWorkQueue(
      Pool pool,
      CaseEnricher enricher,
      DecisionStep decisions,
      ErpPurchaseOrderSync erpSync,
      PurchaseOrderTracker tracker,
      OrchestratorConfig config,
      Tracer tracer,
      Vertx vertx,
      Scheduler scheduler) {
    this.vertx = vertx;
    this.scheduler = scheduler;
    this.pool = pool;
    this.tracer = tracer;
    this.enricher = enricher;
    this.decisions = decisions;
    this.erpSync = erpSync;
    this.tracker = tracker;
    this.config = config.worker();
  }

  /** The worker's scheduler identity (tests pause it to make several cases due in one round). */
  public static final String JOB = "case-worker";

  // One drain at a time per instance; a wake-up during a drain makes it run once more.
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();
  // Set when the application starts to stop: the pool closes right after, so no new round starts.
  private volatile boolean stopping;

  /**
   * The poll: finds what became due without a wake-up (parked cases whose retry time came, work of
   * a crashed replica whose lease ended, cases another replica's consumer queued).
   */
  @Scheduled(
      identity = JOB,
      every = "${distconnect.orchestrator.worker.poll-interval}",
      delayed = "1s",
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void tick() {
    wake();
  }

  /**
   * Runs the worker now, or again right after the drain under way. Consumers call it once their
   * transaction has queued a case, so a step does not wait up to a poll interval for the next tick
   * (dev/bench/e2e at 25 cases/s offered: two such waits were most of the forecast-to-ERP-PO time).
   * Does nothing while the worker's job is paused.
   */
  public void wake() {
    if (stopping || scheduler.isPaused(JOB)) {
      return;
    }
    again.set(true);
    if (running.compareAndSet(false, true)) {
      drainSoon();
    }
  }

  /**
   * Stops taking up work once shutdown begins. Quarkus closes the database pool before the Kafka
   * consumers stop, so a round started now would only fail (it used to log "Pool closed" once a
   * second until the process ended); a claimed case's lease simply runs out and it is claimed
   * again.
   */
  void stop(@Observes ShutdownEvent event) {
    stopping = true;
  }

  private void drainSoon() {
    vertx.setTimer(Math.max(1, config.wakeDelay().toMillis()), id -> drain());
  }

  private void drain() {
    if (stopping) {
      running.set(false);
      return;
    }
    again.set(false);
    // Its own context: the caller's (a Kafka record's, the scheduler's) is not the worker's.
    onOwnContext(this::rounds).subscribe().with(v -> drained(), e -> drained());
  }

  private void drained() {
    running.set(false);
    if (again.get() && running.compareAndSet(false, true)) {
      drainSoon();
    }
  }

  private Uni<Void> rounds() {
    // A round that claimed a full batch leaves more due work behind: claim again at once rather
    // than wait for the next wake-up or tick.
    return Multi.createBy()
        .repeating()
        .uni(this::runOnce)
        .whilst(claimed -> claimed >= config.batchSize() && !stopping)
        .collect()
        .last()
        .onFailure()
        .recoverWithItem(
            e -> {
              if (stopping) {
                // Cut short by the shutdown: the claimed cases' leases run out, another run
                // claims them.
                Log.debugf("Case worker round ended by shutdown: %s", e.getMessage());
              } else {
                Log.warnf(e, "Case worker round failed, will retry");
              }
              return 0;
            })
        .replaceWithVoid();
  }

  /** Claims and processes one round of due cases; answers how many were claimed. */
  public Uni<Integer> runOnce() {
    return pool.preparedQuery(CLAIM)
        .execute(Tuple.of(config.batchSize(), (double) config.lease().toSeconds()))
        .flatMap(
            rows -> {
              List<Claimed> claimed = new ArrayList<>();
              rows.forEach(row -> claimed.add(Claimed.of(row)));
              List<WorkItem> enrich =
                  claimed.stream()
                      .map(Claimed::work)
                      .filter(w -> w.action() == PendingAction.ENRICH)
                      .toList();
              Uni<RoundLookup> lookup =
                  enrich.isEmpty()
                      ? Uni.createFrom().item(RoundLookup.empty())
                      : enricher.positions(enrich);
              // Enrichments and ERP updates of the round share one fan-out: the ERP updates no
              // longer wait for the round's slowest enrichment.
              return lookup
                  .flatMap(
                      reads ->
                          each(
                              claimed,
                              Claimed::work,
                              c ->
                                  c.work.action() == PendingAction.ENRICH
                                      ? enrich(c.work, reads)
                                      : syncErp(c)))
                  .replaceWith(claimed.size());
            });
  }

  private Uni<Void> enrich(WorkItem work, RoundLookup lookup) {
    return enricher
        .enrich(work, lookup)
        .flatMap(e -> e == null ? Uni.createFrom().voidItem() : decisions.apply(work, e));
  }

  private Uni<Void> syncErp(Claimed c) {
    PurchaseOrderIssued po = EventJson.fromJson(c.poDocument, PurchaseOrderIssued.class);
    return erpSync
        .sync(c.work, po, c.erpPoNumber)
        .flatMap(
            result ->
                result == null ? Uni.createFrom().voidItem() : tracker.erpSynced(c.work, result));
  }

  /**
   * Up to {@code worker.concurrency} cases at a time, each on its own Vert.x duplicated context so
   * each gets its own Hibernate Reactive session and OpenTelemetry scope (a session must never be
   * shared by concurrent operations), and each in a span that continues the case's trace, so one
   * replenishment flow stays one trace in Jaeger. One case at a time made every REST round trip and
   * transaction of a round wait for the previous case's (dev/bench/e2e: cases queued for minutes in
   * POLICY_CHECKED and PO_ISSUED while each step took milliseconds).
   */
  private <T> Uni<Void> each(
      List<T> items, Function<T, WorkItem> work, Function<T, Uni<Void>> step) {
    if (items.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    return Multi.createFrom()
        .iterable(items)
        .onItem()
        .transformToUni(
            item ->
                onOwnContext(() -> traced(work.apply(item), () -> step.apply(item)))
                    .onFailure()
                    .recoverWithItem(
                        e -> {
                          // The lease expires and the case is claimed again.
                          if (stopping) {
                            Log.debugf("Case step for %s ended by shutdown", item);
                          } else {
                            Log.errorf(e, "Case step failed for %s", item);
                          }
                          return null;
                        }))
        .merge(config.concurrency())
        .collect()
        .last()
        .replaceWithVoid();
  }

  private Uni<Void> onOwnContext(Supplier<Uni<Void>> step) {
    return Uni.createFrom()
        .emitter(
            emitter -> {
              io.vertx.core.Context context =
                  VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
              VertxContextSafetyToggle.setContextSafe(context, true);
              context.runOnContext(
                  ignored ->
                      Uni.createFrom()
                          .deferred(() -> step.get())
                          .subscribe()
                          .with(emitter::complete, emitter::fail));
            });
  }

  private Uni<Void> traced(WorkItem work, Supplier<Uni<Void>> step) {
    return Uni.createFrom()
        .deferred(
            () -> {
              Context parent =
                  work.traceparent() == null
                      ? Context.root()
                      : W3CTraceContextPropagator.getInstance()
                          .extract(
                              Context.root(), Map.of("traceparent", work.traceparent()), CARRIER);
              Span span =
                  tracer
                      .spanBuilder(
                          "case " + work.action().name().toLowerCase(java.util.Locale.ROOT))
                      .setParent(parent)
                      .setAttribute("distconnect.case.id", work.caseId())
                      .setAttribute("distconnect.case.key", work.key())
                      .startSpan();
              // The scope stays open until the step ends: the step runs on its own Vert.x context,
              // where OpenTelemetry keeps its current context, so concurrent steps never share it.
              Scope scope = parent.with(span).makeCurrent();
              return step.get()
                  .onFailure()
                  .invoke(span::recordException)
                  .eventually(
                      () -> {
                        scope.close();
                        span.end();
                      });
            });
  }

  private static final TextMapGetter<Map<String, String>> CARRIER =
      new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
          return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
          return carrier == null ? null : carrier.get(key);
        }
      };

  private record Claimed(WorkItem work, String poDocument, String erpPoNumber) {
    static Claimed of(Row row) {
      return new Claimed(
          new WorkItem(
              row.getString("id"),
              PendingAction.valueOf(row.getString("pending_action")),
              row.getString("item_id"),
              row.getString("location_id"),
              CaseState.valueOf(row.getString("state")),
              row.getInteger("revision_count"),
              row.getInteger("attempts"),
              row.getInteger("po_revision"),
              row.getString("traceparent")),
          row.getString("po_document"),
          row.getString("erp_po_number"));
    }

    @Override
    public String toString() {
      return work.caseId() + " (" + work.action() + ")";
    }
  }
}
