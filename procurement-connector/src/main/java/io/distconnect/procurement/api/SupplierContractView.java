package io.distconnect.procurement.api;

import io.distconnect.procurement.domain.SupplierContractEntity;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A supplier contract as the API shows it; quantities in {@code orderUom}. */
public record SupplierContractView(
    String id,
    String supplierId,
    String itemId,
    BigDecimal unitPrice,
    String currency,
    int leadTimeDays,
    BigDecimal leadTimeStdDevDays,
    String orderUom,
    BigDecimal moq,
    BigDecimal orderMultiple,
    BigDecimal capacityPerWeek,
    LocalDate validFrom,
    LocalDate validTo,
    boolean preferred) {

  static SupplierContractView of(SupplierContractEntity c) {
    return new SupplierContractView(
        c.id,
        c.supplierId,
        c.itemId,
        strip(c.unitPrice),
        c.currency,
        c.leadTimeDays,
        strip(c.leadTimeStdDevDays),
        c.orderUom,
        strip(c.moq),
        strip(c.orderMultiple),
        strip(c.capacityPerWeek),
        c.validFrom,
        c.validTo,
        c.preferred);
  }

  static BigDecimal strip(BigDecimal value) {
    return value == null ? null : io.distconnect.contracts.model.Quantity.normalise(value);
  }
}
