package io.distconnect.planning.domain;

/**
 * One forecast row as it arrived, every field still text, so JSON and CSV rows go through the same
 * validation and a bad value is reported rather than failing the whole request.
 *
 * @param line the CSV line (header = line 1) or the 1-based position in a JSON rows array
 */
public record RawRow(
    long line,
    String item,
    String location,
    String periodStart,
    String periodEnd,
    String quantity,
    String uom) {}
