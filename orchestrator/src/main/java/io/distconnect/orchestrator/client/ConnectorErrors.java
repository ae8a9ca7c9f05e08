package io.distconnect.orchestrator.client;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;

/** Sorts connector failures into "try again later" and "this request will never work". */
final class ConnectorErrors {
  private ConnectorErrors() {}

  static boolean isNotFound(Throwable e) {
    return e instanceof WebApplicationException w && w.getResponse().getStatus() == 404;
  }

  static RuntimeException translate(String connector, String call, Throwable e) {
    if (e instanceof ConnectorUnavailableException || e instanceof ConnectorRejectedException) {
      return (RuntimeException) e;
    }
    if (e instanceof WebApplicationException w) {
      Response r = w.getResponse();
      int status = r.getStatus();
      if (status >= 500 || status == 408 || status == 429) {
        return new ConnectorUnavailableException(
            connector + " answered " + status + " to " + call, retryAfter(r), e);
      }
      return new ConnectorRejectedException(
          connector + " rejected " + call + " with " + status + detail(r), status, e);
    }
    return new ConnectorUnavailableException(
        connector + " unreachable for " + call + ": " + e.getMessage(), null, e);
  }

  private static Duration retryAfter(Response r) {
    String value = r.getHeaderString(HttpHeaders.RETRY_AFTER);
    if (value == null) {
      return null;
    }
    try {
      return Duration.ofSeconds(Long.parseLong(value.trim()));
    } catch (NumberFormatException ignored) {
      // An HTTP date: our own backoff applies instead.
      return null;
    }
  }

  private static String detail(Response r) {
    try {
      r.bufferEntity();
      String body = r.readEntity(String.class);
      return body == null || body.isBlank()
          ? ""
          : ": " + body.substring(0, Math.min(500, body.length()));
    } catch (RuntimeException ignored) {
      return "";
    }
  }
}
