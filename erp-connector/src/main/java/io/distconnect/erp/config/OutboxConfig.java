package io.distconnect.erp.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the transactional outbox relay. */
@ConfigMapping(prefix = "distconnect.outbox")
public interface OutboxConfig {

  /** How often the relay looks for unpublished events when it is idle. */
  @WithDefault("200ms")
  Duration pollInterval();

  /** How many events one relay round claims and publishes at most. */
  @WithDefault("500")
  int batchSize();

  /** How long published events are kept before they are purged. */
  @WithDefault("P7D")
  Duration retention();

  /** CloudEvents {@code source} of the events this service publishes. */
  @WithDefault("/distconnect/${quarkus.application.name}")
  String source();
}
