package io.distconnect.contracts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LocationCodeMappingTest {
  private final LocationCodeMapping mapping =
      LocationCodeMapping.builder()
          .map(Platform.ERP, "1710", "DC-EAST")
          .map(Platform.PLANNING, "DC-EAST", "DC-EAST")
          .map(Platform.PROCUREMENT, "SHIPTO-0042", "DC-EAST")
          .map(Platform.ERP, "1720", "DC-WEST")
          .map(Platform.ERP, "1710", "DC-EAST") // repeating an identical mapping is harmless
          .build();

  @Test
  void mapsBothWays() {
    assertThat(mapping.toCanonical(Platform.ERP, "1710")).isEqualTo("DC-EAST");
    assertThat(mapping.toPlatformCode(Platform.ERP, "DC-WEST")).isEqualTo("1720");
    assertThat(mapping.translate(Platform.ERP, "1710", Platform.PLANNING)).isEqualTo("DC-EAST");
    assertThat(mapping.translate(Platform.PLANNING, "DC-EAST", Platform.ERP)).isEqualTo("1710");
    assertThat(mapping.translate(Platform.ERP, "1710", Platform.PROCUREMENT))
        .isEqualTo("SHIPTO-0042");
  }

  @Test
  void unknownCodesFailNamingPlatformAndCode() {
    assertThatThrownBy(() -> mapping.toCanonical(Platform.ERP, "9999"))
        .isInstanceOf(UnknownLocationCodeException.class)
        .hasMessageContaining("ERP")
        .hasMessageContaining("'9999'")
        .satisfies(
            e -> {
              assertThat(((UnknownLocationCodeException) e).platform()).isEqualTo(Platform.ERP);
              assertThat(((UnknownLocationCodeException) e).code()).isEqualTo("9999");
            });
    assertThatThrownBy(() -> mapping.toPlatformCode(Platform.PLANNING, "DC-WEST"))
        .isInstanceOf(UnknownLocationCodeException.class)
        .hasMessageContaining("'DC-WEST'")
        .hasMessageContaining("no PLANNING code");
    assertThatThrownBy(() -> mapping.translate(Platform.ERP, "1720", Platform.PROCUREMENT))
        .isInstanceOf(UnknownLocationCodeException.class);
    assertThat(mapping.findCanonical(Platform.PROCUREMENT, "1710")).isEmpty();
  }

  @Test
  void onePlatformCodeCannotMapToTwoLocations() {
    LocationCodeMapping.Builder builder =
        LocationCodeMapping.builder().map(Platform.ERP, "1710", "DC-EAST");
    assertThatThrownBy(() -> builder.map(Platform.ERP, "1710", "DC-WEST"))
        .isInstanceOf(ConflictingLocationMappingException.class)
        .hasMessage(
            "ERP location code '1710' is already mapped to 'DC-EAST', cannot also map it to"
                + " 'DC-WEST'");
  }

  @Test
  void oneLocationCannotHaveTwoCodesOnAPlatform() {
    LocationCodeMapping.Builder builder =
        LocationCodeMapping.builder().map(Platform.ERP, "1710", "DC-EAST");
    assertThatThrownBy(() -> builder.map(Platform.ERP, "1711", "DC-EAST"))
        .isInstanceOf(ConflictingLocationMappingException.class)
        .hasMessageContaining("already has ERP code '1710'");
  }

  @Test
  void locationsNeedCodeTypeRegionAndZone() {
    Location east =
        new Location("DC-EAST", LocationType.DC, "US-EAST", ZoneId.of("America/New_York"));
    assertThat(east.timeZone().getId()).isEqualTo("America/New_York");
    assertThatThrownBy(() -> new Location("DC-EAST", LocationType.DC, "US-EAST", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("time zone is required");
    assertThatThrownBy(() -> new Location("DC@EAST", LocationType.DC, "US-EAST", ZoneId.of("UTC")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
