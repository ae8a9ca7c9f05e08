package io.distconnect.planning.domain;

import java.math.BigDecimal;

/**
 * When a change is worth an event: its absolute change reaches {@code absolute} and, when the old
 * quantity is not zero, its relative change reaches {@code relative}. A change of zero never is.
 * The same rule runs in SQL over whole publications (see the version writer); this is its
 * reference.
 */
public record NoiseThreshold(BigDecimal absolute, BigDecimal relative) {

  public NoiseThreshold {
    if (absolute.signum() < 0 || relative.signum() < 0) {
      throw new IllegalArgumentException("noise thresholds must not be negative");
    }
  }

  public boolean isMaterial(BigDecimal oldQuantity, BigDecimal newQuantity) {
    BigDecimal change = newQuantity.subtract(oldQuantity).abs();
    if (change.signum() == 0 || change.compareTo(absolute) < 0) {
      return false;
    }
    return oldQuantity.signum() == 0 || change.compareTo(relative.multiply(oldQuantity)) >= 0;
  }
}
