package org.terrinclus.examples.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes amounts for people: {@code 2 594 653} or {@code 22 124,13} in French, {@code 2,594,653}
 * or {@code 22,124.13} in English; cents only when there are some.
 */
final class Amounts {

    private Amounts() {}

    static String format(BigDecimal amount, Lang lang) {
        BigDecimal value = amount.stripTrailingZeros();
        boolean whole = value.scale() <= 0;
        BigDecimal scaled = amount.setScale(whole ? 0 : 2, RoundingMode.HALF_UP);
        String plain = scaled.abs().toPlainString();
        String integer = plain;
        String fraction = "";
        int dot = plain.indexOf('.');
        if (dot >= 0) {
            integer = plain.substring(0, dot);
            fraction = plain.substring(dot + 1);
        }
        String separator = lang.t(" ", ",");
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                grouped.append(separator);
            }
            grouped.append(integer.charAt(i));
        }
        if (!fraction.isEmpty()) {
            grouped.append(lang.t(",", ".")).append(fraction);
        }
        return (scaled.signum() < 0 ? "-" : "") + grouped;
    }

    static String count(long count, Lang lang) {
        return format(BigDecimal.valueOf(count), lang);
    }
}
