package io.distconnect.contracts.uom;

import java.math.BigDecimal;

/**
 * An exact conversion whose result has no finite decimal form (25 EA is 1.041666... CS when a case
 * holds 24). Callers must say how to round, typically {@link UomConverter#convertRoundingUp}.
 */
public final class InexactConversionException extends UnitOfMeasureException {
  private static final long serialVersionUID = 1L;

  public InexactConversionException(BigDecimal value, UnitOfMeasure from, UnitOfMeasure to) {
    super(
        value.toPlainString()
            + " "
            + from
            + " has no exact decimal value in "
            + to
            + "; convert with a rounding rule");
  }
}
