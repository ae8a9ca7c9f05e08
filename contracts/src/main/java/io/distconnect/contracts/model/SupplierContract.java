package io.distconnect.contracts.model;

import io.distconnect.contracts.uom.OrderRounding;
import io.distconnect.contracts.uom.UnitOfMeasure;
import io.distconnect.contracts.uom.UomConverter;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The terms on which a supplier sells one item: what procurement checks before sourcing a
 * requirement. Order constraints are expressed in the supplier's order unit.
 *
 * @param contractId contract or info-record number
 * @param supplierId the supplier
 * @param itemId the item (SKU)
 * @param unitPrice price per one {@code orderUom}
 * @param leadTimeDays calendar days from order to delivery, {@code >= 0}
 * @param leadTimeStdDevDays optional (null) standard deviation of the lead time, for safety stock
 * @param orderUom the unit the supplier sells in (CS, say)
 * @param minimumOrderQuantity MOQ in {@code orderUom}, {@code >= 0}
 * @param orderMultiple order in multiples of this many {@code orderUom}, {@code > 0}
 * @param capacityPerWeek optional (null = unlimited) most the supplier ships a week, in {@code
 *     orderUom}
 * @param validFrom first day the terms apply
 * @param validTo optional (null = open-ended) last day the terms apply, inclusive
 * @param preferred whether sourcing picks this contract first among valid ones
 */
public record SupplierContract(
    String contractId,
    String supplierId,
    String itemId,
    Money unitPrice,
    int leadTimeDays,
    BigDecimal leadTimeStdDevDays,
    UnitOfMeasure orderUom,
    BigDecimal minimumOrderQuantity,
    BigDecimal orderMultiple,
    BigDecimal capacityPerWeek,
    LocalDate validFrom,
    LocalDate validTo,
    boolean preferred) {

  public SupplierContract {
    Checks.requireIdentifier(contractId, "contract id");
    Checks.requireIdentifier(supplierId, "supplier id");
    Checks.requireIdentifier(itemId, "item id");
    Checks.required(unitPrice, "unit price");
    if (leadTimeDays < 0) {
      throw new IllegalArgumentException("lead time days must not be negative: " + leadTimeDays);
    }
    if (leadTimeStdDevDays != null) {
      Checks.requireNonNegative(leadTimeStdDevDays, "lead time standard deviation");
    }
    Checks.required(orderUom, "order unit of measure");
    Checks.requireNonNegative(minimumOrderQuantity, "minimum order quantity");
    Checks.requirePositive(orderMultiple, "order multiple");
    if (capacityPerWeek != null) {
      Checks.requirePositive(capacityPerWeek, "capacity per week");
    }
    Checks.required(validFrom, "valid from");
    if (validTo != null && validTo.isBefore(validFrom)) {
      throw new IllegalArgumentException(
          "validity window ends (" + validTo + ") before it starts (" + validFrom + ")");
    }
  }

  /** True when {@code date} falls inside the validity window (both ends inclusive). */
  public boolean isValidOn(LocalDate date) {
    return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
  }

  /** The earliest delivery date for an order placed on {@code orderDate}. */
  public LocalDate earliestDelivery(LocalDate orderDate) {
    return orderDate.plusDays(leadTimeDays);
  }

  /**
   * The quantity to order under these terms for a requirement in any unit the item converts:
   * converted to {@code orderUom}, MOQ enforced, rounded up to the order multiple.
   *
   * @param itemConverter the item's converter ({@link Item#converter()})
   */
  public Quantity orderQuantityFor(Quantity requirement, UomConverter itemConverter) {
    return OrderRounding.orderQuantity(
        requirement, orderUom, minimumOrderQuantity, orderMultiple, itemConverter);
  }

  /** Whether {@code quantity} (in {@code orderUom}) fits into one week's capacity. */
  public boolean withinWeeklyCapacity(Quantity quantity) {
    if (quantity.uom() != orderUom) {
      throw new IllegalArgumentException("capacity is in " + orderUom + ", got " + quantity);
    }
    return capacityPerWeek == null || quantity.value().compareTo(capacityPerWeek) <= 0;
  }

  /** The value of an order of {@code quantity} (in {@code orderUom}) at this contract's price. */
  public Money orderValue(Quantity quantity) {
    if (quantity.uom() != orderUom) {
      throw new IllegalArgumentException("price is per " + orderUom + ", got " + quantity);
    }
    return unitPrice.times(quantity.value());
  }
}
