package org.terrinclus.render;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.render.internal.ReportView;
import org.terrinclus.render.internal.Tally;
import org.terrinclus.render.internal.Templates;
import org.terrinclus.validation.ValidationReport;

/**
 * One HTML page about many records: how many, how many have errors; records per SDG (a chart in
 * the SDG colours) and per thematic; funding by kind of funder and per currency, amounts still to
 * be raised, and the TOTALs that do not add up; then a validation summary, rule by rule, with the
 * count, the first examples and where they are (record, JSON Pointer, line and column, or
 * spreadsheet cell), and a link to the rule in the rules documentation.
 *
 * <p>Add the records one at a time: the report keeps counts and the first examples only, so its
 * memory does not grow with the number of records. The page is self-contained: charts are inline
 * SVG, the style sheet is inline, and nothing is fetched when it is viewed. Not thread-safe: one
 * report per thread, or synchronise the calls to {@code add}.
 */
public final class PortfolioReport {

    /** Where the rules are documented, by default: {@code docs/rules.md} of the project's repository. */
    public static final URI RULES_DOCUMENTATION =
            URI.create("https://github.com/terrinclus/terrinclus/blob/main/docs/rules.md");

    private final URI rulesDocumentation;
    private final Tally tally = new Tally();

    private PortfolioReport(URI rulesDocumentation) {
        this.rulesDocumentation = rulesDocumentation;
    }

    /** An empty report whose rule links lead to {@link #RULES_DOCUMENTATION}. */
    public static PortfolioReport create() {
        return new PortfolioReport(RULES_DOCUMENTATION);
    }

    /**
     * An empty report whose rule links lead to another copy of {@code docs/rules.md}, as a
     * network's own site; each link adds the anchor GitHub gives to the rule's heading.
     *
     * @param rulesDocumentation the address of the rules documentation, without an anchor
     */
    public static PortfolioReport create(URI rulesDocumentation) {
        Objects.requireNonNull(rulesDocumentation, "rulesDocumentation");
        if (rulesDocumentation.getFragment() != null) {
            throw new IllegalArgumentException(
                    "The rules documentation's address must have no anchor: " + rulesDocumentation);
        }
        return new PortfolioReport(rulesDocumentation);
    }

    /**
     * Adds a record with the findings of validating it; the record is named by its id.
     *
     * @return this report
     */
    public PortfolioReport add(ProjectRecord record, ValidationReport findings) {
        return add(RecordEntry.of(record, findings));
    }

    /**
     * Adds a record, or an input that could not be read, with its findings and where it came from.
     *
     * @return this report
     */
    public PortfolioReport add(RecordEntry entry) {
        Objects.requireNonNull(entry, "entry");
        tally.add(
                entry.name(),
                entry.getRecord().orElse(null),
                entry.getFindings().getFindings(),
                entry.getCells());
        return this;
    }

    /**
     * The report as an HTML page.
     *
     * @param locale French for a French locale, English otherwise
     * @return the page, a complete HTML document
     */
    public String html(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return Templates.report(new ReportView(tally, locale, rulesDocumentation));
    }

    @Override
    public String toString() {
        return "PortfolioReport";
    }
}
