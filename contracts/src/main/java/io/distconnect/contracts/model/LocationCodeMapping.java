package io.distconnect.contracts.model;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Translates location codes between platforms and the canonical code, both ways: ERP plant {@code
 * 1710} ↔ {@code DC-EAST} ↔ planning node {@code DC-EAST} ↔ procurement ship-to {@code
 * SHIPTO-0042}. Built once (from configuration or the ERP) and then read-only, so it is safe to
 * share across threads. Each platform code maps to one location and each location has at most one
 * code per platform.
 */
public final class LocationCodeMapping {
  private final Map<Platform, Map<String, String>> toCanonical;
  private final Map<Platform, Map<String, String>> fromCanonical;

  private LocationCodeMapping(Builder builder) {
    this.toCanonical = freeze(builder.toCanonical);
    this.fromCanonical = freeze(builder.fromCanonical);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The canonical code for a platform's code, if mapped. */
  public Optional<String> findCanonical(Platform platform, String platformCode) {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(platformCode, "platform location code");
    return Optional.ofNullable(toCanonical.get(platform).get(platformCode));
  }

  /** The platform's code for a canonical location, if mapped. */
  public Optional<String> findPlatformCode(Platform platform, String canonicalCode) {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(canonicalCode, "canonical location code");
    return Optional.ofNullable(fromCanonical.get(platform).get(canonicalCode));
  }

  /**
   * @throws UnknownLocationCodeException naming the platform and code when unmapped
   */
  public String toCanonical(Platform platform, String platformCode) {
    return findCanonical(platform, platformCode)
        .orElseThrow(
            () ->
                new UnknownLocationCodeException(
                    platform, platformCode, "no canonical location is mapped to it"));
  }

  /**
   * @throws UnknownLocationCodeException when the location has no code on that platform
   */
  public String toPlatformCode(Platform platform, String canonicalCode) {
    return findPlatformCode(platform, canonicalCode)
        .orElseThrow(
            () ->
                new UnknownLocationCodeException(
                    null, canonicalCode, "it has no " + platform + " code"));
  }

  /** One platform's code to another's, through the canonical code (ERP 1710 → planning DC-EAST). */
  public String translate(Platform from, String code, Platform to) {
    return toPlatformCode(to, toCanonical(from, code));
  }

  private static Map<Platform, Map<String, String>> freeze(
      Map<Platform, Map<String, String>> maps) {
    Map<Platform, Map<String, String>> frozen = new EnumMap<>(Platform.class);
    for (Platform platform : Platform.values()) {
      frozen.put(platform, Map.copyOf(maps.getOrDefault(platform, Map.of())));
    }
    return frozen;
  }

  /** Collects mappings, refusing any that contradict one already added. Not thread-safe. */
  public static final class Builder {
    private final Map<Platform, Map<String, String>> toCanonical = new EnumMap<>(Platform.class);
    private final Map<Platform, Map<String, String>> fromCanonical = new EnumMap<>(Platform.class);

    private Builder() {}

    /**
     * Maps {@code platformCode} on {@code platform} to {@code canonicalCode}. Repeating an
     * identical mapping is harmless.
     *
     * @throws ConflictingLocationMappingException when either code is already mapped differently
     */
    public Builder map(Platform platform, String platformCode, String canonicalCode) {
      Objects.requireNonNull(platform, "platform");
      Checks.requireNonBlank(platformCode, platform + " location code");
      Checks.requireIdentifier(canonicalCode, "canonical location code");
      Map<String, String> in = toCanonical.computeIfAbsent(platform, p -> new HashMap<>());
      Map<String, String> out = fromCanonical.computeIfAbsent(platform, p -> new HashMap<>());
      String existingCanonical = in.get(platformCode);
      if (existingCanonical != null && !existingCanonical.equals(canonicalCode)) {
        throw new ConflictingLocationMappingException(
            platform
                + " location code '"
                + platformCode
                + "' is already mapped to '"
                + existingCanonical
                + "', cannot also map it to '"
                + canonicalCode
                + "'");
      }
      String existingCode = out.get(canonicalCode);
      if (existingCode != null && !existingCode.equals(platformCode)) {
        throw new ConflictingLocationMappingException(
            "Location '"
                + canonicalCode
                + "' already has "
                + platform
                + " code '"
                + existingCode
                + "', cannot also give it '"
                + platformCode
                + "'");
      }
      in.put(platformCode, canonicalCode);
      out.put(canonicalCode, platformCode);
      return this;
    }

    public LocationCodeMapping build() {
      return new LocationCodeMapping(this);
    }
  }
}
