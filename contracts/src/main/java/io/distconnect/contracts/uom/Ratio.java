package io.distconnect.contracts.uom;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * A positive fraction kept as two integers, so chains of conversions (CS to EA to DZ) stay exact
 * until the one division at the end.
 */
record Ratio(BigInteger numerator, BigInteger denominator) {
  static final Ratio ONE = new Ratio(BigInteger.ONE, BigInteger.ONE);

  Ratio {
    if (numerator.signum() <= 0 || denominator.signum() <= 0) {
      throw new IllegalArgumentException("conversion ratios are positive");
    }
    BigInteger gcd = numerator.gcd(denominator);
    numerator = numerator.divide(gcd);
    denominator = denominator.divide(gcd);
  }

  static Ratio of(BigDecimal value) {
    if (value.scale() >= 0) {
      return new Ratio(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
    }
    return new Ratio(
        value.unscaledValue().multiply(BigInteger.TEN.pow(-value.scale())), BigInteger.ONE);
  }

  static Ratio divide(BigDecimal dividend, BigDecimal divisor) {
    return of(dividend).times(of(divisor).inverse());
  }

  Ratio times(Ratio other) {
    return new Ratio(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  Ratio inverse() {
    return new Ratio(denominator, numerator);
  }

  /** {@code value × this}, exactly; throws ArithmeticException when it has no finite decimal. */
  BigDecimal applyExactly(BigDecimal value) {
    return new BigDecimal(numerator).multiply(value).divide(new BigDecimal(denominator));
  }

  BigDecimal apply(BigDecimal value, int scale, RoundingMode mode) {
    return new BigDecimal(numerator)
        .multiply(value)
        .divide(new BigDecimal(denominator), scale, mode);
  }

  /** The smallest multiple of {@code increment} that is {@code >= value × this}. */
  BigDecimal applyCeilingToIncrement(BigDecimal value, BigDecimal increment) {
    BigDecimal steps =
        new BigDecimal(numerator)
            .multiply(value)
            .divide(new BigDecimal(denominator).multiply(increment), 0, RoundingMode.CEILING);
    return steps.multiply(increment);
  }

  /** The decimal value when it has one ("24", "0.5"), else the fraction ("1/24"). */
  @Override
  public String toString() {
    try {
      return new BigDecimal(numerator).divide(new BigDecimal(denominator)).toPlainString();
    } catch (ArithmeticException e) {
      return numerator + "/" + denominator;
    }
  }
}
