package io.distconnect.erp.api;

import io.distconnect.contracts.model.LocationType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A location to create or replace in the embedded ERP. */
public record LocationRequest(
    @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_.-]*") String code,
    @NotBlank @Size(max = 200) String name,
    @NotNull LocationType type,
    @NotBlank @Size(max = 40) String region,
    @NotBlank @ValidTimeZone String timeZone) {}
