package io.distconnect.planning.domain;

import java.time.LocalDate;

/**
 * One bucket of a cycle's current version, quantity in the item's base unit.
 *
 * @param version the cycle's current version
 * @param changedInVersion the version that last changed this bucket
 */
public record ForecastView(
    String planningCycleId,
    int version,
    String itemId,
    String itemCategory,
    String locationId,
    LocalDate periodStart,
    LocalDate periodEnd,
    String quantity,
    String uom,
    int changedInVersion) {}
