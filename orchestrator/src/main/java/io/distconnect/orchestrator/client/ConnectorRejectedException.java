package io.distconnect.orchestrator.client;

/**
 * A connector refused the request itself (4xx other than 404, 408 and 429): retrying the same
 * request cannot help and the connector is healthy, so it neither retries nor opens the breaker.
 */
public class ConnectorRejectedException extends RuntimeException {
  private final int status;

  public ConnectorRejectedException(String message, int status, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
