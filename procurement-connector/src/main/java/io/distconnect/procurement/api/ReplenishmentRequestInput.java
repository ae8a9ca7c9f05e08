package io.distconnect.procurement.api;

import io.distconnect.contracts.event.ReplenishmentDecisionKind;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A replenishment request raised by a buyer (the orchestrator sends the same over Kafka). */
public record ReplenishmentRequestInput(
    @NotBlank @Size(max = 100) String itemId,
    @NotBlank @Size(max = 100) String locationId,
    @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 13, fraction = 6)
        BigDecimal quantity,
    @NotBlank @Size(max = 10) @ValidUnit String uom,
    @NotNull @FutureOrPresent LocalDate needByDate,
    @NotNull ReplenishmentDecisionKind decisionKind,
    @Size(max = 100) String purchaseOrderNumber) {}
