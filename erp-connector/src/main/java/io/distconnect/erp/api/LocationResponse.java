package io.distconnect.erp.api;

import io.distconnect.contracts.model.LocationType;
import io.distconnect.erp.domain.Location;
import java.time.Instant;

/** A location as the API shows it. */
public record LocationResponse(
    String code,
    String name,
    LocationType type,
    String region,
    String timeZone,
    Instant createdAt,
    Instant updatedAt) {

  static LocationResponse of(Location l) {
    return new LocationResponse(
        l.code, l.name, l.type, l.region, l.timeZone, l.createdAt, l.updatedAt);
  }
}
