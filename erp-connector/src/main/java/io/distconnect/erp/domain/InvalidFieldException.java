package io.distconnect.erp.domain;

/**
 * A request field that is well-formed but cannot be accepted (it names an unknown item, a unit the
 * item cannot be converted to, ...); answered as 400 with the field in the problem's violations.
 */
public class InvalidFieldException extends RuntimeException {
  private final String field;

  public InvalidFieldException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The field path as the client wrote it, e.g. {@code lines[1].itemId}. */
  public String field() {
    return field;
  }
}
