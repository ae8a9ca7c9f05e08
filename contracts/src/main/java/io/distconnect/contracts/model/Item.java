package io.distconnect.contracts.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.distconnect.contracts.uom.NoConversionException;
import io.distconnect.contracts.uom.UnitConversion;
import io.distconnect.contracts.uom.UnitOfMeasure;
import io.distconnect.contracts.uom.UomConverter;
import java.util.List;

/**
 * A stock-keeping unit as the ERP item master knows it.
 *
 * @param sku the item id used in every event and key
 * @param description free text
 * @param hierarchy category and family
 * @param baseUom the unit stock and forecasts are kept in
 * @param conversions this item's own conversions (1 CS = 24 EA); must not contradict each other
 * @param packSize the smallest quantity that can be handled, convertible to the base unit
 * @param gtin optional (null when unknown); validated with its check digit
 * @param status ACTIVE or BLOCKED
 */
public record Item(
    String sku,
    String description,
    ItemHierarchy hierarchy,
    UnitOfMeasure baseUom,
    List<UnitConversion> conversions,
    Quantity packSize,
    String gtin,
    ItemStatus status) {

  public Item {
    Checks.requireIdentifier(sku, "SKU");
    Checks.requireNonBlank(description, "item description");
    Checks.required(hierarchy, "item hierarchy");
    Checks.required(baseUom, "base unit of measure");
    conversions = Checks.immutableList(conversions, "unit conversions");
    Checks.required(packSize, "pack size");
    if (!packSize.isPositive()) {
      throw new IllegalArgumentException("pack size must be positive: " + packSize);
    }
    if (gtin != null) {
      Gtin.requireValid(gtin);
    }
    Checks.required(status, "item status");
    UomConverter converter = UomConverter.of(conversions);
    for (UnitConversion conversion : conversions) {
      requireConvertible(converter, conversion.from(), baseUom, sku);
    }
    requireConvertible(converter, packSize.uom(), baseUom, sku);
  }

  /** The converter for this item: standard factors plus its own conversions. */
  public UomConverter converter() {
    return UomConverter.of(conversions);
  }

  /** The quantity in the item's base unit, exactly. */
  public Quantity toBaseUnit(Quantity quantity) {
    return converter().convert(quantity, baseUom);
  }

  @JsonIgnore // derived, not part of the JSON form
  public boolean isActive() {
    return status == ItemStatus.ACTIVE;
  }

  private static void requireConvertible(
      UomConverter converter, UnitOfMeasure unit, UnitOfMeasure baseUom, String sku) {
    if (!converter.canConvert(unit, baseUom)) {
      throw new IllegalArgumentException(
          "Item " + sku + ": " + new NoConversionException(unit, baseUom).getMessage());
    }
  }
}
