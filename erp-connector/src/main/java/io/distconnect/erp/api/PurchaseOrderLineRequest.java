package io.distconnect.erp.api;

import io.distconnect.erp.domain.PurchaseOrderCommands;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A line of a new order or an added line: quantity and price in {@code uom} (any unit the item
 * converts to its base unit exactly).
 */
public record PurchaseOrderLineRequest(
    @NotBlank @Size(max = 128) String itemId,
    @NotNull @Positive @Digits(integer = 14, fraction = 6) BigDecimal quantity,
    @NotBlank @ValidUnit String uom,
    @NotNull @PositiveOrZero @Digits(integer = 14, fraction = 6) BigDecimal unitPrice,
    @NotNull LocalDate needByDate) {

  PurchaseOrderCommands.NewLine toCommand() {
    return new PurchaseOrderCommands.NewLine(itemId, quantity, uom, unitPrice, needByDate);
  }
}
