package org.terrinclus.validation.internal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.terrinclus.core.Labelled;
import org.terrinclus.funding.Money;
import org.terrinclus.recommendation.RecommendationFamily;
import org.terrinclus.validation.Rule;

/**
 * Where a rule's check reports its findings, at the checked part or below it: one finding per
 * call of {@link #here()}, {@link #at(String)}, {@link #atElement(String, int)} or {@link
 * #at(String, int, String)}, with the message parameters set before it.
 *
 * <p>A check gets a report bound to its rule and to the part's JSON Pointer, so it names neither.
 * Parameters stay set for the next findings of the same check. Values are kept as they are: user
 * text is shown literally, never evaluated.
 */
public final class Report {

    private final Sink sink;
    private Rule rule;
    // The part's pointer is prefix, or prefix/index + suffix for an element of a list: built only
    // for a finding, since most parts have none.
    private String prefix;
    private int index;
    private String suffix;
    private String variant;
    private Map<String, String> parameters;

    /** A report for one walk; {@link #on} binds it to each check in turn. */
    Report(Sink sink) {
        this.sink = sink;
    }

    /** Binds the report to a rule and a part, forgetting the previous check's variant and parameters. */
    Report on(Rule rule, String prefix, int index, String suffix) {
        this.rule = rule;
        this.prefix = prefix;
        this.index = index;
        this.suffix = suffix;
        this.variant = null;
        if (parameters != null) {
            parameters.clear();
        }
        return this;
    }

    private String base() {
        return index < 0 ? prefix : prefix + '/' + index + suffix;
    }

    /**
     * Uses another wording of the rule's message for the next findings: key {@code
     * terrinclus.<rule>/<variant>} of the message bundles.
     *
     * @param name the variant, as {@code unit}
     * @return this report
     */
    public Report variant(String name) {
        this.variant = name;
        return this;
    }

    /**
     * Sets a parameter shown literally in the next messages; user text is safe here.
     *
     * @param name the parameter's name in the message template
     * @param value its value
     * @return this report
     */
    public Report text(String name, String value) {
        if (parameters == null) {
            parameters = new HashMap<>();
        }
        parameters.put(name, value);
        return this;
    }

    /**
     * Sets a number parameter, written plainly ({@code 1700000}, never {@code 1.7E+6}).
     *
     * @param name the parameter's name
     * @param value its value
     * @return this report
     */
    public Report number(String name, BigDecimal value) {
        return text(name, value.stripTrailingZeros().toPlainString());
    }

    /**
     * Sets a whole number parameter.
     *
     * @param name the parameter's name
     * @param value its value
     * @return this report
     */
    public Report number(String name, long value) {
        return text(name, Long.toString(value));
    }

    /**
     * Sets an amount parameter, as {@code 22124.13 EUR}, and its forms for people: {@code
     * <name>Fr} ({@code 22 124,13 €}) and {@code <name>En} ({@code 22,124.13 EUR}).
     *
     * @param name the parameter's name
     * @param value its value
     * @return this report
     */
    public Report money(String name, Money value) {
        text(name + "Fr", format(value, Locale.FRENCH));
        text(name + "En", format(value, Locale.ENGLISH));
        return text(name, value.toString());
    }

    /**
     * Sets a recommendation family parameter: its code, and {@code <name>Number}, {@code
     * <name>Fr} and {@code <name>En} for its number and labels.
     *
     * @param name the parameter's name
     * @param family its value
     * @return this report
     */
    public Report family(String name, RecommendationFamily family) {
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

    /** Reports a finding on the checked part itself. */
    public void here() {
        add(base());
    }

    /**
     * Reports a finding on a property of the checked part: {@code <part>/property}.
     *
     * @param property the property's name
     */
    public void at(String property) {
        add(base() + '/' + JsonPointers.escape(property));
    }

    /**
     * Reports a finding on an element of a list property: {@code <part>/list/index}.
     *
     * @param list the list property's name
     * @param index the element's index
     */
    public void atElement(String list, int index) {
        add(base() + '/' + JsonPointers.escape(list) + '/' + index);
    }

    /**
     * Reports a finding on a property of an element of a list: {@code <part>/list/index/property}.
     *
     * @param list the list property's name
     * @param index the element's index
     * @param property the element's property
     */
    public void at(String list, int index, String property) {
        add(base() + '/' + JsonPointers.escape(list) + '/' + index + '/' + JsonPointers.escape(property));
    }

    private void add(String pointer) {
        String key = variant == null ? rule.getId() : rule.getId() + '/' + variant;
        sink.add(rule, key, pointer, parameters == null ? Map.of() : Map.copyOf(parameters));
    }
}
