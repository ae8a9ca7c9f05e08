package io.distconnect.orchestrator.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The textbook formulas of continuous-review inventory control (Silver, Pyke & Thomas, "Inventory
 * and Production Management in Supply Chains", ch. 4 and 6). Statistics are doubles (square roots
 * and quantiles); anything that becomes an order quantity is rounded up to a whole base unit.
 */
public final class InventoryFormulas {

  /** Days in the year used to turn daily demand into the annual demand of the EOQ. */
  public static final int DAYS_PER_YEAR = 365;

  private InventoryFormulas() {}

  /** Lead-time demand d̄·L. */
  public static double leadTimeDemand(double dailyDemand, double leadTimeDays) {
    return dailyDemand * leadTimeDays;
  }

  /** σ_LTD = √(L·σ_d² + d̄²·σ_L²): demand and lead time vary independently. */
  public static double leadTimeDemandStdDev(
      double dailyDemand, double dailyDemandStdDev, double leadTimeDays, double leadTimeStdDev) {
    return Math.sqrt(
        leadTimeDays * dailyDemandStdDev * dailyDemandStdDev
            + dailyDemand * dailyDemand * leadTimeStdDev * leadTimeStdDev);
  }

  /** SS = z·σ_LTD with z = Φ⁻¹(service level). */
  public static double safetyStock(double serviceLevel, double sigmaLtd) {
    return InverseNormal.quantile(serviceLevel) * sigmaLtd;
  }

  /** ROP = ⌈lead-time demand + SS⌉, in whole base units. */
  public static BigDecimal reorderPoint(double leadTimeDemand, double safetyStock) {
    return ceil(leadTimeDemand + safetyStock);
  }

  /**
   * EOQ = √(2·D·S/H) with H = i·C. Zero when there is no demand or holding costs nothing (an
   * infinite lot makes no sense; the max level then equals the ROP).
   */
  public static double economicOrderQuantity(
      double annualDemand, double orderCost, double holdingRate, double unitCost) {
    double holdingCost = holdingRate * unitCost;
    if (annualDemand <= 0 || holdingCost <= 0) {
      return 0;
    }
    return Math.sqrt(2 * annualDemand * orderCost / holdingCost);
  }

  /** ⌈x⌉ as a whole number; tiny float noise above an integer (90.0000000001) is not rounded up. */
  public static BigDecimal ceil(double x) {
    BigDecimal value = BigDecimal.valueOf(x).setScale(6, RoundingMode.HALF_UP);
    return value.setScale(0, RoundingMode.CEILING);
  }
}
