package io.distconnect.planning.messaging;

import io.distconnect.planning.config.OutboxConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Publishes outbox events to Kafka and marks them published.
 *
 * <p>Each round claims a batch with {@code FOR UPDATE SKIP LOCKED} and a lease, so several replicas
 * can relay side by side without publishing the same row at once; a relay that dies mid-batch loses
 * its lease and another one re-publishes (at least once: consumers de-duplicate on the event id).
 * Rows are sent in outbox order through an idempotent producer, which keeps the order per record
 * key. The relay uses the reactive SQL pool directly (not a Hibernate session) because Kafka
 * acknowledgements complete on the producer's threads.
 */
@ApplicationScoped
public class OutboxRelay {

  private static final String CLAIM =
      """
      UPDATE outbox_event SET lease_until = now() + make_interval(secs => $2), attempts = attempts + 1
      WHERE seq = ANY(ARRAY(SELECT seq FROM outbox_event
                    WHERE published_at IS NULL AND (lease_until IS NULL OR lease_until < now())
                    ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED))
      RETURNING seq, id, topic, record_key, type, subject, payload, traceparent, tracestate, created_at
      """;
  // seq = ANY(ARRAY(subquery)), not seq IN (subquery): the array is built once and the rows are
  // fetched by primary key whatever the statistics say. With IN, statistics taken while the table
  // was empty (right before a bulk publication wrote 30,000 events in one transaction) planned a
  // nested loop over sequential scans that ran for minutes before the first event was claimed.
  private static final String MARK_PUBLISHED =
      "UPDATE outbox_event SET published_at = now(), lease_until = NULL WHERE seq = ANY($1)";
  private static final String RELEASE =
      "UPDATE outbox_event SET lease_until = now() + interval '1 second' WHERE seq = ANY($1)";
  private static final String PURGE =
      "DELETE FROM outbox_event WHERE published_at < now() - make_interval(secs => $1)";
  private static final int MAX_ROUNDS_PER_TICK = 50;
  // Sends a whole batch may have outstanding at once, bounded by the emitter's buffer below. A
  // bulk publication is bound by acknowledgement round trips, not by the producer: with only 256
  // in flight, 30,000 events took tens of seconds on a loaded 2-core machine.
  private static final int MAX_IN_FLIGHT = 4096;

  private static final TextMapGetter<Map<String, String>> MAP_GETTER =
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

  private Vertx vertx;
  private long timer;
  private final Pool pool;
  private final MutinyEmitter<String> emitter;
  private final OutboxConfig config;
  private final URI source;
  private final Counter published;
  private final Counter failed;
  private final AtomicLong oldestPendingMillis = new AtomicLong();
  private final AtomicBoolean running = new AtomicBoolean();

  public OutboxRelay(
      Pool pool,
      @Channel("outbox") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = MAX_IN_FLIGHT)
          MutinyEmitter<String> emitter,
      OutboxConfig config,
      MeterRegistry registry) {
    this.pool = pool;
    this.emitter = emitter;
    this.config = config;
    this.source = URI.create(config.source());
    this.published = registry.counter("distconnect.outbox.published");
    this.failed = registry.counter("distconnect.outbox.publish.failures");
    registry.gauge("distconnect.outbox.lag.millis", oldestPendingMillis);
  }

  /**
   * Starts polling. A Vert.x timer rather than {@code @Scheduled}, whose simple scheduler cannot
   * run more often than once a second; the outbox latency budget is a few hundred milliseconds.
   */
  void start(@Observes StartupEvent event, Vertx vertx) {
    this.vertx = vertx;
    timer =
        vertx.setPeriodic(
            config.pollInterval().toMillis(),
            id -> {
              if (running.compareAndSet(false, true)) {
                long started = System.nanoTime();
                drain(0)
                    .onTermination()
                    .invoke(() -> running.set(false))
                    .subscribe()
                    .with(
                        count -> logBulk(count, started),
                        e ->
                            Log.warnf("Outbox relay round failed, will retry: %s", e.getMessage()));
              }
            });
  }

  /**
   * A round that moved more than one batch is a bulk publication: its throughput is worth a line.
   */
  private void logBulk(int count, long startedNanos) {
    if (count > config.batchSize()) {
      long millis = Math.max(1, (System.nanoTime() - startedNanos) / 1_000_000);
      Log.infof(
          "Outbox relay published %d events in %d ms (%d/s)",
          count, millis, count * 1000L / millis);
    }
  }

  /** Stops polling before the pool closes, so shutdown does not log failed relay rounds. */
  void stop(@Observes ShutdownEvent event) {
    if (vertx != null) {
      vertx.cancelTimer(timer);
    }
  }

  private Uni<Integer> drain(int round) {
    return publishBatch()
        .flatMap(
            count ->
                count >= config.batchSize() && round < MAX_ROUNDS_PER_TICK
                    ? drain(round + 1).map(more -> count + more)
                    : Uni.createFrom().item(count));
  }

  /** Claims, publishes and marks one batch; answers how many rows were claimed. */
  public Uni<Integer> publishBatch() {
    return pool.withTransaction(
            conn ->
                conn.preparedQuery(CLAIM)
                    .execute(Tuple.of(config.batchSize(), (double) config.lease().toSeconds())))
        .flatMap(
            rows -> {
              List<Row> claimed = new ArrayList<>();
              rows.forEach(claimed::add);
              Log.debugf("Outbox relay claimed %d events", claimed.size());
              if (claimed.isEmpty()) {
                oldestPendingMillis.set(0);
                return Uni.createFrom().item(0);
              }
              claimed.sort(Comparator.comparingLong(r -> r.getLong("seq")));
              OffsetDateTime oldest = claimed.get(0).getOffsetDateTime("created_at");
              oldestPendingMillis.set(
                  Math.max(0, System.currentTimeMillis() - oldest.toInstant().toEpochMilli()));
              return send(claimed).replaceWith(claimed.size());
            });
  }

  private Uni<Void> send(List<Row> rows) {
    List<Uni<Long>> sends = new ArrayList<>(rows.size());
    for (Row row : rows) {
      long seq = row.getLong("seq");
      sends.add(
          emitter
              .sendMessage(toMessage(row))
              .replaceWith(seq)
              .onFailure()
              .invoke(
                  e ->
                      Log.warnf(
                          "Publishing outbox event %s to %s failed: %s",
                          row.getUUID("id"), row.getString("topic"), e.getMessage()))
              .onFailure()
              .recoverWithItem(-seq));
    }
    return Multi.createFrom()
        .iterable(sends)
        .onItem()
        // Subscribed in outbox order, so the producer receives them in order (and keeps the order
        // per key), but without waiting for each acknowledgement before sending the next.
        .transformToUni(u -> u)
        .merge(Math.min(config.batchSize(), MAX_IN_FLIGHT))
        .collect()
        .asList()
        .flatMap(this::settle);
  }

  private Uni<Void> settle(List<Long> outcomes) {
    Long[] ok = outcomes.stream().filter(s -> s > 0).toArray(Long[]::new);
    Long[] ko = outcomes.stream().filter(s -> s < 0).map(s -> -s).toArray(Long[]::new);
    published.increment(ok.length);
    failed.increment(ko.length);
    Uni<Void> marked =
        ok.length == 0
            ? Uni.createFrom().voidItem()
            : pool.preparedQuery(MARK_PUBLISHED).execute(Tuple.of((Object) ok)).replaceWithVoid();
    return ko.length == 0
        ? marked
        : marked.flatMap(
            v -> pool.preparedQuery(RELEASE).execute(Tuple.of((Object) ko)).replaceWithVoid());
  }

  private Message<String> toMessage(Row row) {
    OffsetDateTime created = row.getOffsetDateTime("created_at");
    OutgoingCloudEventMetadata<String> ce =
        OutgoingCloudEventMetadata.<String>builder()
            .withId(row.getUUID("id").toString())
            .withType(row.getString("type"))
            .withSource(source)
            .withSubject(row.getString("subject"))
            .withTimestamp(created.atZoneSameInstant(ZoneOffset.UTC))
            .withDataContentType("application/json")
            .build();
    OutgoingKafkaRecordMetadata<String> kafka =
        OutgoingKafkaRecordMetadata.<String>builder()
            .withTopic(row.getString("topic"))
            .withKey(row.getString("record_key"))
            .build();
    return Message.of(row.getString("payload"))
        .addMetadata(ce)
        .addMetadata(kafka)
        .addMetadata(TracingMetadata.withCurrent(parentContext(row)));
  }

  /** The trace context that was current when the event was written, so one flow is one trace. */
  private static Context parentContext(Row row) {
    String traceparent = row.getString("traceparent");
    if (traceparent == null) {
      return Context.root();
    }
    Map<String, String> carrier =
        row.getString("tracestate") == null
            ? Map.of("traceparent", traceparent)
            : Map.of("traceparent", traceparent, "tracestate", row.getString("tracestate"));
    return W3CTraceContextPropagator.getInstance().extract(Context.root(), carrier, MAP_GETTER);
  }

  /** Deletes published events past their retention. */
  @Scheduled(every = "1h", delay = 5, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> purge() {
    return pool.preparedQuery(PURGE)
        .execute(Tuple.of((double) config.retention().toSeconds()))
        .invoke(rows -> Log.debugf("Purged %d published outbox events", rows.rowCount()))
        .replaceWithVoid();
  }
}
