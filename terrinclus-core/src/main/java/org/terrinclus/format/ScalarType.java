package org.terrinclus.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.terrinclus.core.InvalidValueException;
import org.terrinclus.core.Labelled;
import org.terrinclus.core.internal.Codes;

/**
 * A value written as one JSON string, whole number or number: free text, a code, a country, a
 * year, an amount… It knows how to turn its JSON value into the model's value and back, and the
 * facts a schema states about it (pattern, codes, bounds).
 *
 * @param <V> the model's type for the value
 */
public final class ScalarType<V> implements ValueType<V> {

    /** The JSON type of a scalar. */
    public enum Json {
        /** A JSON string; read and written as {@link String}. */
        STRING,
        /** A JSON whole number; read and written as {@link Integer}. */
        INTEGER,
        /** A JSON number; read and written as {@link BigDecimal}. */
        NUMBER
    }

    /**
     * One code of a code list, with its labels.
     *
     * @param code the code as written, as {@code "foreign-local-authority"}
     * @param labelFr its French label
     * @param labelEn its English label
     */
    public record Code(String code, String labelFr, String labelEn) {}

    private final String name;
    private final Json json;
    private final Text text;
    private final Function<Object, V> read;
    private final Function<V, Object> write;
    private final String pattern;
    private final String format;
    private final List<Code> codes;
    private final boolean openCodes;
    private final BigDecimal minimum;
    private final BigDecimal maximum;
    private final BigDecimal exclusiveMinimum;

    private ScalarType(Builder<V> b) {
        this.name = b.name;
        this.json = b.json;
        this.text = Objects.requireNonNull(b.text, "text");
        this.read = b.read;
        this.write = b.write;
        this.pattern = b.pattern;
        this.format = b.format;
        this.codes = List.copyOf(b.codes);
        this.openCodes = b.openCodes;
        this.minimum = b.minimum;
        this.maximum = b.maximum;
        this.exclusiveMinimum = b.exclusiveMinimum;
    }

    @Override
    public String getName() {
        return name;
    }

    /**
     * The JSON type of the value.
     *
     * @return string, whole number or number
     */
    public Json getJson() {
        return json;
    }

    /**
     * What the type is, in French and English.
     *
     * @return its title and description
     */
    public Text getText() {
        return text;
    }

    /**
     * The model's value for a JSON value.
     *
     * @param jsonValue a {@link String}, {@link Integer} or {@link BigDecimal}, as {@link
     *     #getJson()} says
     * @return the value
     * @throws IllegalArgumentException if the value cannot exist, usually an {@link
     *     InvalidValueException} that says why in French and English
     */
    public V read(Object jsonValue) {
        return read.apply(jsonValue);
    }

    /**
     * The JSON value of a model's value.
     *
     * @param value the value
     * @return a {@link String}, {@link Integer} or {@link BigDecimal}, as {@link #getJson()} says
     */
    public Object write(V value) {
        return write.apply(value);
    }

    /**
     * The regular expression (ECMAScript and Java alike) a string matches in full.
     *
     * @return the expression, anchored, if the type has one
     */
    public Optional<String> getPattern() {
        return Optional.ofNullable(pattern);
    }

    /**
     * The JSON Schema {@code format} of a string, as {@code "date"}.
     *
     * @return the format, if any
     */
    public Optional<String> getFormat() {
        return Optional.ofNullable(format);
    }

    /**
     * The codes of a code list, in their order; empty for a type that is not a code list.
     *
     * @return the codes with their labels
     */
    public List<Code> getCodes() {
        return codes;
    }

    /**
     * Whether the type also accepts codes beyond {@link #getCodes()} (thematics are open).
     *
     * @return true for an open code list
     */
    public boolean hasOpenCodes() {
        return openCodes;
    }

    /**
     * The smallest value allowed, for numbers.
     *
     * @return the inclusive lower bound, if any
     */
    public Optional<BigDecimal> getMinimum() {
        return Optional.ofNullable(minimum);
    }

    /**
     * The largest value allowed, for numbers.
     *
     * @return the inclusive upper bound, if any
     */
    public Optional<BigDecimal> getMaximum() {
        return Optional.ofNullable(maximum);
    }

    /**
     * A bound the value must be above, for numbers.
     *
     * @return the exclusive lower bound, if any
     */
    public Optional<BigDecimal> getExclusiveMinimum() {
        return Optional.ofNullable(exclusiveMinimum);
    }

    @Override
    public String toString() {
        return name.isEmpty() ? text.titleEn() : name;
    }

    // ---- building the description

    static Builder<String> string(Text text) {
        return new Builder<String>(Json.STRING, text, v -> (String) v, v -> v);
    }

    static <V> Builder<V> string(Text text, Function<String, V> read, Function<V, String> write) {
        return new Builder<V>(Json.STRING, text, v -> read.apply((String) v), write::apply);
    }

    static <V> Builder<V> integer(Text text, Function<Integer, V> read, Function<V, Integer> write) {
        return new Builder<V>(Json.INTEGER, text, v -> read.apply((Integer) v), write::apply);
    }

    static Builder<BigDecimal> number(Text text, Function<BigDecimal, BigDecimal> check) {
        return new Builder<BigDecimal>(Json.NUMBER, text, v -> check.apply((BigDecimal) v), v -> v);
    }

    /**
     * A code list of an enum: codes in declaration order, labels from {@link Labelled}, and an
     * unknown code refused with the list of valid ones.
     */
    static <E extends Enum<E> & Labelled> Builder<E> codes(
            Class<E> type, Function<E, String> codeOf, String whatFr, String whatEn, Text text) {
        Builder<E> b = string(
                text,
                code -> {
                    E constant = Codes.find(type, code, codeOf);
                    if (constant == null) {
                        String valid = Codes.list(type, codeOf);
                        throw new InvalidValueException(
                                whatFr + " inconnu « " + org.terrinclus.core.internal.Quoting.cut(code)
                                        + " » : écrivez l'un de " + valid + ".",
                                "Unknown " + whatEn + " '" + org.terrinclus.core.internal.Quoting.cut(code)
                                        + "': write one of " + valid + ".");
                    }
                    return constant;
                },
                codeOf);
        for (E constant : type.getEnumConstants()) {
            b.codes.add(new Code(
                    codeOf.apply(constant),
                    constant.getLabel(java.util.Locale.FRENCH),
                    constant.getLabel(java.util.Locale.ENGLISH)));
        }
        return b;
    }

    /** Collects what a scalar type says, then {@link #build()}s it. */
    static final class Builder<V> {
        private String name = "";
        private final Json json;
        private final Text text;
        private final Function<Object, V> read;
        private final Function<V, Object> write;
        private String pattern;
        private String format;
        private final List<Code> codes = new ArrayList<>();
        private boolean openCodes;
        private BigDecimal minimum;
        private BigDecimal maximum;
        private BigDecimal exclusiveMinimum;

        private Builder(Json json, Text text, Function<Object, V> read, Function<V, Object> write) {
            this.json = json;
            this.text = text;
            this.read = read;
            this.write = write;
        }

        /** Gives the type a name: it becomes a definition of the schema, referred to by name. */
        Builder<V> named(String name) {
            this.name = name;
            return this;
        }

        Builder<V> pattern(String pattern) {
            this.pattern = pattern;
            return this;
        }

        Builder<V> format(String format) {
            this.format = format;
            return this;
        }

        Builder<V> code(String code, String labelFr, String labelEn) {
            codes.add(new Code(code, labelFr, labelEn));
            return this;
        }

        Builder<V> openCodes() {
            this.openCodes = true;
            return this;
        }

        Builder<V> minimum(long minimum) {
            this.minimum = BigDecimal.valueOf(minimum);
            return this;
        }

        Builder<V> maximum(long maximum) {
            this.maximum = BigDecimal.valueOf(maximum);
            return this;
        }

        Builder<V> exclusiveMinimum(long exclusiveMinimum) {
            this.exclusiveMinimum = BigDecimal.valueOf(exclusiveMinimum);
            return this;
        }

        ScalarType<V> build() {
            return new ScalarType<>(this);
        }
    }
}
