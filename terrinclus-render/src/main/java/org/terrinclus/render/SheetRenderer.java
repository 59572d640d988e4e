package org.terrinclus.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Objects;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.render.internal.Pdf;
import org.terrinclus.render.internal.SheetView;
import org.terrinclus.render.internal.Templates;
import org.terrinclus.validation.ValidationReport;

/**
 * A project record as a printable sheet, laid out as the guide's sheets are: title and summary,
 * lead and partners, thematics, recommendations by family, key figures, SDG badges, the project,
 * funding or cost tables with their TOTAL, FOCUS, actors' words, the committee's review,
 * resources and contacts.
 *
 * <p>The HTML page is self-contained (its style sheet is inline; no script, no external file),
 * prints on A4 and reads on a phone. The PDF is made from the same page in Java, without a
 * browser, with its fonts embedded. Given a {@link ValidationReport}, the sheet becomes a
 * proofreading view: each finding is marked beside the part of the sheet it concerns (a wrong
 * TOTAL on its funding table) and all are listed at the end.
 *
 * <p>French ({@link Locale#FRENCH}) or English (any other locale). Thread-safe: build one and
 * share it.
 */
public final class SheetRenderer {

    private SheetRenderer() {}

    /** A renderer; cheap, thread-safe and reusable. */
    public static SheetRenderer create() {
        return new SheetRenderer();
    }

    /**
     * The sheet as an HTML page.
     *
     * @param record the record
     * @param locale French for a French locale, English otherwise
     * @return the page, a complete HTML document
     */
    public String html(ProjectRecord record, Locale locale) {
        return Templates.sheet(view(record, locale, null));
    }

    /**
     * The proofreading view: the sheet as an HTML page with each finding beside the part it
     * concerns, and all of them listed at the end.
     *
     * @param record the record
     * @param locale French for a French locale, English otherwise
     * @param findings the findings of validating the record (or of reading it)
     * @return the page, a complete HTML document
     */
    public String html(ProjectRecord record, Locale locale, ValidationReport findings) {
        Objects.requireNonNull(findings, "findings");
        return Templates.sheet(view(record, locale, findings));
    }

    /**
     * Writes the sheet as an HTML page.
     *
     * @param record the record
     * @param locale French for a French locale, English otherwise
     * @param findings the findings to show, or {@code null} for the sheet alone
     * @param out where the page goes, not closed
     * @throws UncheckedIOException if writing fails
     */
    public void writeHtml(ProjectRecord record, Locale locale, ValidationReport findings, Writer out) {
        try {
            out.write(Templates.sheet(view(record, locale, findings)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the sheet as a PDF document, A4, fonts embedded.
     *
     * @param record the record
     * @param locale French for a French locale, English otherwise
     * @param findings the findings to show, or {@code null} for the sheet alone
     * @param out where the PDF goes, not closed
     * @throws UncheckedIOException if writing fails
     */
    public void writePdf(ProjectRecord record, Locale locale, ValidationReport findings, OutputStream out) {
        Objects.requireNonNull(out, "out");
        Pdf.write(Templates.sheet(view(record, locale, findings)), out);
    }

    private static SheetView view(ProjectRecord record, Locale locale, ValidationReport findings) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(locale, "locale");
        return new SheetView(record, locale, findings == null ? null : findings.getFindings());
    }

    @Override
    public String toString() {
        return "SheetRenderer";
    }
}
