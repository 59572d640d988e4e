package org.terrinclus.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.terrinclus.core.Labelled;

/**
 * The findings of a validation, in a stable order: by place in the record, then by rule.
 *
 * <p>A report is valid when it has no error; warnings and information do not make a record
 * invalid. Reports are immutable and compare by their findings.
 */
public final class ValidationReport implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private static final ValidationReport EMPTY = new ValidationReport(List.of());

    /**
     * Orders findings by path (segment by segment, array indexes as numbers, so that
     * {@code /funding/2} comes before {@code /funding/10}), then rule, severity, line, column and
     * message.
     */
    private static final Comparator<Finding> ORDER = Comparator.comparing(
                    Finding::getPath, ValidationReport::comparePaths)
            .thenComparing(Finding::getRule)
            .thenComparing(Finding::getSeverity)
            .thenComparing(finding -> finding.getLine().orElse(0))
            .thenComparing(finding -> finding.getColumn().orElse(0))
            .thenComparing(Finding::getMessageEn)
            .thenComparing(Finding::getMessageFr);

    private final List<Finding> findings;

    private ValidationReport(List<Finding> findings) {
        this.findings = findings;
    }

    /**
     * Returns a report of the given findings, sorted.
     *
     * @param findings the findings, in any order
     * @return the report
     */
    public static ValidationReport of(Collection<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.forEach(finding -> Objects.requireNonNull(finding, "findings must not contain null"));
        if (sorted.isEmpty()) {
            return EMPTY;
        }
        sorted.sort(ORDER);
        return new ValidationReport(List.copyOf(sorted));
    }

    /**
     * Returns the report without findings.
     *
     * @return an empty, valid report
     */
    public static ValidationReport empty() {
        return EMPTY;
    }

    /**
     * Returns a report with this report's findings and another's.
     *
     * @param other another report, as the findings of reading the JSON text a record came from
     * @return the combined report, sorted
     */
    public ValidationReport plus(ValidationReport other) {
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(other.findings);
        return of(all);
    }

    /**
     * Returns every finding, by path then rule.
     *
     * @return an unmodifiable list
     */
    public List<Finding> getFindings() {
        return findings;
    }

    /**
     * Returns the findings of one severity, by path then rule.
     *
     * @param severity the severity
     * @return an unmodifiable list
     */
    public List<Finding> getFindings(Severity severity) {
        return findings.stream().filter(f -> f.getSeverity() == severity).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Tells whether the record is valid, that is whether no finding is an error.
     *
     * @return true if there is no error
     */
    public boolean isValid() {
        return count(Severity.ERROR) == 0;
    }

    /**
     * Tells whether there is no finding at all, not even a warning or an information.
     *
     * @return true if the report is empty
     */
    public boolean isEmpty() {
        return findings.isEmpty();
    }

    /**
     * Returns how many findings have the given severity.
     *
     * @param severity the severity
     * @return the number of findings
     */
    public int count(Severity severity) {
        return (int) findings.stream().filter(f -> f.getSeverity() == severity).count();
    }

    /**
     * Returns how many findings each severity has.
     *
     * @return an unmodifiable map with every severity, in order error, warning, info
     */
    public Map<Severity, Integer> getCounts() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, count(severity));
        }
        return java.util.Collections.unmodifiableMap(counts);
    }

    /**
     * Returns the messages of all findings for a reader, one per line, each with its severity,
     * rule and path ("(fiche)" or "(record)" for the whole record).
     *
     * @param locale the reader's locale; French if its language is {@code "fr"}, English otherwise
     * @return the text, empty if there is no finding
     */
    public String describe(Locale locale) {
        String whole = Labelled.isFrench(locale) ? "(fiche)" : "(record)";
        return findings.stream()
                .map(f -> f.getSeverity().getLabel(locale) + " " + f.getRule() + " "
                        + (f.getPath().isEmpty() ? whole : f.getPath()) + " : " + f.getMessage(locale))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || (other instanceof ValidationReport && findings.equals(((ValidationReport) other).findings));
    }

    @Override
    public int hashCode() {
        return findings.hashCode();
    }

    /** Summarises the report: its counts, then one finding per line, in English. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("ValidationReport{errors=")
                .append(count(Severity.ERROR))
                .append(", warnings=")
                .append(count(Severity.WARNING))
                .append(", infos=")
                .append(count(Severity.INFO))
                .append('}');
        findings.forEach(f -> text.append("\n  ").append(f));
        return text.toString();
    }

    static int comparePaths(String a, String b) {
        String[] left = a.isEmpty() ? new String[0] : a.substring(1).split("/", -1);
        String[] right = b.isEmpty() ? new String[0] : b.substring(1).split("/", -1);
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int bySegment = compareSegments(left[i], right[i]);
            if (bySegment != 0) {
                return bySegment;
            }
        }
        return Integer.compare(left.length, right.length);
    }

    private static int compareSegments(String a, String b) {
        boolean aIndex = isIndex(a);
        boolean bIndex = isIndex(b);
        if (aIndex && bIndex) {
            int byLength = Integer.compare(a.length(), b.length());
            return byLength != 0 ? byLength : a.compareTo(b);
        }
        if (aIndex != bIndex) {
            return aIndex ? -1 : 1;
        }
        return a.compareTo(b);
    }

    // RFC 6901 array indexes: "0", or digits without a leading zero.
    private static boolean isIndex(String segment) {
        if (segment.isEmpty() || (segment.length() > 1 && segment.charAt(0) == '0')) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
