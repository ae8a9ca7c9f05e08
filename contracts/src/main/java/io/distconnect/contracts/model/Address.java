package io.distconnect.contracts.model;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A postal address.
 *
 * @param lines street lines, at least one
 * @param city city or town
 * @param postalCode optional (null) — not every country has one
 * @param countryCode ISO 3166-1 alpha-2, upper case
 */
public record Address(List<String> lines, String city, String postalCode, String countryCode) {
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  public Address {
    lines = Checks.nonEmptyList(lines, "address lines");
    lines.forEach(line -> Checks.requireNonBlank(line, "address line"));
    Checks.requireNonBlank(city, "city");
    if (postalCode != null) {
      Checks.requireNonBlank(postalCode, "postal code");
    }
    Checks.required(countryCode, "country code");
    if (!COUNTRIES.contains(countryCode)) {
      throw new IllegalArgumentException(
          "country code must be ISO 3166-1 alpha-2 in upper case: '" + countryCode + "'");
    }
  }
}
