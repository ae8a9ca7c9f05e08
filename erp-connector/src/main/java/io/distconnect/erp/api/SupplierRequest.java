package io.distconnect.erp.api;

import io.distconnect.contracts.model.Address;
import io.distconnect.contracts.model.Supplier;
import io.distconnect.contracts.model.SupplierStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A supplier to create. Status defaults to ACTIVE. */
public record SupplierRequest(
    @NotBlank
        @Size(max = 128)
        @Pattern(regexp = "[^@\\s]+", message = "must not contain blanks or '@'")
        String id,
    @NotBlank @Size(max = 300) String legalName,
    @NotBlank @Size(max = 60) String taxId,
    @Size(max = 20) String duns,
    @Size(max = 20) List<@Valid @NotNull AddressRequest> addresses,
    SupplierStatus status) {

  /** A postal address; countryCode is ISO 3166-1 alpha-2. */
  public record AddressRequest(
      @NotEmpty @Size(max = 4) List<@NotBlank @Size(max = 200) String> lines,
      @NotBlank @Size(max = 100) String city,
      @Size(max = 20) String postalCode,
      @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
          String countryCode) {}

  Supplier toModel() {
    return new Supplier(
        id,
        legalName,
        taxId,
        duns,
        addresses == null
            ? List.of()
            : addresses.stream()
                .map(a -> new Address(a.lines(), a.city(), a.postalCode(), a.countryCode()))
                .toList(),
        status == null ? SupplierStatus.ACTIVE : status);
  }
}
