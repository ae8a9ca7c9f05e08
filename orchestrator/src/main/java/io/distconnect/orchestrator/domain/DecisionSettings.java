package io.distconnect.orchestrator.domain;

import java.math.BigDecimal;

/**
 * The tunables of the decision, per item category.
 *
 * @param serviceLevel cycle service level, e.g. 0.95 (z = Φ⁻¹(serviceLevel))
 * @param demandCv coefficient of variation of daily demand: σ_d = cv · d̄ (planning publishes point
 *     forecasts without an error measure)
 * @param orderCost S, the cost of placing one order
 * @param holdingRate i, yearly holding cost as a fraction of unit cost (H = i · C)
 * @param horizonDays planning horizon over which d̄ is averaged
 * @param amendMinDays an open PO due sooner than this is frozen (too late to change)
 * @param amendWindowDays an open PO due within lead time + this many days is amended instead of
 *     ordering anew
 * @param maxAmendIncrease largest automatic amendment as a fraction of the line (0.5 = +50%)
 * @param maxAutoOrderValue orders worth more go to manual review
 */
public record DecisionSettings(
    double serviceLevel,
    double demandCv,
    BigDecimal orderCost,
    double holdingRate,
    int horizonDays,
    int amendMinDays,
    int amendWindowDays,
    BigDecimal maxAmendIncrease,
    BigDecimal maxAutoOrderValue) {}
