package io.distconnect.planning.domain;

/**
 * Why a row was rejected.
 *
 * @param line the CSV line or 1-based JSON row position
 * @param column the offending column (item, location, periodStart, periodEnd, quantity, uom), or
 *     null when the row as a whole is wrong (a duplicate)
 * @param reason what is wrong, for a planner to fix the export
 */
public record RowError(long line, String column, String reason) {}
