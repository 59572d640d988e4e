package org.terrinclus.validation;

import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import org.terrinclus.core.Labelled;

/**
 * One problem found in a record: which rule, how serious, where, and what to do about it.
 *
 * <p>The place is a JSON Pointer (RFC 6901) into the record's JSON form, whose names are the
 * model's property names: {@code /funding/0/contributions/2/amount}; the empty string designates
 * the whole record. A reader of JSON text may also give the line and column. Every finding has a
 * message in French and in English.
 *
 * <pre>{@code
 * Finding finding = Finding.of("json.syntax", Severity.ERROR, "/title",
 *         "Le titre doit être une chaîne de caractères.", "The title must be a string.");
 * Finding located = Finding.builder().from(finding).line(3).column(12).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Finding implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    Finding() {}

    /**
     * Returns the identifier of the rule that reports this finding.
     *
     * @return a stable dotted identifier, as {@code funding.total.mismatch}; see {@link Rules}
     */
    public abstract String getRule();

    /**
     * Returns how serious this finding is.
     *
     * @return the severity
     */
    public abstract Severity getSeverity();

    /**
     * Returns where the problem is.
     *
     * @return a JSON Pointer into the record, as {@code /funding/0/declaredTotal}; empty for the
     *     whole record
     */
    public abstract String getPath();

    /**
     * Returns the message in French.
     *
     * @return what is wrong and how to fix it, in French
     */
    public abstract String getMessageFr();

    /**
     * Returns the message in English.
     *
     * @return what is wrong and how to fix it, in English
     */
    public abstract String getMessageEn();

    /**
     * Returns the line of the JSON text where the problem is, when the finding comes from reading
     * one.
     *
     * @return the line, counted from 1, or empty
     */
    public abstract Optional<Integer> getLine();

    /**
     * Returns the column of the JSON text where the problem is, when the finding comes from
     * reading one.
     *
     * @return the column, counted from 1, or empty
     */
    public abstract Optional<Integer> getColumn();

    /**
     * Returns the message for a reader.
     *
     * @param locale the reader's locale; French if its language is {@code "fr"}, English otherwise
     * @return the message
     */
    public String getMessage(Locale locale) {
        return Labelled.isFrench(locale) ? getMessageFr() : getMessageEn();
    }

    /**
     * Returns a finding at a place in a record.
     *
     * @param rule the rule's identifier, as {@code funding.total.mismatch}
     * @param severity how serious it is
     * @param path a JSON Pointer into the record, or {@code ""} for the whole record
     * @param messageFr the message in French
     * @param messageEn the message in English
     * @return the finding
     * @throws IllegalArgumentException if the rule is blank or the path is not a JSON Pointer
     */
    public static Finding of(String rule, Severity severity, String path, String messageFr, String messageEn) {
        return builder()
                .rule(rule)
                .severity(severity)
                .path(path)
                .messageFr(messageFr)
                .messageEn(messageEn)
                .build();
    }

    /**
     * Returns a new builder; rule, severity, path and both messages are required.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Finding}; rule, severity, path and both messages are required. */
    public static final class Builder extends ImmutableFinding.Builder {
        Builder() {}
    }

    /**
     * Describes the finding for a log, with its English message: {@code error
     * funding.total.mismatch at /funding/0/declaredTotal: The declared total…}.
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder()
                .append(getSeverity().getCode())
                .append(' ')
                .append(getRule())
                .append(" at ")
                .append(getPath().isEmpty() ? "(record)" : getPath());
        getLine().ifPresent(line -> {
            text.append(" (line ").append(line);
            getColumn().ifPresent(column -> text.append(", column ").append(column));
            text.append(')');
        });
        return text.append(": ").append(getMessageEn()).toString();
    }

    @Value.Check
    void check() {
        if (getRule().isBlank()) {
            throw new IllegalArgumentException("A finding needs a non-blank rule identifier");
        }
        String path = getPath();
        if (!path.isEmpty() && !path.startsWith("/")) {
            throw new IllegalArgumentException(
                    "A finding's path is a JSON Pointer: empty, or starting with '/', got '" + path + "'");
        }
        getLine().ifPresent(line -> requirePositive(line, "line"));
        getColumn().ifPresent(column -> requirePositive(column, "column"));
        if (getColumn().isPresent() && getLine().isEmpty()) {
            throw new IllegalArgumentException("A finding with a column needs a line");
        }
    }

    private static void requirePositive(int value, String what) {
        if (value < 1) {
            throw new IllegalArgumentException("A finding's " + what + " is counted from 1, got " + value);
        }
    }
}
