package io.distconnect.contracts.uom;

/** A unit code that no supported code system knows. */
public final class UnknownUnitException extends UnitOfMeasureException {
  private static final long serialVersionUID = 1L;

  private final String code;

  public UnknownUnitException(String code) {
    super("Unknown unit of measure '" + code + "'");
    this.code = code;
  }

  public UnknownUnitException(String code, String codeSystem) {
    super("Unknown unit of measure '" + code + "' in code system " + codeSystem);
    this.code = code;
  }

  /** The code as it was received. */
  public String code() {
    return code;
  }
}
