package io.distconnect.procurement.domain;

/**
 * A supplier document that cannot be applied, with the cXML status code to answer: 400 unreadable,
 * 401 unauthenticated, 406 does not match the order (unknown PO, unknown line, other supplier), 409
 * the order's state does not allow it.
 */
public class DocumentRejectedException extends RuntimeException {

  private final int code;

  public DocumentRejectedException(int code, String message) {
    super(message);
    this.code = code;
  }

  public DocumentRejectedException(int code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  public int code() {
    return code;
  }
}
