package org.terrinclus.render.internal;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import org.terrinclus.core.Labelled;
import org.terrinclus.funding.Money;

/**
 * Numbers and amounts written as people read them. French: {@code 22 124,13 €}, with a narrow
 * no-break space (U+202F) between groups of digits and a no-break space (U+00A0) before the
 * currency, as the French typographic rules (and CLDR) want, so that an amount never breaks across
 * lines. English: {@code €22,124.13}. Cents appear only when there are some; an amount is never
 * rounded.
 */
public final class Text {

    /** Between groups of three digits in French. */
    public static final char NARROW_NO_BREAK_SPACE = '\u202F';
    /** Between an amount and its currency in French. */
    public static final char NO_BREAK_SPACE = '\u00A0';

    private Text() {}

    /** A number: {@code 2 594 653}, {@code 22 124,13}; in English {@code 2,594,653}, {@code 22,124.13}. */
    public static String number(BigDecimal value, Locale locale) {
        boolean french = Labelled.isFrench(locale);
        BigDecimal stripped = value.stripTrailingZeros();
        String plain =
                (stripped.scale() < 0 ? stripped.setScale(0) : stripped).abs().toPlainString();
        String integer = plain;
        String fraction = "";
        int dot = plain.indexOf('.');
        if (dot >= 0) {
            integer = plain.substring(0, dot);
            fraction = plain.substring(dot + 1);
            if (fraction.length() == 1) {
                fraction = fraction + "0"; // 12,5 € is written 12,50 €
            }
        }
        StringBuilder out = new StringBuilder(plain.length() + 8);
        if (value.signum() < 0) {
            out.append('-');
        }
        char group = french ? NARROW_NO_BREAK_SPACE : ',';
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                out.append(group);
            }
            out.append(integer.charAt(i));
        }
        if (!fraction.isEmpty()) {
            out.append(french ? ',' : '.').append(fraction);
        }
        return out.toString();
    }

    /** A whole count, as {@link #number}. */
    public static String count(long value, Locale locale) {
        return number(BigDecimal.valueOf(value), locale);
    }

    /** An amount with its currency: {@code 22 124,13 €}, {@code 1 500 000 FCFA}; {@code €22,124.13}. */
    public static String money(Money money, Locale locale) {
        return money(money.getAmount(), money.getCurrency(), locale);
    }

    /** An amount with its currency, as {@link #money(Money, Locale)}. */
    public static String money(BigDecimal amount, Currency currency, Locale locale) {
        String number = number(amount, locale);
        String symbol = symbol(currency);
        if (Labelled.isFrench(locale)) {
            return number + NO_BREAK_SPACE + symbol;
        }
        return symbol.length() == 1 ? symbol + number : number + NO_BREAK_SPACE + symbol;
    }

    /** The currency as people write it: € for EUR, $ for USD, FCFA for XOF and XAF, the code otherwise. */
    static String symbol(Currency currency) {
        switch (currency.getCurrencyCode()) {
            case "EUR":
                return "€";
            case "USD":
                return "$";
            case "GBP":
                return "£";
            case "XOF":
            case "XAF":
                return "FCFA";
            default:
                return currency.getCurrencyCode();
        }
    }
}
