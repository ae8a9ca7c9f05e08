package io.distconnect.erp.adapter.s4hana;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OData v2 JSON dates: {@code /Date(1700000000000)/} for Edm.DateTime (UTC midnight for dates) and
 * {@code /Date(1700000000000+0000)/} for Edm.DateTimeOffset.
 */
final class ODataDates {
  private static final Pattern DATE = Pattern.compile("/Date\\((-?\\d+)([+-]\\d{4})?\\)/");

  private ODataDates() {}

  static Instant instant(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Matcher m = DATE.matcher(value);
    if (!m.matches()) {
      throw new IllegalArgumentException("Not an OData v2 date: '" + value + "'");
    }
    // The offset only says where the time was written; the milliseconds are already UTC.
    return Instant.ofEpochMilli(Long.parseLong(m.group(1)));
  }

  static LocalDate date(String value) {
    Instant instant = instant(value);
    return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
  }

  static String of(LocalDate date) {
    return "/Date(" + date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() + ")/";
  }
}
