package io.distconnect.orchestrator.domain;

import io.distconnect.contracts.uom.UnitOfMeasure;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * The applicable supplier contract.
 *
 * @param contractId the contract
 * @param supplierId the supplier
 * @param orderUom the unit the supplier sells in
 * @param moq minimum order quantity in {@code orderUom} (0 = none)
 * @param orderMultiple order multiple in {@code orderUom} (1 = any whole unit)
 * @param unitPrice price of one {@code orderUom}
 * @param currency of the price
 * @param leadTimeDays L, in days
 * @param leadTimeStdDevDays σ_L, in days
 */
public record SupplyTerms(
    String contractId,
    String supplierId,
    UnitOfMeasure orderUom,
    BigDecimal moq,
    BigDecimal orderMultiple,
    BigDecimal unitPrice,
    Currency currency,
    double leadTimeDays,
    double leadTimeStdDevDays) {

  public SupplyTerms {
    Objects.requireNonNull(supplierId, "supplier id");
    Objects.requireNonNull(orderUom, "order unit");
    moq = moq == null ? BigDecimal.ZERO : moq;
    orderMultiple =
        orderMultiple == null || orderMultiple.signum() <= 0 ? BigDecimal.ONE : orderMultiple;
    Objects.requireNonNull(unitPrice, "unit price");
    Objects.requireNonNull(currency, "currency");
    if (leadTimeDays < 0 || leadTimeStdDevDays < 0) {
      throw new IllegalArgumentException("lead time and its deviation must not be negative");
    }
  }
}
