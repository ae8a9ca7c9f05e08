package io.distconnect.planning.api;

/**
 * One bucket of a JSON publication. Every value is text on purpose: a wrong value in one row is a
 * row error in the job report, the same as in a CSV file, rather than a rejected request.
 *
 * @param item the SKU
 * @param location the canonical location code
 * @param periodStart first day, ISO-8601
 * @param periodEnd last day, ISO-8601; defaults to a week from periodStart
 * @param quantity a non-negative decimal (a JSON number or string)
 * @param uom the unit; defaults to the item's base unit
 */
public record PublicationRowRequest(
    String item,
    String location,
    String periodStart,
    String periodEnd,
    String quantity,
    String uom) {}
