package io.distconnect.planning.domain;

import io.distconnect.contracts.uom.UnitOfMeasure;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/**
 * How the text of a row is to be read.
 *
 * @param dateFormat the pattern of period dates
 * @param decimalSeparator '.' or ','
 * @param defaultUom unit of quantities that name none; null means the item's base unit
 * @param periodDays bucket length when a row has no period end
 */
public record RowFormat(
    DateTimeFormatter dateFormat, char decimalSeparator, UnitOfMeasure defaultUom, int periodDays) {

  /** ISO dates, '.' decimals, item base unit, weekly buckets: the JSON API's format. */
  public static final RowFormat ISO = of("uuuu-MM-dd", '.', null, 7);

  public static RowFormat of(
      String datePattern, char decimalSeparator, UnitOfMeasure defaultUom, int periodDays) {
    if (decimalSeparator != '.' && decimalSeparator != ',') {
      throw new IllegalArgumentException("decimal separator must be '.' or ','");
    }
    if (periodDays < 1) {
      throw new IllegalArgumentException("period length must be at least one day");
    }
    // 'yyyy' means year-of-era; with STRICT resolving it needs an era, so use 'uuuu' instead.
    String pattern = datePattern.replace("yyyy", "uuuu").replace("yy", "uu");
    return new RowFormat(
        DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT),
        decimalSeparator,
        defaultUom,
        periodDays);
  }
}
