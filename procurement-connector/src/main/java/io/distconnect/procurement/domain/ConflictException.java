package io.distconnect.procurement.domain;

/** The request contradicts the current state (answered as 409). */
public class ConflictException extends RuntimeException {
  public ConflictException(String message) {
    super(message);
  }
}
