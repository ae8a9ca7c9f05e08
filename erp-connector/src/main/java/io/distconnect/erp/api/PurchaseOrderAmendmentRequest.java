package io.distconnect.erp.api;

import io.distconnect.erp.domain.PurchaseOrderCommands;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Changes to existing lines (absent fields stay) and lines to add. */
public record PurchaseOrderAmendmentRequest(
    @Size(max = 200) List<@Valid @NotNull LineChange> lines,
    @Size(max = 200) List<@Valid @NotNull PurchaseOrderLineRequest> addLines,
    @Size(max = 500) String reason) {

  /** A new quantity (in the line's unit) and/or need-by date for one line. */
  public record LineChange(
      @NotNull @Positive Integer lineNumber,
      @Positive @Digits(integer = 14, fraction = 6) BigDecimal quantity,
      LocalDate needByDate) {}

  PurchaseOrderCommands.Amend toCommand() {
    return new PurchaseOrderCommands.Amend(
        lines == null
            ? List.of()
            : lines.stream()
                .map(
                    l ->
                        new PurchaseOrderCommands.LineChange(
                            l.lineNumber(), l.quantity(), l.needByDate()))
                .toList(),
        addLines == null
            ? List.of()
            : addLines.stream().map(PurchaseOrderLineRequest::toCommand).toList(),
        reason);
  }
}
