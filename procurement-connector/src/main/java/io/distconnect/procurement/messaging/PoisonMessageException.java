package io.distconnect.procurement.messaging;

/**
 * A message that can never be processed, however often it is retried (no CloudEvents id, unknown
 * type, schema violations). It goes to the dead-letter topic straight away, with this message as
 * the reason; transient failures are retried instead.
 */
public class PoisonMessageException extends RuntimeException {
  public PoisonMessageException(String message) {
    super(message);
  }

  public PoisonMessageException(String message, Throwable cause) {
    super(message, cause);
  }
}
