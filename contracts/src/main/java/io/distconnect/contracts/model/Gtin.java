package io.distconnect.contracts.model;

/**
 * GS1 Global Trade Item Number checks (GTIN-8, -12 (UPC-A), -13 (EAN), -14). A mistyped GTIN on an
 * item master sends the wrong product to a store, so it is rejected at the edge: the last digit is
 * a mod-10 check digit over the others weighted 3,1,3,1... from the right.
 */
public final class Gtin {

  private Gtin() {}

  public static boolean isValid(String gtin) {
    return problem(gtin) == null;
  }

  /**
   * @return the GTIN unchanged when valid
   * @throws IllegalArgumentException saying what is wrong (length, characters, check digit)
   */
  public static String requireValid(String gtin) {
    String problem = problem(gtin);
    if (problem != null) {
      throw new IllegalArgumentException("Invalid GTIN '" + gtin + "': " + problem);
    }
    return gtin;
  }

  /** The check digit for the GTIN digits that precede it. */
  public static int checkDigit(String digitsWithoutCheck) {
    int sum = 0;
    int weight = 3;
    for (int i = digitsWithoutCheck.length() - 1; i >= 0; i--) {
      char c = digitsWithoutCheck.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("GTIN digits only, got '" + digitsWithoutCheck + "'");
      }
      sum += (c - '0') * weight;
      weight = 4 - weight;
    }
    return (10 - sum % 10) % 10;
  }

  private static String problem(String gtin) {
    if (gtin == null) {
      return "missing";
    }
    int length = gtin.length();
    if (length != 8 && length != 12 && length != 13 && length != 14) {
      return "must have 8, 12, 13 or 14 digits, has " + length + " characters";
    }
    for (int i = 0; i < length; i++) {
      if (gtin.charAt(i) < '0' || gtin.charAt(i) > '9') {
        return "must contain digits only";
      }
    }
    int expected = checkDigit(gtin.substring(0, length - 1));
    int actual = gtin.charAt(length - 1) - '0';
    return expected == actual ? null : "check digit is " + actual + ", expected " + expected;
  }
}
