package io.distconnect.erp.api;

import io.distconnect.erp.domain.PurchaseOrderCommands;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Goods received against a PO line, in any unit that converts exactly to the line's unit. */
public record GoodsReceiptRequest(
    @NotBlank @Size(max = 20) String purchaseOrderNumber,
    @NotNull @Positive Integer lineNumber,
    @NotNull @Positive @Digits(integer = 14, fraction = 6) BigDecimal quantity,
    @NotBlank @ValidUnit String uom,
    @NotNull LocalDate receiptDate) {

  PurchaseOrderCommands.Receive toCommand() {
    return new PurchaseOrderCommands.Receive(
        purchaseOrderNumber, lineNumber, quantity, uom, receiptDate);
  }
}
