package org.terrinclus.funding;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import org.immutables.value.Value;
import org.terrinclus.core.InvalidValueException;
import org.terrinclus.core.internal.Decimals;
import org.terrinclus.core.internal.Quoting;

/**
 * An exact amount of money in one ISO 4217 currency.
 *
 * <p>Amounts are never negative. Trailing zeros after the decimal point are not significant:
 * {@code Money.eur("100.00")} equals {@code Money.eur("100")}. Arithmetic refuses to mix
 * currencies.
 */
@Value.Immutable
public abstract class Money implements Comparable<Money>, java.io.Serializable {

    private static final long serialVersionUID = 1L;

    Money() {}

    /** The amount, exact, never negative, without insignificant trailing zeros. */
    @Value.Parameter
    public abstract BigDecimal getAmount();

    /** The ISO 4217 currency. */
    @Value.Parameter
    public abstract Currency getCurrency();

    /** An amount in the given currency. */
    public static Money of(BigDecimal amount, Currency currency) {
        return ImmutableMoney.of(amount, currency);
    }

    /**
     * An amount in the currency with the given ISO 4217 code.
     *
     * @throws IllegalArgumentException if the code is not an ISO 4217 currency code
     */
    public static Money of(String amount, String currencyCode) {
        return of(parseAmount(amount), currencyOf(currencyCode));
    }

    /** An amount in euros, written with a dot as decimal separator: {@code "22124.13"}. */
    public static Money eur(String amount) {
        return of(parseAmount(amount), EUR);
    }

    /** An amount in euros. */
    public static Money eur(long amount) {
        return of(BigDecimal.valueOf(amount), EUR);
    }

    /** A new builder, for code that assembles amounts field by field. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Money}; amount and currency are required. */
    public static final class Builder extends ImmutableMoney.Builder {
        Builder() {}
    }

    /** Zero in the given currency. */
    public static Money zero(Currency currency) {
        return of(BigDecimal.ZERO, currency);
    }

    /**
     * The sum of this amount and another.
     *
     * @throws IllegalArgumentException if the currencies differ
     */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return of(getAmount().add(other.getAmount()), getCurrency());
    }

    /** Whether both amounts are in the same currency. */
    public boolean hasSameCurrency(Money other) {
        return getCurrency().equals(other.getCurrency());
    }

    /**
     * Compares amounts of the same currency.
     *
     * @throws IllegalArgumentException if the currencies differ
     */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return getAmount().compareTo(other.getAmount());
    }

    /** The amount and currency code, as {@code 22124.13 EUR}. */
    @Override
    public String toString() {
        return getAmount().toPlainString() + " " + getCurrency().getCurrencyCode();
    }

    @Value.Check
    Money normalize() {
        BigDecimal amount = checkAmount(getAmount());
        BigDecimal stripped = amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros();
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0);
        }
        return stripped.equals(amount) ? this : ImmutableMoney.of(stripped, getCurrency());
    }

    /**
     * Checks that an amount can be the amount of a {@code Money}: it is not negative.
     *
     * @param amount an amount
     * @return the amount
     * @throws InvalidValueException if it is negative
     */
    public static BigDecimal checkAmount(BigDecimal amount) {
        if (amount.signum() < 0) {
            throw new InvalidValueException(
                    "Un montant n'est jamais négatif ; reçu " + Quoting.number(amount) + ".",
                    "An amount is never negative; got " + Quoting.number(amount) + ".");
        }
        return Decimals.checkWritable(amount);
    }

    private void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!hasSameCurrency(other)) {
            throw new IllegalArgumentException(
                    "Cannot mix currencies: " + getCurrency().getCurrencyCode() + " and "
                            + other.getCurrency().getCurrencyCode());
        }
    }

    private static final Currency EUR = Currency.getInstance("EUR");

    /**
     * The currency with the given ISO 4217 code.
     *
     * @throws IllegalArgumentException if the code is not an ISO 4217 currency code
     */
    public static Currency currencyOf(String code) {
        Objects.requireNonNull(code, "currencyCode");
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(
                    "Devise inconnue « " + code + " » : écrivez un code ISO 4217, comme EUR, XOF ou USD.",
                    "Unknown currency '" + code + "': expected an ISO 4217 code such as EUR, XOF or USD");
        }
    }

    private static BigDecimal parseAmount(String amount) {
        Objects.requireNonNull(amount, "amount");
        try {
            return new BigDecimal(amount);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "Not an amount: '" + amount + "' (write digits with a dot as decimal separator, as 22124.13)", e);
        }
    }
}
