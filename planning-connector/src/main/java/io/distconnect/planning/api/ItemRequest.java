package io.distconnect.planning.api;

import io.distconnect.contracts.model.Item;
import io.distconnect.contracts.model.ItemHierarchy;
import io.distconnect.contracts.model.ItemStatus;
import io.distconnect.contracts.model.Quantity;
import io.distconnect.contracts.uom.UnitConversion;
import io.distconnect.contracts.uom.UnitOfMeasure;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;

/**
 * An item of the master-data cache, in the ERP item API's JSON shape (so a sync and an admin upsert
 * read the same document).
 */
public record ItemRequest(
    String sku,
    @NotBlank String description,
    @NotNull @Valid Hierarchy hierarchy,
    @NotBlank @ValidUnit String baseUom,
    List<@NotNull @Valid Conversion> conversions,
    @NotNull @Valid PackSize packSize,
    String gtin,
    @NotNull ItemStatus status) {

  /** Category and family. */
  public record Hierarchy(@NotBlank String category, @NotBlank String family) {}

  /** 1 {@code from} = {@code factor} {@code to}. */
  public record Conversion(
      @NotBlank @ValidUnit String from,
      @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal factor,
      @NotBlank @ValidUnit String to) {}

  /** The smallest handled quantity. */
  public record PackSize(
      @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal value,
      @NotBlank @ValidUnit String uom) {}

  /**
   * The canonical item; the contracts record checks what Bean Validation cannot (conversions that
   * contradict each other, a pack size that cannot convert, a GTIN check digit).
   *
   * @throws IllegalArgumentException when the item is inconsistent
   */
  public Item toItem(String pathSku) {
    if (sku != null && !sku.equals(pathSku)) {
      throw new IllegalArgumentException("sku '" + sku + "' in the body differs from the path");
    }
    return new Item(
        pathSku,
        description,
        new ItemHierarchy(hierarchy.category(), hierarchy.family()),
        UnitOfMeasure.parse(baseUom),
        conversions == null
            ? List.of()
            : conversions.stream()
                .map(
                    c ->
                        new UnitConversion(
                            UnitOfMeasure.parse(c.from()), c.factor(), UnitOfMeasure.parse(c.to())))
                .toList(),
        new Quantity(packSize.value(), UnitOfMeasure.parse(packSize.uom())),
        gtin == null || gtin.isBlank() ? null : gtin,
        status);
  }
}
