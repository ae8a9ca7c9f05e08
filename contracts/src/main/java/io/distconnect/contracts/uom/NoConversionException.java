package io.distconnect.contracts.uom;

/**
 * Two units with no conversion path between them: different dimensions, or a packaging unit the
 * item has no conversion for (an item without "1 CS = n EA" cannot be ordered in cases).
 */
public final class NoConversionException extends UnitOfMeasureException {
  private static final long serialVersionUID = 1L;

  private final UnitOfMeasure from;
  private final UnitOfMeasure to;

  public NoConversionException(UnitOfMeasure from, UnitOfMeasure to) {
    super("No conversion from " + from + " to " + to);
    this.from = from;
    this.to = to;
  }

  public UnitOfMeasure from() {
    return from;
  }

  public UnitOfMeasure to() {
    return to;
  }
}
