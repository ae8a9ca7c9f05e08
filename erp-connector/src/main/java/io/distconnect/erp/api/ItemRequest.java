package io.distconnect.erp.api;

import io.distconnect.contracts.model.Item;
import io.distconnect.contracts.model.ItemHierarchy;
import io.distconnect.contracts.model.ItemStatus;
import io.distconnect.contracts.model.Quantity;
import io.distconnect.contracts.uom.UnitConversion;
import io.distconnect.contracts.uom.UnitOfMeasure;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * An item to create or replace. On PUT the SKU comes from the path (a body SKU must match it).
 * Status defaults to ACTIVE; conversions to none (then only standard units convert).
 */
public record ItemRequest(
    @Size(max = 128) @Pattern(regexp = "[^@\\s]+", message = "must not contain blanks or '@'")
        String sku,
    @NotBlank @Size(max = 500) String description,
    @NotNull @Valid Hierarchy hierarchy,
    @NotBlank @ValidUnit String baseUom,
    @Size(max = 20) List<@Valid @NotNull Conversion> conversions,
    @NotNull @Valid PackSize packSize,
    @Pattern(regexp = "\\d{8}|\\d{12,14}", message = "must be a GTIN-8, -12, -13 or -14")
        String gtin,
    ItemStatus status) {

  /** Category and family in the merchandise hierarchy. */
  public record Hierarchy(
      @NotBlank @Size(max = 100) String category, @NotBlank @Size(max = 100) String family) {}

  /** 1 {@code from} = {@code factor} {@code to}, e.g. 1 CS = 24 EA. */
  public record Conversion(
      @NotBlank @ValidUnit String from,
      @NotNull @Positive @Digits(integer = 12, fraction = 6) BigDecimal factor,
      @NotBlank @ValidUnit String to) {}

  /** The smallest handling quantity. */
  public record PackSize(
      @NotNull @Positive @Digits(integer = 14, fraction = 6) BigDecimal value,
      @NotBlank @ValidUnit String uom) {}

  /** The canonical item; the contracts' checks (GTIN check digit, convertibility) apply. */
  Item toModel(String skuToUse) {
    return new Item(
        skuToUse,
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
        gtin,
        status == null ? ItemStatus.ACTIVE : status);
  }
}
