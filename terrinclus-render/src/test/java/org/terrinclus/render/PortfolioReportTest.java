package org.terrinclus.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.terrinclus.funding.FundingPlan;
import org.terrinclus.funding.Money;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.render.internal.Anchors;
import org.terrinclus.render.internal.Tally;
import org.terrinclus.testing.RecordGenerator;
import org.terrinclus.validation.Finding;
import org.terrinclus.validation.Profile;
import org.terrinclus.validation.RecordValidator;
import org.terrinclus.validation.Rules;
import org.terrinclus.validation.Severity;
import org.terrinclus.validation.ValidationReport;
import org.w3c.dom.Document;

class PortfolioReportTest {

    private static final RecordValidator VALIDATOR = RecordValidator.create();

    private static ProjectRecord wrongTotal(long seed) {
        ProjectRecord record = new RecordGenerator(seed).next();
        FundingPlan plan = record.getFunding().get(0);
        Money total = plan.getDeclaredTotal().get();
        return ProjectRecord.builder()
                .from(record)
                .funding(List.of(FundingPlan.builder()
                        .from(plan)
                        .declaredTotal(
                                total.plus(Money.of("1000", total.getCurrency().getCurrencyCode())))
                        .build()))
                .build();
    }

    @Test
    void countsChartsMismatchesAndTheValidationSummary() throws Exception {
        PortfolioReport report = PortfolioReport.create();
        for (long seed = 0; seed < 20; seed++) {
            ProjectRecord record = seed % 4 == 0 ? wrongTotal(seed) : new RecordGenerator(seed).next();
            report.add(record, VALIDATOR.validate(record, Profile.PUBLICATION));
        }
        Finding syntax = Finding.builder()
                .rule("json.syntax")
                .severity(Severity.ERROR)
                .path("")
                .messageFr("JSON cassé")
                .messageEn("Broken JSON")
                .line(3)
                .column(7)
                .build();
        report.add(RecordEntry.builder()
                .source("lot.jsonl")
                .index(4)
                .findings(ValidationReport.of(List.of(syntax)))
                .build());
        String html = report.html(Locale.ENGLISH);
        Document page = Xhtml.parse(html);
        assertThat(Xhtml.byId(page, "count-records").getTextContent()).isEqualTo("20");
        assertThat(Xhtml.byId(page, "count-unreadable").getTextContent()).isEqualTo("1");
        assertThat(Xhtml.byId(page, "count-invalid").getTextContent()).isEqualTo("5");
        assertThat(Xhtml.byId(page, "chart-sdgs")).isNotNull();
        assertThat(Xhtml.byId(page, "mismatches").getElementsByTagName("tr").getLength())
                .isEqualTo(1 + 5);
        String rules = Xhtml.byId(page, "rules").getTextContent();
        assertThat(rules).contains("funding.total.mismatch", "json.syntax", "lot.jsonl #5", "line 3, column 7");
        assertThat(html).contains("href=\"" + PortfolioReport.RULES_DOCUMENTATION + "#fundingtotalmismatch\"");
        assertThat(html).as("json.syntax is not in docs/rules.md: no link").doesNotContain("#jsonsyntax");
    }

    @Test
    void examplesAreBoundedAndTheRestCounted() throws Exception {
        PortfolioReport report = PortfolioReport.create();
        for (long seed = 0; seed < Tally.EXAMPLES + 3; seed++) {
            ProjectRecord record = wrongTotal(seed);
            report.add(record, VALIDATOR.validate(record, Profile.DRAFT));
        }
        Document page = Xhtml.parse(report.html(Locale.FRENCH));
        org.w3c.dom.NodeList rows = Xhtml.byId(page, "rules").getElementsByTagName("tr");
        boolean found = false;
        for (int i = 0; i < rows.getLength(); i++) {
            org.w3c.dom.Element row = (org.w3c.dom.Element) rows.item(i);
            if (row.getAttribute("data-rule").equals("funding.total.mismatch")) {
                found = true;
                assertThat(row.getElementsByTagName("li").getLength()).isEqualTo(Tally.EXAMPLES);
                assertThat(row.getTextContent()).contains("et 3 autre(s)");
            }
        }
        assertThat(found).isTrue();
    }

    @Test
    void aSpreadsheetCellIsShownWhereTheInputHasOne() {
        ProjectRecord record = wrongTotal(1);
        String html = PortfolioReport.create()
                .add(RecordEntry.builder()
                        .source("portefeuille.xlsx")
                        .record(record)
                        .findings(VALIDATOR.validate(record, Profile.DRAFT))
                        .cell("/funding/0", "Financement!B2")
                        .cell("/funding/0/declaredTotal", "Financement!C14")
                        .build())
                .html(Locale.FRENCH);
        assertThat(html).contains("cellule Financement!C14");
    }

    @Test
    void everyRuleLinkLeadsToTheRuleInDocsRulesMd() throws Exception {
        String doc = Files.readString(
                Path.of("").toAbsolutePath().resolveSibling("docs").resolve("rules.md"));
        List<String> headings = new ArrayList<>();
        doc.lines()
                .filter(l -> l.startsWith("#"))
                .forEach(l -> headings.add(Anchors.github(l.replaceFirst("^#+", ""))));
        for (var rule : Rules.all()) {
            assertThat(headings).as("heading of rule %s", rule.getId()).contains(Anchors.rule(rule.getId()));
        }
        PortfolioReport report = PortfolioReport.create(URI.create("https://example.org/docs/rules.md"));
        for (long seed = 0; seed < 10; seed++) {
            ProjectRecord record = wrongTotal(seed);
            report.add(
                    record,
                    VALIDATOR.validate(
                            ProjectRecord.builder()
                                    .from(record)
                                    .partners(List.of())
                                    .build(),
                            Profile.PUBLICATION));
        }
        Matcher links = Pattern.compile("href=\"https://example.org/docs/rules.md#([^\"]+)\"")
                .matcher(report.html(Locale.FRENCH));
        int count = 0;
        while (links.find()) {
            assertThat(headings).contains(links.group(1));
            count++;
        }
        assertThat(count).isPositive();
        assertThatThrownBy(() -> PortfolioReport.create(URI.create("https://example.org/rules.md#x")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyReport() throws Exception {
        Document page = Xhtml.parse(PortfolioReport.create().html(Locale.FRENCH));
        assertThat(Xhtml.byId(page, "count-records").getTextContent()).isEqualTo("0");
        assertThat(Xhtml.byId(page, "validation").getTextContent()).contains("Aucun constat.");
    }
}
