package io.distconnect.planning.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the transactional outbox relay. */
@ConfigMapping(prefix = "distconnect.outbox")
public interface OutboxConfig {

  /**
   * How often the relay looks for unpublished events on its own. With {@link #listen()} on, a
   * commit wakes it at once and the poll only catches what a lost notification or a failed send
   * left behind.
   */
  @WithDefault("200ms")
  Duration pollInterval();

  /**
   * Whether the relay LISTENs for the {@code outbox_event} notification that every commit writing
   * to the outbox raises (a trigger on the table). Turn it off where the database is reached
   * through a pooler that cannot hold a LISTEN session (PgBouncer in transaction mode); the relay
   * then publishes on its poll only.
   */
  @WithDefault("true")
  boolean listen();

  /**
   * How long a woken relay waits before it claims, so that the commits of a busy moment share one
   * round (one claim, one mark, one batch of sends) instead of a round each; each hop through an
   * outbox waits this long at most.
   */
  @WithDefault("20ms")
  Duration wakeDelay();

  /**
   * How many events one relay round claims and publishes at most, all in flight at once. Large
   * enough that a bulk publication's events need few claim and acknowledgement round trips.
   */
  @WithDefault("2000")
  int batchSize();

  /** How long published events are kept before they are purged. */
  @WithDefault("P7D")
  Duration retention();

  /** CloudEvents {@code source} of the events this service publishes. */
  @WithDefault("/distconnect/${quarkus.application.name}")
  String source();
}
