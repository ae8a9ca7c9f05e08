package io.distconnect.contracts.model;

import java.time.ZoneId;

/**
 * A stocking location, by its canonical code. Platforms use their own codes for it (an ERP plant
 * number, a planning node name); {@link LocationCodeMapping} translates.
 *
 * @param code canonical location code, used in event keys ({@code itemId@locationId})
 * @param type DC, WAREHOUSE or STORE
 * @param region sales or supply region
 * @param timeZone local time zone: "need by Tuesday" means Tuesday there
 */
public record Location(String code, LocationType type, String region, ZoneId timeZone) {

  public Location {
    Checks.requireIdentifier(code, "location code");
    Checks.required(type, "location type");
    Checks.requireNonBlank(region, "region");
    Checks.required(timeZone, "time zone");
  }
}
