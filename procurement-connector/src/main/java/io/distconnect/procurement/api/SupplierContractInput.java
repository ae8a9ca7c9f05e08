package io.distconnect.procurement.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A supplier contract as a buyer writes it (POST creates, PUT replaces). MOQ, order multiple and
 * capacity are in {@code orderUom}. The id is optional on POST (generated when absent) and ignored
 * on PUT, where the path names the contract.
 */
public record SupplierContractInput(
    @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:/-]+") String id,
    @NotBlank @Size(max = 100) String supplierId,
    @NotBlank @Size(max = 100) String itemId,
    @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 6) BigDecimal unitPrice,
    @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
    @NotNull @Min(0) @Max(3650) Integer leadTimeDays,
    @DecimalMin("0") @Digits(integer = 6, fraction = 3) BigDecimal leadTimeStdDevDays,
    @NotBlank @Size(max = 10) @ValidUnit String orderUom,
    @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 6) BigDecimal moq,
    @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 13, fraction = 6)
        BigDecimal orderMultiple,
    @DecimalMin(value = "0", inclusive = false) @Digits(integer = 13, fraction = 6)
        BigDecimal capacityPerWeek,
    @NotNull LocalDate validFrom,
    LocalDate validTo,
    boolean preferred) {}
