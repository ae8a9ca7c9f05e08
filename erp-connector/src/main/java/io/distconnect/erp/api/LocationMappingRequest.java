package io.distconnect.erp.api;

import io.distconnect.contracts.model.Platform;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A location's code on a platform: ERP plant 1710 is DC-EAST. */
public record LocationMappingRequest(
    @NotNull Platform platform,
    @NotBlank @Size(max = 60) String platformCode,
    @NotBlank @Size(max = 40) String locationCode) {}
