package io.distconnect.planning.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The noise threshold: a revision becomes a {@code ForecastRevised} event only when its absolute
 * change reaches {@link #absolute()} and its relative change reaches {@link #relative()} (a new
 * bucket has no relative change and is judged on the absolute one alone). Both can be overridden
 * per item category.
 */
@ConfigMapping(prefix = "distconnect.planning.noise")
public interface NoiseThresholdConfig {

  /** Smallest absolute change, in the item's base unit, that is published. */
  @WithDefault("1")
  BigDecimal absolute();

  /** Smallest relative change (0.02 = 2 %) that is published. */
  @WithDefault("0.02")
  BigDecimal relative();

  /**
   * Per item category overrides, e.g. {@code
   * distconnect.planning.noise.categories.BEVERAGES.relative=0.1}.
   */
  Map<String, CategoryThreshold> categories();

  /** One category's override; an absent value falls back to the global one. */
  interface CategoryThreshold {
    /** Smallest absolute change of this category. */
    Optional<BigDecimal> absolute();

    /** Smallest relative change of this category. */
    Optional<BigDecimal> relative();
  }
}
