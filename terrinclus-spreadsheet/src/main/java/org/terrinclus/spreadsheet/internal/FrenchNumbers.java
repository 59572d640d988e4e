package org.terrinclus.spreadsheet.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.terrinclus.spreadsheet.SheetRules;
import org.terrinclus.validation.Finding;

/**
 * Numbers and amounts as people write them in French spreadsheets: {@code 22 124,13 €} with a
 * space, no-break space or narrow no-break space between thousands and a decimal comma,
 * {@code Non évaluable}, {@code Montant à mobiliser}, {@code 51 621 € sur 24 mois}. A number that
 * could be read two ways ({@code 1.234}, {@code 1,234}) is a finding, never a guess.
 */
public final class FrenchNumbers {

    private static final String SPACES = " \u00a0\u202f\u2009";
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:[" + SPACES + "]\\d{3})+(?:[.,]\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+");
    private static final Pattern COMMA = Pattern.compile("-?\\d+,\\d+");
    private static final Pattern DOT = Pattern.compile("-?\\d+\\.\\d+");
    private static final Pattern THREE_AFTER = Pattern.compile("-?\\d{1,3}[.,]\\d{3}");
    private static final Pattern PERIOD = Pattern.compile(
            "\\b(?:sur|over)\\s+(\\d{1,4})\\s*(mois|months?|ans?|années?|years?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CURRENCY_CODE = Pattern.compile("\\b([A-Z]{3})\\b");

    private FrenchNumbers() {}

    /** A number read, or the finding that says why it could not be. */
    public static final class Reading {
        private final BigDecimal value;
        private final Finding finding;

        private Reading(BigDecimal value, Finding finding) {
            this.value = value;
            this.finding = finding;
        }

        /** The number, or {@code null} when there is a finding. */
        public BigDecimal getValue() {
            return value;
        }

        /** Why there is no number, or {@code null}. */
        public Finding getFinding() {
            return finding;
        }
    }

    /** An amount read from a cell, with what the words around it say. */
    public static final class Amount {
        BigDecimal value;
        String currency;
        String kind;
        String period;
        Finding finding;

        public BigDecimal getValue() {
            return value;
        }

        public String getCurrency() {
            return currency;
        }

        /** {@code not-evaluable} or {@code to-be-raised} when the words say so, else {@code null}. */
        public String getKind() {
            return kind;
        }

        /** An ISO-8601 period ({@code P24M}) when the cell says "sur 24 mois", else {@code null}. */
        public String getPeriod() {
            return period;
        }

        public Finding getFinding() {
            return finding;
        }
    }

    /**
     * Reads a number.
     *
     * @param text the cell's text
     * @param path the JSON Pointer of the value, for the finding
     * @param dotIsDecimal true when the column's heading is a path: the documented machine form,
     *     where a dot is always the decimal point
     */
    public static Reading number(String text, String path, boolean dotIsDecimal) {
        String s = trim(text);
        boolean grouped = GROUPED.matcher(s).matches();
        if (grouped) {
            s = s.replaceAll("[" + SPACES + "]", "");
        }
        if (PLAIN.matcher(s).matches()) {
            return new Reading(new BigDecimal(s), null);
        }
        boolean threeAfter = THREE_AFTER.matcher(s).matches() && !grouped;
        if (COMMA.matcher(s).matches()) {
            if (threeAfter) {
                return ambiguous(text, path);
            }
            return new Reading(new BigDecimal(s.replace(',', '.')), null);
        }
        if (DOT.matcher(s).matches()) {
            if (threeAfter && !dotIsDecimal) {
                return ambiguous(text, path);
            }
            return new Reading(new BigDecimal(s), null);
        }
        if (s.matches("\\d{1,3}(?:[.,]\\d{3}){2,}(?:[.,]\\d+)?")
                || s.matches("\\d{1,3}(?:\\.\\d{3})+,\\d+")
                || s.matches("\\d{1,3}(?:,\\d{3})+\\.\\d+")) {
            return ambiguous(text, path);
        }
        return new Reading(
                null,
                SheetRules.NUMBER.finding(
                        path,
                        "« " + shorten(text) + " » n'est pas un nombre : écrivez les chiffres, avec une virgule"
                                + " décimale et un espace entre les milliers (22 124,13).",
                        "\"" + shorten(text) + "\" is not a number: write digits, with a decimal comma or point"
                                + " and spaces between thousands (22 124,13)."));
    }

    /**
     * Reads an amount of money: a number with an optional currency ({@code €}, {@code EUR}…), or
     * the words "Non évaluable", "Montant à mobiliser", "sur N mois".
     */
    public static Amount amount(String text, String path, boolean dotIsDecimal) {
        Amount amount = new Amount();
        String s = trim(text);
        String key = CodeLists.key(s);
        if (key.contains("non evaluable") || key.contains("not evaluable")) {
            amount.kind = "not-evaluable";
            s = s.replaceAll("(?i)non\\s+[ée]valuable|not\\s+evaluable", "");
        }
        if (key.contains("a mobiliser") || key.contains("to be raised")) {
            if (amount.kind != null) {
                amount.finding = conflict(text, path);
                return amount;
            }
            amount.kind = "to-be-raised";
            s = s.replaceAll("(?i)(montant\\s+)?[àa]\\s+mobiliser|to\\s+be\\s+raised", "");
        }
        Matcher period = PERIOD.matcher(s);
        if (period.find()) {
            String unit = period.group(2).toLowerCase(Locale.ROOT);
            amount.period = "P" + Integer.parseInt(period.group(1)) + (unit.startsWith("m") ? "M" : "Y");
            s = s.substring(0, period.start()) + s.substring(period.end());
        }
        if (s.contains("€") || s.matches("(?is).*\\beuros?\\b.*")) {
            amount.currency = "EUR";
            s = s.replace("€", "").replaceAll("(?i)\\beuros?\\b", "");
        }
        Matcher code = CURRENCY_CODE.matcher(s);
        if (code.find()) {
            if (amount.currency != null && !amount.currency.equals(code.group(1))) {
                amount.finding = conflict(text, path);
                return amount;
            }
            amount.currency = code.group(1);
            s = s.substring(0, code.start()) + s.substring(code.end());
        }
        s = s.replaceAll("[()\\[\\]:,;\\-–]+\\s*$", "").replaceAll("^\\s*[()\\[\\]:,;\\-–]+", "");
        s = trim(s.replace("(", "").replace(")", ""));
        if (s.isEmpty()) {
            if (amount.kind == null) {
                amount.finding = number(text, path, dotIsDecimal).getFinding();
            }
            return amount;
        }
        if ("not-evaluable".equals(amount.kind)) {
            amount.finding = conflict(text, path);
            return amount;
        }
        Reading reading = number(s, path, dotIsDecimal);
        amount.value = reading.getValue();
        amount.finding = reading.getFinding();
        return amount;
    }

    private static Reading ambiguous(String text, String path) {
        return new Reading(
                null,
                SheetRules.AMBIGUOUS_NUMBER.finding(
                        path,
                        "« " + shorten(text) + " » peut se lire de deux façons (un nombre décimal ou des milliers) ;"
                                + " écrivez 1 234 pour des milliers, ou 1,2340 pour un nombre décimal.",
                        "\"" + shorten(text) + "\" can be read two ways (a decimal or thousands); write 1 234 for"
                                + " thousands, or 1.2340 for a decimal."));
    }

    private static Finding conflict(String text, String path) {
        return SheetRules.CONFLICT.finding(
                path,
                "« " + shorten(text) + " » dit deux choses contraires : gardez un montant, ou « Non évaluable ».",
                "\"" + shorten(text) + "\" says two contrary things: keep one amount, or \"Non évaluable\".");
    }

    /** Trims spaces, no-break spaces and narrow no-break spaces, which {@link String#strip} keeps. */
    static String trim(String text) {
        return text.replaceAll("^[\\s" + SPACES + "]+|[\\s" + SPACES + "]+$", "");
    }

    static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "…" : text;
    }
}
