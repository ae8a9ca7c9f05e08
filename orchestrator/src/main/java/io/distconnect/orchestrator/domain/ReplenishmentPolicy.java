package io.distconnect.orchestrator.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * The policy a forecast revision must pass before anything is bought, resolved for the item's
 * category and location (see {@code PolicyConfig}).
 *
 * @param relativeThreshold smallest |relative delta| that matters, e.g. 0.15 for ±15%
 * @param absoluteThreshold smallest |absolute delta| that matters, in the forecast's unit (0 = any)
 * @param blockedItems items never replenished automatically
 * @param blockedSuppliers suppliers never ordered from automatically
 * @param horizonDays revisions of periods starting later than today + horizon are ignored
 */
public record ReplenishmentPolicy(
    BigDecimal relativeThreshold,
    BigDecimal absoluteThreshold,
    Set<String> blockedItems,
    Set<String> blockedSuppliers,
    int horizonDays) {

  public ReplenishmentPolicy {
    blockedItems = Set.copyOf(blockedItems);
    blockedSuppliers = Set.copyOf(blockedSuppliers);
  }

  /** The verdict on one revision. */
  public enum Outcome {
    /** Material: enrich and decide. */
    PROCEED,
    /** Not worth acting on; the case closes with the reason. */
    NO_ACTION,
    /** Breaches the policy; a person must look at it. */
    BLOCKED
  }

  /** A verdict and its reason. */
  public record Verdict(Outcome outcome, String reason) {}

  /**
   * Checks a revision. It is material when the relative change reaches the relative threshold (a
   * new bucket, with no relative change, always does) <em>and</em> the absolute change reaches the
   * absolute one — both, so a jump from 1 to 2 units does not trigger an order.
   *
   * @param relativeDelta null for a new bucket
   */
  public Verdict check(
      String itemId,
      LocalDate periodStart,
      BigDecimal absoluteDelta,
      BigDecimal relativeDelta,
      LocalDate today) {
    if (blockedItems.contains(itemId)) {
      return new Verdict(
          Outcome.BLOCKED, "Item " + itemId + " is blocked for automatic replenishment");
    }
    if (periodStart.isAfter(today.plusDays(horizonDays))) {
      return new Verdict(
          Outcome.NO_ACTION,
          "Period starting "
              + periodStart
              + " is beyond the "
              + horizonDays
              + "-day planning horizon");
    }
    boolean relativeOk =
        relativeDelta == null || relativeDelta.abs().compareTo(relativeThreshold) >= 0;
    boolean absoluteOk =
        absoluteDelta.signum() != 0 && absoluteDelta.abs().compareTo(absoluteThreshold) >= 0;
    if (relativeOk && absoluteOk) {
      return new Verdict(
          Outcome.PROCEED, "Change " + describe(absoluteDelta, relativeDelta) + " is material");
    }
    return new Verdict(
        Outcome.NO_ACTION,
        "Change "
            + describe(absoluteDelta, relativeDelta)
            + " is under the threshold (±"
            + percent(relativeThreshold)
            + ", ≥"
            + absoluteThreshold.stripTrailingZeros().toPlainString()
            + " units)");
  }

  private static String describe(BigDecimal absolute, BigDecimal relative) {
    String abs =
        (absolute.signum() >= 0 ? "+" : "") + absolute.stripTrailingZeros().toPlainString();
    return relative == null
        ? abs + " (new period)"
        : abs + " (" + (relative.signum() >= 0 ? "+" : "") + percent(relative) + ")";
  }

  private static String percent(BigDecimal fraction) {
    return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }
}
