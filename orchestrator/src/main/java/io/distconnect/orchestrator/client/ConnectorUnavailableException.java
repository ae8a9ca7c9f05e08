package io.distconnect.orchestrator.client;

import java.time.Duration;
import java.util.Optional;

/**
 * A connector (or the platform behind it) did not answer usefully now: 5xx, 408, 429, timeout,
 * refused connection. Worth retrying; counts against the circuit breaker.
 */
public class ConnectorUnavailableException extends RuntimeException {
  private final Duration retryAfter;

  public ConnectorUnavailableException(String message, Duration retryAfter, Throwable cause) {
    super(message, cause);
    this.retryAfter = retryAfter;
  }

  /** The connector's {@code Retry-After}, when it sent one. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
