package io.distconnect.planning.api;

import io.distconnect.contracts.model.Location;
import io.distconnect.contracts.model.LocationType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.DateTimeException;
import java.time.ZoneId;

/** A location of the master-data cache, in the ERP location API's JSON shape. */
public record LocationRequest(
    String code,
    String name,
    @NotNull LocationType type,
    @NotBlank String region,
    @NotBlank String timeZone) {

  /**
   * The canonical location.
   *
   * @throws IllegalArgumentException when the code differs from the path or the zone is unknown
   */
  public Location toLocation(String pathCode) {
    if (code != null && !code.equals(pathCode)) {
      throw new IllegalArgumentException("code '" + code + "' in the body differs from the path");
    }
    ZoneId zone;
    try {
      zone = ZoneId.of(timeZone);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("timeZone '" + timeZone + "' is not a time zone id");
    }
    return new Location(pathCode, type, region, zone);
  }
}
