package io.distconnect.erp.messaging;

import io.distconnect.erp.config.OutboxConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaProducer;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.Producer;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/**
 * Publishes outbox events to Kafka and marks them published.
 *
 * <p>Each round claims a batch with {@code FOR UPDATE SKIP LOCKED} in a transaction that lasts
 * until the batch is acknowledged and marked, so several replicas can relay side by side without
 * publishing the same row at once; a relay that dies mid-batch rolls back and another one
 * re-publishes (at least once: consumers de-duplicate on the event id). Rows are sent in outbox
 * order through an idempotent producer, which keeps the order per record key. The relay uses the
 * reactive SQL pool directly (not a Hibernate session) because Kafka acknowledgements complete on
 * the producer's threads.
 */
@ApplicationScoped
public class OutboxRelay {

  // Locks, not a lease column: an UPDATE per claim wrote a new version of every row (and of its
  // index entries) only to be written again when marked, and on a bulk publication each claim of
  // 2,000 events cost PostgreSQL 350-600 ms (docs/benchmarks.md).
  private static final String CLAIM =
      """
      SELECT seq, id, topic, record_key, type, subject, payload, traceparent, tracestate, created_at
        FROM outbox_event
       WHERE published_at IS NULL
       ORDER BY seq
       LIMIT $1
         FOR UPDATE SKIP LOCKED
      """;
  private static final String MARK_PUBLISHED =
      "UPDATE outbox_event SET published_at = now(), attempts = attempts + 1 WHERE seq = ANY($1)";
  private static final String COUNT_FAILED =
      "UPDATE outbox_event SET attempts = attempts + 1 WHERE seq = ANY($1)";
  private static final String PURGE =
      "DELETE FROM outbox_event WHERE published_at < now() - make_interval(secs => $1)";
  private static final int MAX_ROUNDS_PER_TICK = 50;
  private static final String CHANNEL = "outbox";

  private volatile Vertx vertx;
  private volatile boolean stopping;
  private long timer;
  private final Pool pool;
  private final KafkaClientService kafka;
  private final OutboxRecords records;
  private final OutboxConfig config;
  private final Counter published;
  private final Counter failed;
  private final AtomicLong oldestPendingMillis = new AtomicLong();
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean wanted = new AtomicBoolean();

  public OutboxRelay(
      Pool pool,
      // Never sent through: declaring the channel is what makes SmallRye create its producer from
      // mp.messaging.outgoing.outbox.* (and check, close and report it), which the relay uses.
      @Channel(CHANNEL) Emitter<String> channel,
      KafkaClientService kafka,
      OutboxRecords records,
      OutboxConfig config,
      MeterRegistry registry) {
    this.pool = pool;
    this.kafka = kafka;
    this.records = records;
    this.config = config;
    this.published = registry.counter("distconnect.outbox.published");
    this.failed = registry.counter("distconnect.outbox.publish.failures");
    registry.gauge("distconnect.outbox.lag.millis", oldestPendingMillis);
  }

  /**
   * Starts polling. A Vert.x timer rather than {@code @Scheduled}, whose simple scheduler cannot
   * run more often than once a second. Committed events normally wake the relay at once ({@link
   * OutboxNotifications}); the poll catches what a missed notification or a failed send left.
   */
  void start(@Observes StartupEvent event, Vertx vertx) {
    this.vertx = vertx;
    timer = vertx.setPeriodic(config.pollInterval().toMillis(), id -> wake());
  }

  /**
   * Asks for a round: one starts after the wake-up delay unless one is running, in which case that
   * one is followed by another, so an event committed while a round was claiming is never left for
   * the poll. The delay lets the commits of a busy moment share a round (one claim, one mark, one
   * batch of sends) instead of a round each. Safe from any thread.
   */
  public void wake() {
    Vertx v = vertx;
    // Wanted before running is tried: a round that ends between the two still sees the flag.
    wanted.set(true);
    if (v == null || stopping || !running.compareAndSet(false, true)) {
      return; // not started yet (its poll will come), or a round is running and will go again
    }
    long delay = config.wakeDelay().toMillis();
    if (delay > 0) {
      v.setTimer(delay, id -> round());
    } else {
      round();
    }
  }

  private void round() {
    if (stopping) {
      // Woken just before shutdown began: the pool is closing, the next start publishes the rest.
      running.set(false);
      return;
    }
    wanted.set(false);
    long started = System.nanoTime();
    drain(0)
        .onTermination()
        .invoke(
            () -> {
              running.set(false);
              if (wanted.get()) {
                wake();
              }
            })
        .subscribe()
        .with(
            count -> logBulk(count, started),
            e -> {
              if (stopping) {
                // A round the shutdown cut short: its rows are released with the connection.
                Log.debugf("Outbox relay round ended by shutdown: %s", e.getMessage());
              } else {
                Log.warnf("Outbox relay round failed, will retry: %s", e.getMessage());
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

  /**
   * Stops polling, and ignores wake-ups from then on, before the pool closes, so shutdown does not
   * log failed relay rounds.
   */
  void stop(@Observes ShutdownEvent event) {
    stopping = true;
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

  /**
   * Claims, publishes and marks one batch in one transaction; answers how many rows were claimed.
   * The claimed rows stay locked until the acknowledged ones are marked, so another relay skips
   * them, and a relay that dies mid-batch releases them with its connection (at least once:
   * consumers de-duplicate on the event id).
   */
  public Uni<Integer> publishBatch() {
    return pool.withTransaction(
        conn ->
            conn.preparedQuery(CLAIM)
                .execute(Tuple.of(config.batchSize()))
                .flatMap(
                    rows -> {
                      List<Row> claimed = claimed(rows);
                      return claimed.isEmpty()
                          ? Uni.createFrom().item(0)
                          : send(claimed)
                              .flatMap(outcomes -> settle(conn, outcomes))
                              .replaceWith(claimed.size());
                    }));
  }

  private List<Row> claimed(RowSet<Row> rows) {
    List<Row> claimed = new ArrayList<>(rows.size());
    rows.forEach(claimed::add);
    Log.debugf("Outbox relay claimed %d events", claimed.size());
    if (claimed.isEmpty()) {
      oldestPendingMillis.set(0);
      return claimed;
    }
    OffsetDateTime oldest = claimed.get(0).getOffsetDateTime("created_at");
    oldestPendingMillis.set(
        Math.max(0, System.currentTimeMillis() - oldest.toInstant().toEpochMilli()));
    return claimed;
  }

  /**
   * Hands the whole batch to the channel's producer in outbox order (so it keeps the order per
   * key), then marks what was acknowledged. The sends run on the channel's sending thread because
   * {@code send} may block (fetching metadata, a full buffer), never on the event loop; the
   * producer's callbacks count down and the last one completes the batch.
   */
  private Uni<long[]> send(List<Row> rows) {
    KafkaProducer<String, String> producer = kafka.getProducer(CHANNEL);
    return Uni.createFrom()
        .<long[]>emitter(
            done -> {
              long[] outcomes = new long[rows.size()];
              AtomicInteger pending = new AtomicInteger(rows.size());
              producer
                  .runOnSendingThread(
                      p -> {
                        for (int i = 0; i < rows.size(); i++) {
                          handOver(p, rows.get(i), done, outcomes, pending, i);
                        }
                      })
                  .subscribe()
                  .with(v -> {}, done::fail);
            });
  }

  private void handOver(
      Producer<String, String> producer,
      Row row,
      UniEmitter<? super long[]> done,
      long[] outcomes,
      AtomicInteger pending,
      int index) {
    long seq = row.getLong("seq");
    OutboxRecords.Outgoing outgoing = null;
    try {
      outgoing = records.toRecord(row);
      OutboxRecords.Outgoing sending = outgoing;
      producer.send(
          sending.record(),
          (metadata, failure) -> {
            sending.sent(metadata, failure);
            if (failure != null) {
              warnFailed(row, failure);
            }
            settled(done, outcomes, pending, index, failure == null ? seq : -seq);
          });
    } catch (RuntimeException e) {
      if (outgoing != null) {
        outgoing.sent(null, e);
      }
      warnFailed(row, e);
      settled(done, outcomes, pending, index, -seq);
    }
  }

  private static void warnFailed(Row row, Exception failure) {
    Log.warnf(
        "Publishing outbox event %s to %s failed: %s",
        row.getUUID("id"), row.getString("topic"), failure.getMessage());
  }

  /** Records one outcome (seq, or -seq for a failure); the last one completes the batch. */
  private static void settled(
      UniEmitter<? super long[]> done,
      long[] outcomes,
      AtomicInteger pending,
      int index,
      long outcome) {
    outcomes[index] = outcome;
    // The atomic decrement publishes the array write to whichever thread completes the batch.
    if (pending.decrementAndGet() == 0) {
      done.complete(outcomes);
    }
  }

  /**
   * Marks the acknowledged events published; the failed ones only count an attempt and are left for
   * the next round.
   */
  private Uni<Void> settle(SqlConnection conn, long[] outcomes) {
    Long[] ok = Arrays.stream(outcomes).filter(s -> s > 0).boxed().toArray(Long[]::new);
    Long[] ko =
        Arrays.stream(outcomes).filter(s -> s < 0).map(s -> -s).boxed().toArray(Long[]::new);
    published.increment(ok.length);
    failed.increment(ko.length);
    Uni<Void> marked =
        ok.length == 0
            ? Uni.createFrom().voidItem()
            : conn.preparedQuery(MARK_PUBLISHED).execute(Tuple.of((Object) ok)).replaceWithVoid();
    return ko.length == 0
        ? marked
        : marked.flatMap(
            v -> conn.preparedQuery(COUNT_FAILED).execute(Tuple.of((Object) ko)).replaceWithVoid());
  }

  /** Deletes published events past their retention. */
  @Scheduled(
      every = "1h",
      delay = 5,
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  Uni<Void> purge() {
    return pool.preparedQuery(PURGE)
        .execute(Tuple.of((double) config.retention().toSeconds()))
        .invoke(rows -> Log.debugf("Purged %d published outbox events", rows.rowCount()))
        .replaceWithVoid();
  }
}
