package org.terrinclus.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.terrinclus.funding.FundingPlan;
import org.terrinclus.funding.Money;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.render.internal.SheetView;
import org.terrinclus.render.internal.SheetView.Part;
import org.terrinclus.testing.RecordGenerator;
import org.terrinclus.validation.Finding;
import org.terrinclus.validation.Profile;
import org.terrinclus.validation.RecordValidator;
import org.terrinclus.validation.Severity;
import org.terrinclus.validation.ValidationReport;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SheetRendererTest {

    private static final SheetRenderer RENDERER = SheetRenderer.create();

    static List<Long> seeds() {
        return RecordGenerator.seeds(60);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void generatedRecordsRenderAsWellFormedPagesWithTheirParts(long seed) throws Exception {
        ProjectRecord record = new RecordGenerator(seed).next();
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            String html = RENDERER.html(record, locale);
            Document page = Xhtml.parse(html);
            assertThat(page.getDocumentElement().getAttribute("lang"))
                    .as("seed %d", seed)
                    .isEqualTo(locale.getLanguage());
            assertThat(page.getElementsByTagName("h1").getLength()).isEqualTo(1);
            assertThat(text(page, "h1")).containsExactly(record.getTitle());
            List<String> badges = new ArrayList<>();
            NodeList items = page.getElementsByTagName("li");
            for (int i = 0; i < items.getLength(); i++) {
                Element item = (Element) items.item(i);
                if (item.getAttribute("class").equals("sdg")) {
                    badges.add(item.getAttribute("data-sdg"));
                }
            }
            assertThat(badges)
                    .as("seed %d", seed)
                    .containsExactlyElementsOf(record.getSdgGoals().stream()
                            .map(g -> String.valueOf(g.getNumber()))
                            .toList());
            assertThat(countTables(page, "money"))
                    .isEqualTo(record.getFunding().size() + record.getCosts().size());
        }
    }

    @Test
    void theWrongTotalIsMarkedOnItsTableWithRuleAndMessage() throws Exception {
        ProjectRecord record = new RecordGenerator(7).next();
        FundingPlan plan = record.getFunding().get(0);
        ProjectRecord wrong = ProjectRecord.builder()
                .from(record)
                .funding(List.of(FundingPlan.builder()
                        .from(plan)
                        .declaredTotal(plan.getDeclaredTotal()
                                .get()
                                .plus(Money.of(
                                        "1000",
                                        plan.getDeclaredTotal()
                                                .get()
                                                .getCurrency()
                                                .getCurrencyCode())))
                        .build()))
                .build();
        ValidationReport report = RecordValidator.create().validate(wrong, Profile.PUBLICATION);
        assertThat(report.getFindings()).extracting(Finding::getRule).contains("funding.total.mismatch");
        String html = RENDERER.html(wrong, Locale.FRENCH, report);
        Document page = Xhtml.parse(html);
        Element table = Xhtml.byId(page, "funding-0");
        assertThat(table).isNotNull();
        String total = "";
        NodeList rows = table.getElementsByTagName("tr");
        for (int i = 0; i < rows.getLength(); i++) {
            Element row = (Element) rows.item(i);
            if (row.getAttribute("class").startsWith("total")) {
                total = row.getAttribute("class");
            }
        }
        assertThat(total).isEqualTo("total flagged");
        assertThat(html).contains("Somme des lignes").contains("funding.total.mismatch");
        // Rule and message right after the table, and the finding listed at the end.
        int tableEnd = html.indexOf("</table>", html.indexOf("id=\"funding-0\""));
        String after = html.substring(tableEnd, html.indexOf("</section>", tableEnd));
        assertThat(after).contains("funding.total.mismatch", "Le total déclaré");
        assertThat(Xhtml.byId(page, "finding-1")).isNotNull();
    }

    @Test
    void findingsArePlacedByTheirPointer() {
        assertThat(SheetView.partOf("/funding/0/declaredTotal")).isEqualTo(Part.FUNDING);
        assertThat(SheetView.partOf("/fundingX")).isEqualTo(Part.RECORD);
        assertThat(SheetView.partOf("/narrative/quotes/1/text")).isEqualTo(Part.QUOTES);
        assertThat(SheetView.partOf("/narrative/context")).isEqualTo(Part.PROJECT);
        assertThat(SheetView.partOf("/contacts/0/email")).isEqualTo(Part.RESOURCES);
        assertThat(SheetView.partOf("")).isEqualTo(Part.RECORD);
        assertThat(SheetView.partOf("/sdgGoals")).isEqualTo(Part.SDGS);
        assertThat(SheetView.partOf("/partners/0/name")).isEqualTo(Part.ACTORS);
    }

    @Test
    void aFindingAboutAMissingPartShowsThatPart() throws Exception {
        ProjectRecord draft = ProjectRecord.builder().id("d").title("Brouillon").build();
        ValidationReport report = RecordValidator.create().validate(draft, Profile.PUBLICATION);
        String html = RENDERER.html(draft, Locale.ENGLISH, report);
        Document page = Xhtml.parse(html);
        assertThat(Xhtml.byId(page, "sdgs"))
                .as("the SDG part, to hold sdg.missing")
                .isNotNull();
        assertThat(Xhtml.byId(page, "sdgs").getTextContent()).contains("sdg.missing");
        assertThat(Xhtml.byId(page, "findings").getTextContent()).contains("lead.missing", "contact.missing");
        assertThat(RENDERER.html(draft, Locale.ENGLISH)).doesNotContain("id=\"sdgs\"");
        ValidationReport none = ValidationReport.of(List.of());
        assertThat(RENDERER.html(draft, Locale.ENGLISH, none)).contains("Validation reports nothing.");
        Finding other = Finding.of("x.y", Severity.INFO, "/unknownThing", "fr", "en");
        assertThat(RENDERER.html(draft, Locale.ENGLISH, ValidationReport.of(List.of(other))))
                .contains("x.y", "/unknownThing");
    }

    @Test
    void thePdfIsA4WithItsFontsEmbedded() throws Exception {
        ProjectRecord record = new RecordGenerator(3).next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.writePdf(record, Locale.FRENCH, null, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(pdf.getNumberOfPages()).isPositive();
            PDPage first = pdf.getPage(0);
            assertThat(first.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
            assertThat(first.getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(name -> name.contains("Liberation"));
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("PORTEUR")
                    .contains(record.getLead().get().getOrganisation().getName());
            Money total = record.getFunding().get(0).getDeclaredTotal().get();
            assertThat(text).contains(org.terrinclus.render.internal.Text.money(total, Locale.FRENCH));
        }
    }

    @Test
    void writeHtmlWritesThePage() {
        ProjectRecord record = new RecordGenerator(1).next();
        StringWriter out = new StringWriter();
        RENDERER.writeHtml(record, Locale.FRENCH, null, out);
        assertThat(out.toString()).isEqualTo(RENDERER.html(record, Locale.FRENCH));
    }

    private static List<String> text(Document page, String tag) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = page.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static int countTables(Document page, String cssClass) {
        int count = 0;
        NodeList tables = page.getElementsByTagName("table");
        for (int i = 0; i < tables.getLength(); i++) {
            if (((Element) tables.item(i)).getAttribute("class").split(" ")[0].equals(cssClass)) {
                count++;
            }
        }
        return count;
    }
}
