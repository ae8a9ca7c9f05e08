package io.distconnect.planning.domain;

import io.distconnect.contracts.model.Quantity;
import io.distconnect.contracts.uom.InexactConversionException;
import io.distconnect.contracts.uom.UnitOfMeasure;
import io.distconnect.contracts.uom.UnknownUnitException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks one row against the master data and converts its quantity to the item's base unit. Every
 * problem of the row is reported, not just the first, so one round of fixes is enough. Plain Java:
 * no I/O, one instance per publication.
 */
public final class RowValidator {

  /** A publication has a few dozen distinct dates at most; this bounds the cache if not. */
  private static final int MAX_CACHED_DATES = 4096;

  private final MasterDataSnapshot masterData;
  private final RowFormat format;
  // Parsing a date through a DateTimeFormatter is the costliest step of a row; a million rows
  // repeat the same few period dates, so each distinct text is parsed once.
  private final Map<String, LocalDate> dates = new HashMap<>();

  public RowValidator(MasterDataSnapshot masterData, RowFormat format) {
    this.masterData = masterData;
    this.format = format;
  }

  public ValidatedRow validate(RawRow row) {
    List<RowError> errors = new ArrayList<>(2);
    long line = row.line();

    String itemId = trimmed(row.item());
    ItemFacts item = null;
    if (itemId == null) {
      errors.add(new RowError(line, "item", "item is required"));
    } else {
      item = masterData.items().get(itemId);
      if (item == null) {
        errors.add(new RowError(line, "item", "unknown item '" + itemId + "'"));
      }
    }

    String locationId = trimmed(row.location());
    if (locationId == null) {
      errors.add(new RowError(line, "location", "location is required"));
    } else if (!masterData.locations().contains(locationId)) {
      errors.add(new RowError(line, "location", "unknown location '" + locationId + "'"));
    }

    LocalDate start = date(row.periodStart(), "periodStart", line, errors, true);
    LocalDate end = date(row.periodEnd(), "periodEnd", line, errors, false);
    if (start != null && end == null && trimmed(row.periodEnd()) == null) {
      end = start.plusDays(format.periodDays() - 1L);
    }
    if (start != null && end != null && end.isBefore(start)) {
      errors.add(
          new RowError(
              line, "periodEnd", "period end " + end + " is before period start " + start));
    }

    BigDecimal value = quantity(row.quantity(), line, errors);
    UnitOfMeasure unit = unit(row.uom(), item, line, errors);

    BigDecimal base = null;
    if (item != null && value != null && unit != null) {
      base = toBase(item, value, unit, line, errors);
    }
    return new ValidatedRow(
        line,
        itemId,
        locationId,
        start,
        end,
        base,
        item == null ? null : item.baseUom(),
        item == null ? null : item.category(),
        errors);
  }

  private LocalDate date(
      String text, String column, long line, List<RowError> errors, boolean required) {
    String value = trimmed(text);
    if (value == null) {
      if (required) {
        errors.add(new RowError(line, column, column + " is required"));
      }
      return null;
    }
    LocalDate cached = dates.get(value);
    if (cached != null) {
      return cached;
    }
    try {
      LocalDate parsed = LocalDate.parse(value, format.dateFormat());
      if (dates.size() < MAX_CACHED_DATES) {
        dates.put(value, parsed);
      }
      return parsed;
    } catch (DateTimeParseException e) {
      errors.add(new RowError(line, column, "'" + value + "' is not a valid date"));
      return null;
    }
  }

  private BigDecimal quantity(String text, long line, List<RowError> errors) {
    String value = trimmed(text);
    if (value == null) {
      errors.add(new RowError(line, "quantity", "quantity is required"));
      return null;
    }
    BigDecimal quantity;
    try {
      quantity = new BigDecimal(normalised(value));
    } catch (NumberFormatException e) {
      errors.add(new RowError(line, "quantity", "'" + value + "' is not a number"));
      return null;
    }
    if (quantity.signum() < 0) {
      errors.add(new RowError(line, "quantity", "quantity " + value + " is negative"));
      return null;
    }
    return quantity;
  }

  /**
   * Plain decimal text: the decimal separator becomes '.', and thousands grouping (the other of '.'
   * and ',') is removed only where it really groups by three, so "1,5" with '.' decimals is an
   * error rather than fifteen.
   */
  private String normalised(String value) {
    char decimal = format.decimalSeparator();
    char grouping = decimal == ',' ? '.' : ',';
    String text = value;
    if (text.indexOf(grouping) >= 0) {
      String g = java.util.regex.Pattern.quote(String.valueOf(grouping));
      String d = java.util.regex.Pattern.quote(String.valueOf(decimal));
      if (!text.matches("-?\\d{1,3}(" + g + "\\d{3})+(" + d + "\\d+)?")) {
        throw new NumberFormatException(value);
      }
      text = text.replace(String.valueOf(grouping), "");
    }
    return decimal == ',' ? text.replace(',', '.') : text;
  }

  private UnitOfMeasure unit(String text, ItemFacts item, long line, List<RowError> errors) {
    String code = trimmed(text);
    if (code == null) {
      if (format.defaultUom() != null) {
        return format.defaultUom();
      }
      return item == null ? null : item.baseUom();
    }
    try {
      return UnitOfMeasure.parse(code);
    } catch (UnknownUnitException e) {
      errors.add(new RowError(line, "uom", "unknown unit of measure '" + code + "'"));
      return null;
    }
  }

  private static BigDecimal toBase(
      ItemFacts item, BigDecimal value, UnitOfMeasure unit, long line, List<RowError> errors) {
    if (unit == item.baseUom()) {
      return Quantity.normalise(value);
    }
    if (!item.converter().canConvert(unit, item.baseUom())) {
      errors.add(
          new RowError(
              line,
              "uom",
              "unit "
                  + unit
                  + " cannot be converted to the base unit "
                  + item.baseUom()
                  + " of item "
                  + item.sku()));
      return null;
    }
    try {
      return item.converter().convert(new Quantity(value, unit), item.baseUom()).value();
    } catch (InexactConversionException e) {
      errors.add(new RowError(line, "uom", e.getMessage()));
      return null;
    }
  }

  private static String trimmed(String text) {
    if (text == null) {
      return null;
    }
    String value = text.strip();
    return value.isEmpty() ? null : value;
  }
}
