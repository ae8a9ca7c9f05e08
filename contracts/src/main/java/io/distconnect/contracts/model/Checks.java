package io.distconnect.contracts.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The argument checks the records run in their compact constructors, in one place so every record
 * words its failures the same way ({@code "<field> must ..."}), which REST error mappers pass on.
 */
public final class Checks {
  /** Longest identifier accepted; platform keys are far shorter, Kafka keys stay small. */
  public static final int MAX_IDENTIFIER_LENGTH = 128;

  private Checks() {}

  public static <T> T required(T value, String field) {
    return Objects.requireNonNull(value, field + " is required");
  }

  public static String requireNonBlank(String value, String field) {
    required(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }

  /**
   * A business identifier: not blank, no surrounding or control whitespace, no {@code @} (it
   * separates item and location in event keys), at most {@value #MAX_IDENTIFIER_LENGTH} chars.
   */
  public static String requireIdentifier(String value, String field) {
    requireNonBlank(value, field);
    if (!value.equals(value.strip())) {
      throw new IllegalArgumentException(
          field + " must not have surrounding blanks: '" + value + "'");
    }
    if (value.length() > MAX_IDENTIFIER_LENGTH) {
      throw new IllegalArgumentException(
          field + " must be at most " + MAX_IDENTIFIER_LENGTH + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '@' || Character.isISOControl(c)) {
        throw new IllegalArgumentException(
            field + " must not contain '@' or control characters: '" + value + "'");
      }
    }
    return value;
  }

  /** Null stays null; anything else must be a valid identifier. */
  public static String optionalIdentifier(String value, String field) {
    return value == null ? null : requireIdentifier(value, field);
  }

  public static BigDecimal requireNonNegative(BigDecimal value, String field) {
    required(value, field);
    if (value.signum() < 0) {
      throw new IllegalArgumentException(field + " must not be negative: " + value.toPlainString());
    }
    return value;
  }

  public static BigDecimal requirePositive(BigDecimal value, String field) {
    required(value, field);
    if (value.signum() <= 0) {
      throw new IllegalArgumentException(field + " must be positive: " + value.toPlainString());
    }
    return value;
  }

  public static int requirePositive(int value, String field) {
    if (value <= 0) {
      throw new IllegalArgumentException(field + " must be positive: " + value);
    }
    return value;
  }

  /** An immutable copy; a null list or a null element is rejected with the field name. */
  public static <T> List<T> immutableList(List<T> values, String field) {
    required(values, field);
    for (T value : values) {
      if (value == null) {
        throw new NullPointerException(field + " must not contain null");
      }
    }
    return List.copyOf(values);
  }

  public static <T> List<T> nonEmptyList(List<T> values, String field) {
    List<T> copy = immutableList(values, field);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException(field + " must not be empty");
    }
    return copy;
  }
}
