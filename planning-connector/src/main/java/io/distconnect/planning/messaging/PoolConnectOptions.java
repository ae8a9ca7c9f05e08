package io.distconnect.planning.messaging;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.spi.PgDriver;
import io.vertx.sqlclient.Pool;
import jakarta.inject.Singleton;

/**
 * Creates the reactive datasource's pool the way Quarkus does by default, and keeps the connect
 * options Quarkus built for it: the {@link OutboxNotifications} listener needs its own connection
 * (LISTEN lasts as long as the session) with exactly the pool's settings, TLS included, however
 * they were configured (in the URL or as separate {@code quarkus.datasource.reactive.*}
 * properties). The only difference from Quarkus' default: the options are fixed at start, not asked
 * of a credentials provider per connection (the services take their password from configuration).
 */
@Singleton
public class PoolConnectOptions implements PgPoolCreator {

  private volatile PgConnectOptions options;

  @Override
  public Pool create(Input input) {
    options = new PgConnectOptions(input.pgConnectOptionsList().get(0));
    return PgDriver.INSTANCE.createPool(
        input.vertx(), input.pgConnectOptionsList(), input.poolOptions());
  }

  /**
   * A copy of the pool's connect options, for a connection of one's own; null until the pool
   * exists.
   */
  public PgConnectOptions copy() {
    PgConnectOptions o = options;
    return o == null ? null : new PgConnectOptions(o);
  }
}
