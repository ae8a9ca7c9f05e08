package io.distconnect.contracts.model;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount in an ISO 4217 currency. Amounts in this model are prices and values, never
 * balances, so they are never negative. The amount is normalised like {@link Quantity}'s ({@code
 * 12.50} becomes {@code 12.5}) so equal amounts are equal records; unit prices may carry more
 * decimals than the currency's minor unit (0.0125 EUR per piece is common).
 *
 * @param amount {@code >= 0}
 * @param currency serialised as its ISO 4217 code
 */
public record Money(BigDecimal amount, Currency currency) {

  public Money {
    Checks.requireNonNegative(amount, "money amount");
    Checks.required(currency, "currency");
    amount = Quantity.normalise(amount);
  }

  /**
   * @throws IllegalArgumentException for a code that is not ISO 4217
   */
  public static Money of(String amount, String currencyCode) {
    return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
  }

  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  /** This price times a quantity or factor, exact (the value of a PO line). */
  public Money times(BigDecimal factor) {
    Objects.requireNonNull(factor, "factor");
    return new Money(amount.multiply(factor), currency);
  }

  public Money plus(Money other) {
    Objects.requireNonNull(other, "other");
    if (!other.currency.equals(currency)) {
      throw new IllegalArgumentException(
          "Cannot add " + other + " to " + this + ": currencies differ");
    }
    return new Money(amount.add(other.amount), currency);
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }
}
