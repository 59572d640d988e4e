package org.terrinclus.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.terrinclus.core.Labelled;
import org.terrinclus.funding.Money;
import org.terrinclus.recommendation.RecommendationFamily;

/**
 * Reports the findings of a rule: one finding per call, with the rule's message template ({@code
 * {terrinclus.<rule>}}), its parameters, and a place relative to the checked object.
 *
 * <p>The rules' logic is written once against this class and runs on two paths: inside Hibernate
 * Validator, where a finding is a constraint violation built on the {@code
 * ConstraintValidatorContext} ({@link #in}); and in {@link RecordWalker}, the library's own
 * traversal, where a finding is appended directly with its JSON Pointer ({@link DirectViolations}).
 * Message parameters stay set for the next findings of the same check, as they do in a
 * constraint validator's context.
 */
public abstract class Violations {

    /** The prefix of every message key of the library's rules. */
    public static final String KEY_PREFIX = "terrinclus.";

    private boolean reported;

    Violations() {}

    /**
     * Starts reporting in a Hibernate Validator context; the default violation is disabled as
     * soon as something is reported.
     */
    public static Violations in(ConstraintValidatorContext context) {
        return new ContextViolations(context);
    }

    /**
     * The message template of a rule, or of a variant of its message: {@code
     * figure.total-cost.inconsistent/unit} is rule {@code figure.total-cost.inconsistent} in other
     * words.
     */
    public static String template(String rule) {
        return "{" + KEY_PREFIX + rule + "}";
    }

    /** Sets a parameter shown literally in the next messages; user text is safe here. */
    public Violations text(String name, String value) {
        parameter(name, value);
        return this;
    }
    /** Sets a number parameter, written plainly ({@code 1700000}, never {@code 1.7E+6}). */
    public Violations number(String name, BigDecimal value) {
        return text(name, value.stripTrailingZeros().toPlainString());
    }

    /** Sets a whole number parameter. */
    public Violations number(String name, long value) {
        return text(name, Long.toString(value));
    }

    /**
     * Sets an amount parameter, as {@code 22124.13 EUR}, and its forms for people: {@code
     * <name>Fr} ({@code 22 124,13 €}) and {@code <name>En} ({@code 22,124.13 EUR}).
     */
    public Violations money(String name, Money value) {
        text(name + "Fr", format(value, Locale.FRENCH));
        text(name + "En", format(value, Locale.ENGLISH));
        return text(name, value.toString());
    }

    /**
     * Sets a recommendation family parameter: its code, and {@code <name>Number}, {@code
     * <name>Fr} and {@code <name>En} for its number and labels.
     */
    public Violations family(String name, RecommendationFamily family) {
        number(name + "Number", family.getNumber());
        text(name + "Fr", family.getLabel(Locale.FRENCH));
        text(name + "En", family.getLabel(Locale.ENGLISH));
        return text(name, family.getCode());
    }

    /** An amount as people of a language write it: {@code 67 159 €}, {@code 67,159 EUR}. */
    static String format(Money value, Locale language) {
        boolean french = Labelled.isFrench(language);
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(french ? '\u00A0' : ',');
        symbols.setDecimalSeparator(french ? ',' : '.');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMinimumFractionDigits(Math.max(0, value.getAmount().scale()));
        format.setMaximumFractionDigits(Math.max(0, value.getAmount().scale()));
        String code = value.getCurrency().getCurrencyCode();
        String unit = french && code.equals("EUR") ? "€" : code;
        return format.format(value.getAmount()) + (french ? "\u00A0" : " ") + unit;
    }

    /** Reports a finding on the checked object or value itself. */
    public void here(String rule) {
        addHere(rule);
        reported = true;
    }

    /** Reports a finding on a property of the checked object: {@code /property}. */
    public void onProperty(String rule, String property) {
        addOnProperty(rule, property);
        reported = true;
    }

    /** Reports a finding on an element of a list property: {@code /list/index}. */
    public void onElement(String rule, String list, int index) {
        addOnElement(rule, list, index);
        reported = true;
    }

    /** Reports a finding on a property of an element of a list: {@code /list/index/property}. */
    public void onElementProperty(String rule, String list, int index, String property) {
        addOnElementProperty(rule, list, index, property);
        reported = true;
    }

    /** Whether anything was reported: the validator's result is its negation. */
    public boolean reported() {
        return reported;
    }

    /** The result for {@code isValid}: true if nothing was reported. */
    public boolean valid() {
        return !reported;
    }

    /** Sets a message parameter, for the findings reported after it. */
    abstract void parameter(String name, String value);

    abstract void addHere(String rule);

    abstract void addOnProperty(String rule, String property);

    abstract void addOnElement(String rule, String list, int index);

    abstract void addOnElementProperty(String rule, String list, int index, String property);
}
