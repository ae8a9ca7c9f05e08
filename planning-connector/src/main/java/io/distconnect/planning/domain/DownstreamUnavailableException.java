package io.distconnect.planning.domain;

import java.time.Duration;

/** A platform this service depends on cannot answer now (answered as 503 with Retry-After). */
public class DownstreamUnavailableException extends RuntimeException {
  private final Duration retryAfter;

  public DownstreamUnavailableException(String message, Duration retryAfter) {
    super(message);
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
