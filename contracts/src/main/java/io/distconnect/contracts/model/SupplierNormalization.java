package io.distconnect.contracts.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Normalises the parts of a supplier record that people type differently for the same company:
 * "ACME Corp.", "Acme Corporation" and "acme, corp" all become {@code acme}; "DE 123-456-789" and
 * "123456789" share the tax number {@code 123456789}; "15-048-3782" is DUNS {@code 150483782}.
 */
public final class SupplierNormalization {

  /** Legal-form words dropped from the end of a name; "S.A." arrives here as "sa". */
  private static final Set<String> LEGAL_FORMS =
      Set.of(
          "corp",
          "corporation",
          "inc",
          "incorporated",
          "co",
          "company",
          "ltd",
          "limited",
          "llc",
          "llp",
          "lp",
          "plc",
          "gmbh",
          "ag",
          "kg",
          "ohg",
          "ug",
          "sa",
          "sas",
          "sarl",
          "srl",
          "spa",
          "bv",
          "nv",
          "oy",
          "ab",
          "as",
          "aps",
          "pty",
          "pte",
          "kk",
          "and");

  /** VAT prefixes that are not ISO 3166 codes (Greece uses EL). */
  private static final Set<String> EXTRA_TAX_PREFIXES = Set.of("EL");

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private SupplierNormalization() {}

  /**
   * Lower case, accents removed, "&amp;" read as "and", punctuation dropped, trailing legal forms
   * removed (repeatedly: "GmbH &amp; Co. KG" goes entirely) and a leading "the" removed. Never
   * returns an empty string for a name that had letters or digits: a name that is nothing but a
   * legal form keeps it.
   */
  public static String name(String legalName) {
    String text = Normalizer.normalize(legalName, Normalizer.Form.NFKD);
    text = text.replaceAll("\\p{M}+", "");
    text = text.toLowerCase(Locale.ROOT).replace("ß", "ss").replace("æ", "ae").replace("ø", "o");
    text = text.replace("ł", "l").replace("&", " and ");
    // Dots and apostrophes join letters ("S.A." → "sa", "O'Brien" → "obrien"); the rest splits.
    text = text.replaceAll("[.'’]", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    List<String> words = new ArrayList<>(Arrays.asList(text.split(" ")));
    if (words.size() > 1 && words.get(0).equals("the")) {
      words.remove(0);
    }
    while (words.size() > 1 && LEGAL_FORMS.contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    return String.join(" ", words);
  }

  /** The tax number without blanks, dashes, dots, slashes and the leading country prefix. */
  public static String taxNumber(String taxId) {
    String compact = compactTaxId(taxId);
    return taxCountry(taxId).map(country -> compact.substring(2)).orElse(compact);
  }

  /**
   * The country prefix of a VAT-style tax id ("DE123456789" → DE), if it starts with an ISO 3166
   * code followed by a digit.
   */
  public static Optional<String> taxCountry(String taxId) {
    String compact = compactTaxId(taxId);
    if (compact.length() > 2
        && Character.isDigit(compact.charAt(2))
        && (COUNTRIES.contains(compact.substring(0, 2))
            || EXTRA_TAX_PREFIXES.contains(compact.substring(0, 2)))) {
      return Optional.of(compact.substring(0, 2));
    }
    return Optional.empty();
  }

  /** The 9 DUNS digits, or empty when the value does not hold exactly 9 digits. */
  public static Optional<String> duns(String duns) {
    if (duns == null) {
      return Optional.empty();
    }
    String digits = duns.replaceAll("[\\s-]", "");
    return digits.matches("\\d{9}") ? Optional.of(digits) : Optional.empty();
  }

  private static String compactTaxId(String taxId) {
    return taxId.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
  }
}
