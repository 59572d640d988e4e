package org.terrinclus.examples.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.terrinclus.examples.PilotSheets;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.render.PortfolioReport;
import org.terrinclus.render.SheetRenderer;
import org.terrinclus.validation.Profile;
import org.terrinclus.validation.RecordValidator;
import org.terrinclus.validation.ValidationReport;

/** Every bundled sheet renders to HTML and to PDF, in French and in English, with and without findings. */
class BundledSheetsRenderTest {

    private static final SheetRenderer RENDERER = SheetRenderer.create();
    private static final RecordValidator VALIDATOR = RecordValidator.create();

    static Stream<Arguments> sheets() {
        List<Arguments> arguments = new ArrayList<>();
        for (String id : PilotSheets.ids()) {
            arguments.add(Arguments.of(id, Locale.FRENCH));
            arguments.add(Arguments.of(id, Locale.ENGLISH));
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("sheets")
    void rendersToHtmlAndPdf(String id, Locale locale) throws Exception {
        ProjectRecord record = PilotSheets.byId(id).orElseThrow();
        ValidationReport findings = VALIDATOR.validate(record, Profile.PUBLICATION);
        boolean french = locale.getLanguage().equals("fr");

        String html = RENDERER.html(record, locale);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"" + locale.getLanguage() + "\">");
        assertThat(html).contains(french ? "Porteur" : "Lead").doesNotContain("class=\"findings\"");
        String proof = RENDERER.html(record, locale, findings);
        assertThat(proof).contains("id=\"findings\"");
        findings.getFindings().forEach(f -> assertThat(proof).contains(f.getRule()));

        for (ValidationReport shown : new ValidationReport[] {null, findings}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RENDERER.writePdf(record, locale, shown, out);
            try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
                assertThat(pdf.getNumberOfPages()).isBetween(1, 12);
                for (PDPage page : pdf.getPages()) {
                    for (var name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertThat(font.isEmbedded())
                                .as("%s embedded", font.getName())
                                .isTrue();
                    }
                }
                String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
                assertThat(text).contains(french ? "PORTEUR" : "LEAD");
                String firstWords = record.getTitle().split(" ")[0];
                assertThat(text).contains(firstWords);
                if (shown != null && !findings.isEmpty()) {
                    assertThat(text).contains(findings.getFindings().get(0).getRule());
                }
            }
        }
    }

    @Test
    void theAudeSheetWithFindingsShowsTheGapOnItsFundingTable() {
        ProjectRecord aude = PilotSheets.byId("aude").orElseThrow();
        String html = RENDERER.html(aude, Locale.FRENCH, VALIDATOR.validate(aude, Profile.PUBLICATION));
        int table = html.indexOf("<table class=\"money has-findings\" id=\"funding-0\">");
        assertThat(table).isPositive();
        String funding = html.substring(table, html.indexOf("</section>", table));
        assertThat(funding)
                .contains(
                        "<tr class=\"total flagged\"><th scope=\"row\">TOTAL</th><td class=\"amount\">67\u202F159\u00A0€")
                .contains("66\u202F159\u00A0€")
                .contains("funding.total.mismatch")
                .containsPattern("écart de 1[\\s\u00A0\u202F]000[\\s\u00A0\u202F]€");
    }

    @Test
    void theReportOfTheBundledSheetsLinksEveryRuleToItsEntryInDocsRulesMd() {
        PortfolioReport report = PortfolioReport.create();
        PilotSheets.all().forEach(r -> report.add(r, VALIDATOR.validate(r, Profile.PUBLICATION)));
        String html = report.html(Locale.FRENCH);
        Matcher links = Pattern.compile(
                        "<a class=\"rule-link\" href=\"([^\"]+)\"[^>]*><code class=\"rule\">([^<]+)</code>")
                .matcher(html);
        var anchors = RulesDocument.anchors();
        int count = 0;
        while (links.find()) {
            String href = links.group(1);
            String rule = links.group(2);
            assertThat(href).startsWith(PortfolioReport.RULES_DOCUMENTATION + "#");
            String anchor = href.substring(href.indexOf('#') + 1);
            assertThat(anchors).as("anchor of %s", rule).contains(anchor);
            assertThat(anchor).isEqualTo(rule.replace(".", ""));
            count++;
        }
        assertThat(count).isGreaterThanOrEqualTo(5);
    }
}
