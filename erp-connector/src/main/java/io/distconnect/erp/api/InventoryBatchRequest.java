package io.distconnect.erp.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Up to 500 SKU-locations read in one call. */
public record InventoryBatchRequest(
    @NotNull @Size(min = 1, max = 500) List<@Valid @NotNull Key> keys) {

  /** An item at a location. */
  public record Key(
      @NotBlank @Size(max = 128) String itemId, @NotBlank @Size(max = 40) String locationId) {}
}
