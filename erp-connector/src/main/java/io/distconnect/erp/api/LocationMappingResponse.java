package io.distconnect.erp.api;

import io.distconnect.contracts.model.Platform;
import io.distconnect.erp.domain.LocationMappingEntity;
import java.time.Instant;

/** One mapping between a platform's location code and the canonical location. */
public record LocationMappingResponse(
    Platform platform, String platformCode, String locationCode, Instant updatedAt) {

  static LocationMappingResponse of(LocationMappingEntity m) {
    return new LocationMappingResponse(m.platform, m.platformCode, m.locationCode, m.updatedAt);
  }
}
