package io.distconnect.erp.api;

import io.distconnect.erp.domain.PurchaseOrderCommands;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A purchase order procurement issued, to book in the ERP. */
public record PurchaseOrderRequest(
    @NotBlank @Size(max = 128) String supplierId,
    @NotBlank @Size(max = 40) String shipToLocationId,
    @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
        String currency,
    @Size(max = 128) @Pattern(regexp = "[^@\\s]+", message = "must not contain blanks or '@'")
        String externalReference,
    @Size(max = 128) @Pattern(regexp = "[^@\\s]+", message = "must not contain blanks or '@'")
        String caseId,
    @NotNull @Size(min = 1, max = 200) List<@Valid @NotNull PurchaseOrderLineRequest> lines) {

  PurchaseOrderCommands.Create toCommand() {
    return new PurchaseOrderCommands.Create(
        supplierId,
        shipToLocationId,
        currency,
        externalReference,
        caseId,
        lines.stream().map(PurchaseOrderLineRequest::toCommand).toList());
  }
}
