package org.terrinclus.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrinclus.examples.PilotSheets;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.render.PortfolioReport;
import org.terrinclus.render.SheetRenderer;
import org.terrinclus.validation.Profile;
import org.terrinclus.validation.RecordValidator;
import org.terrinclus.validation.ValidationReport;

/** Example (g): a record as a printable sheet in HTML and PDF, and a report on many records. */
class RenderExampleTest {

    @TempDir
    Path folder;

    @Test
    void rendersASheetAndAReport() throws Exception {
        ProjectRecord record = PilotSheets.byId("aude").orElseThrow();
        Path pdfFile = folder.resolve("aude.pdf");
        RecordValidator validator = RecordValidator.create();

        // tag::render-sheet[]
        SheetRenderer renderer = SheetRenderer.create(); // thread-safe: build one and share it
        String html = renderer.html(record, Locale.FRENCH); // a self-contained page: A4 in print, phone-ready

        // The proofreading view: each finding beside the part it concerns, all listed at the end.
        ValidationReport findings = validator.validate(record, Profile.PUBLICATION);
        String proof = renderer.html(record, Locale.ENGLISH, findings);

        try (OutputStream out = Files.newOutputStream(pdfFile)) {
            renderer.writePdf(record, Locale.FRENCH, null, out); // A4, fonts embedded, no browser needed
        }
        // end::render-sheet[]

        // tag::portfolio-report[]
        PortfolioReport report = PortfolioReport.create(); // keeps counts and first examples only
        for (ProjectRecord sheet : PilotSheets.all()) {
            report.add(sheet, validator.validate(sheet, Profile.PUBLICATION));
        }
        String page = report.html(Locale.FRENCH); // charts as inline SVG, validation summary by rule
        // end::portfolio-report[]

        assertThat(html).contains("<h1>Création d", "67\u202F159\u00A0€");
        assertThat(proof).contains("<html lang=\"en\">", "funding.total.mismatch", "class=\"total flagged\"");
        assertThat(Files.readAllBytes(pdfFile))
                .startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(page).contains("id=\"count-records\">12<", "<svg", "docs/rules.md#fundingtotalmismatch");
    }
}
