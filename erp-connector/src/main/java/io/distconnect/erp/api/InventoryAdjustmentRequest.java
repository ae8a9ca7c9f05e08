package io.distconnect.erp.api;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Signed changes to stock buckets in the item's base unit; absent deltas are zero. */
public record InventoryAdjustmentRequest(
    @NotBlank @Size(max = 128) String itemId,
    @NotBlank @Size(max = 40) String locationId,
    @Digits(integer = 14, fraction = 6) BigDecimal onHandDelta,
    @Digits(integer = 14, fraction = 6) BigDecimal allocatedDelta,
    @Digits(integer = 14, fraction = 6) BigDecimal backorderedDelta,
    @NotBlank @Size(max = 500) String reason) {}
