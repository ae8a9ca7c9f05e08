package io.distconnect.contracts.uom;

import io.distconnect.contracts.model.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Converts quantities between units exactly: standard factors within a dimension (KG↔G, L↔ML,
 * DZ↔EA) plus one item's own conversions (1 CS = 24 EA, 1 PL = 40 CS), chained as needed (PL→EA).
 *
 * <p>Arithmetic is rational until the final division, so nothing is lost on the way; a result with
 * no finite decimal form is refused ({@link InexactConversionException}) unless the caller picks a
 * rounding rule. Instances are immutable and thread-safe.
 */
public final class UomConverter {
  private static final UomConverter STANDARD = new UomConverter(List.of());

  private final List<UnitConversion> itemConversions;
  private final Map<UnitOfMeasure, Map<UnitOfMeasure, Ratio>> itemEdges;

  private UomConverter(Collection<UnitConversion> conversions) {
    this.itemConversions = List.copyOf(conversions);
    this.itemEdges = new EnumMap<>(UnitOfMeasure.class);
    for (UnitConversion conversion : itemConversions) {
      Ratio given = Ratio.of(conversion.factor());
      Optional<Ratio> implied = ratio(conversion.from(), conversion.to());
      if (implied.isPresent() && !implied.get().equals(given)) {
        throw new IllegalArgumentException(
            "Conflicting unit conversions: "
                + conversion
                + " contradicts 1 "
                + conversion.from()
                + " = "
                + implied.get()
                + " "
                + conversion.to()
                + " implied by the standard factors and the earlier conversions in "
                + itemConversions);
      }
      edgesOf(conversion.from()).put(conversion.to(), given);
      edgesOf(conversion.to()).put(conversion.from(), given.inverse());
    }
  }

  /** Standard conversions only: good for anything but packaging units. */
  public static UomConverter standard() {
    return STANDARD;
  }

  /**
   * Standard conversions plus an item's own.
   *
   * @throws IllegalArgumentException when the conversions contradict each other or the standard
   *     factors (1 CS = 24 EA and 1 CS = 3 DZ)
   */
  public static UomConverter of(Collection<UnitConversion> itemConversions) {
    Objects.requireNonNull(itemConversions, "item conversions");
    return itemConversions.isEmpty() ? STANDARD : new UomConverter(itemConversions);
  }

  public List<UnitConversion> itemConversions() {
    return itemConversions;
  }

  public boolean canConvert(UnitOfMeasure from, UnitOfMeasure to) {
    return ratio(from, to).isPresent();
  }

  /**
   * Exact conversion.
   *
   * @throws NoConversionException when the units are not connected
   * @throws InexactConversionException when the result has no finite decimal form
   */
  public Quantity convert(Quantity quantity, UnitOfMeasure to) {
    Ratio ratio = requireRatio(quantity.uom(), to);
    try {
      return new Quantity(ratio.applyExactly(quantity.value()), to);
    } catch (ArithmeticException e) {
      throw new InexactConversionException(quantity.value(), quantity.uom(), to);
    }
  }

  /** Conversion rounded to {@code scale} decimal places with {@code mode}. */
  public Quantity convert(Quantity quantity, UnitOfMeasure to, int scale, RoundingMode mode) {
    Objects.requireNonNull(mode, "rounding mode");
    return new Quantity(requireRatio(quantity.uom(), to).apply(quantity.value(), scale, mode), to);
  }

  /** Conversion rounded up to whole units of {@code to}: 25 EA is 2 CS when a case holds 24. */
  public Quantity convertRoundingUp(Quantity quantity, UnitOfMeasure to) {
    return convertRoundingUp(quantity, to, BigDecimal.ONE);
  }

  /**
   * Conversion rounded up to the next multiple of {@code increment} units of {@code to} (an order
   * multiple of 0.5 KG, say), computed on the exact value so it never rounds twice.
   */
  public Quantity convertRoundingUp(Quantity quantity, UnitOfMeasure to, BigDecimal increment) {
    Objects.requireNonNull(increment, "increment");
    if (increment.signum() <= 0) {
      throw new IllegalArgumentException("increment must be positive: " + increment);
    }
    Ratio ratio = requireRatio(quantity.uom(), to);
    return new Quantity(ratio.applyCeilingToIncrement(quantity.value(), increment), to);
  }

  private Ratio requireRatio(UnitOfMeasure from, UnitOfMeasure to) {
    Objects.requireNonNull(from, "from unit");
    Objects.requireNonNull(to, "to unit");
    return ratio(from, to).orElseThrow(() -> new NoConversionException(from, to));
  }

  /** How many {@code to} one {@code from} is, found by a breadth-first walk of the unit graph. */
  private Optional<Ratio> ratio(UnitOfMeasure from, UnitOfMeasure to) {
    if (from == to) {
      return Optional.of(Ratio.ONE);
    }
    Map<UnitOfMeasure, Ratio> reached = new EnumMap<>(UnitOfMeasure.class);
    Deque<UnitOfMeasure> queue = new ArrayDeque<>();
    reached.put(from, Ratio.ONE);
    queue.add(from);
    while (!queue.isEmpty()) {
      UnitOfMeasure unit = queue.poll();
      Ratio soFar = reached.get(unit);
      for (Map.Entry<UnitOfMeasure, Ratio> edge : neighbours(unit).entrySet()) {
        if (!reached.containsKey(edge.getKey())) {
          Ratio next = soFar.times(edge.getValue());
          if (edge.getKey() == to) {
            return Optional.of(next);
          }
          reached.put(edge.getKey(), next);
          queue.add(edge.getKey());
        }
      }
    }
    return Optional.empty();
  }

  private Map<UnitOfMeasure, Ratio> neighbours(UnitOfMeasure unit) {
    Map<UnitOfMeasure, Ratio> result = new EnumMap<>(UnitOfMeasure.class);
    if (unit.isStandard()) {
      BigDecimal factor = unit.standardFactor().orElseThrow();
      for (UnitOfMeasure other : UnitOfMeasure.values()) {
        if (other != unit && other.isStandard() && other.dimension() == unit.dimension()) {
          result.put(other, Ratio.divide(factor, other.standardFactor().orElseThrow()));
        }
      }
    }
    result.putAll(itemEdges.getOrDefault(unit, Map.of()));
    return result;
  }

  private Map<UnitOfMeasure, Ratio> edgesOf(UnitOfMeasure unit) {
    return itemEdges.computeIfAbsent(unit, u -> new EnumMap<>(UnitOfMeasure.class));
  }

  @Override
  public String toString() {
    return "UomConverter" + itemConversions;
  }
}
