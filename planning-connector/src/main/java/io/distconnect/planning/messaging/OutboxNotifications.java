package io.distconnect.planning.messaging;

import io.distconnect.planning.config.OutboxConfig;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import io.vertx.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Wakes the {@link OutboxRelay} when a transaction that wrote outbox events commits, so an event is
 * published within milliseconds instead of at the relay's next poll (a poll per hop was most of the
 * forecast-to-PO latency at low load, see docs/benchmarks.md).
 *
 * <p>A statement trigger on {@code outbox_event} raises {@code NOTIFY outbox_event}; PostgreSQL
 * delivers it only when the transaction commits (a rollback notifies nobody) and once per
 * transaction however many events it wrote, to every replica listening on the service's database.
 * The listener holds one connection of its own (not a pool connection: LISTEN lives as long as the
 * session), made with the pool's connect options ({@link PoolConnectOptions}), and reconnects every
 * second after losing it; on each (re)connect it wakes the relay once, for whatever was committed
 * while nobody listened.
 */
@ApplicationScoped
public class OutboxNotifications {

  static final String CHANNEL = "outbox_event";
  private static final long RECONNECT_MILLIS = 1000;

  private final OutboxRelay relay;
  private final OutboxConfig config;
  private final PoolConnectOptions poolOptions;
  private final Pool pool;
  private volatile PgSubscriber subscriber;
  private volatile boolean stopped;

  public OutboxNotifications(
      OutboxRelay relay, OutboxConfig config, PoolConnectOptions poolOptions, Pool pool) {
    this.relay = relay;
    this.config = config;
    this.poolOptions = poolOptions;
    this.pool = pool;
  }

  void start(@Observes StartupEvent event, Vertx vertx) {
    if (!config.listen()) {
      Log.infof("Outbox relay polls every %s (listening is off)", config.pollInterval());
      return;
    }
    // The pool is created on first use; asking its size creates it (and so records its options)
    // if nothing has used it yet.
    pool.size();
    PgConnectOptions options = poolOptions.copy();
    if (options == null) {
      // Only if the pool were created elsewhere: degrade to polling rather than fail the start.
      Log.warnf("No connect options of the pool to LISTEN with; the outbox relay polls");
      return;
    }
    PgSubscriber s =
        PgSubscriber.subscriber(vertx, options).reconnectPolicy(attempt -> RECONNECT_MILLIS);
    s.channel(CHANNEL)
        .subscribeHandler(
            v -> {
              Log.debugf("Outbox relay listens on %s", CHANNEL);
              relay.wake();
            })
        .handler(payload -> relay.wake());
    subscriber = s;
    connect(vertx, s);
  }

  /**
   * The subscriber's reconnect policy covers a connection that was lost; a first connection that
   * fails (database not up yet) is retried here, since the subscriber does not retry it itself.
   */
  private void connect(Vertx vertx, PgSubscriber s) {
    s.connect()
        .onFailure(
            e -> {
              if (stopped) {
                return;
              }
              Log.warnf(
                  "Cannot LISTEN on %s, retrying in %d ms (the relay polls meanwhile): %s",
                  CHANNEL, RECONNECT_MILLIS, e.getMessage());
              s.close()
                  .onComplete(
                      x ->
                          vertx.setTimer(
                              RECONNECT_MILLIS,
                              id -> {
                                if (!stopped) {
                                  connect(vertx, s);
                                }
                              }));
            });
  }

  void stop(@Observes ShutdownEvent event) {
    stopped = true;
    PgSubscriber s = subscriber;
    if (s != null) {
      s.close();
    }
  }
}
