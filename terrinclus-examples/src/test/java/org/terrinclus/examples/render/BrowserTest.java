package org.terrinclus.examples.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.terrinclus.examples.PilotSheets;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.render.PortfolioReport;
import org.terrinclus.render.SheetRenderer;
import org.terrinclus.render.testing.HostileRecords;
import org.terrinclus.sdg.SdgGoal;
import org.terrinclus.validation.Profile;
import org.terrinclus.validation.RecordValidator;

/**
 * The pages in a real browser (headless Chromium): what a person sees, without a console error
 * or a network request, with basic accessibility. Screenshots go to {@code target/screenshots}.
 */
class BrowserTest {

    private static final Path PAGES = Path.of("target", "browser");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final RecordValidator VALIDATOR = RecordValidator.create();
    private static Chromium chromium;

    @BeforeAll
    static void startBrowser() throws Exception {
        chromium = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
    }

    private static String page(String name, String html) throws Exception {
        Files.createDirectories(PAGES);
        Path file = PAGES.resolve(name).toAbsolutePath();
        Files.writeString(file, html);
        String url = file.toUri().toString();
        chromium.viewport(900, 1200, false);
        chromium.load(url);
        assertThat(chromium.errors()).as("console errors of %s", name).isEmpty();
        assertThat(chromium.requests())
                .as("requests of %s: the page itself only", name)
                .containsOnly(url);
        return url;
    }

    private static void accessible(String name) throws Exception {
        JsonNode a11y = chromium.evaluate(PageChecks.ACCESSIBILITY);
        assertThat(a11y.path("lang").asText()).as("lang of %s", name).isIn("fr", "en");
        assertThat(a11y.path("h1").asInt()).as("h1 of %s", name).isEqualTo(1);
        assertThat(a11y.path("firstHeading").asInt())
                .as("first heading of %s", name)
                .isEqualTo(1);
        assertThat(a11y.path("skips")).as("skipped heading levels of %s", name).isEmpty();
        assertThat(a11y.path("tablesWithoutHeaders").asInt()).isZero();
        assertThat(a11y.path("headersWithoutScope").asInt()).isZero();
        assertThat(a11y.path("imagesWithoutAlt").asInt()).isZero();
        assertThat(a11y.path("svgWithoutTitle").asInt()).isZero();
        assertThat(a11y.path("scripts").asInt()).as("scripts of %s", name).isZero();
        for (JsonNode badge : a11y.path("badges")) {
            assertThat(badge.path("contrast").asDouble())
                    .as("contrast of badge %s on %s", badge.path("text").asText(), name)
                    .isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void theAudeSheetShowsItsFundingTableAndSdgBadges() throws Exception {
        ProjectRecord aude = PilotSheets.byId("aude").orElseThrow();
        page("aude-fr.html", SheetRenderer.create().html(aude, Locale.FRENCH));
        JsonNode sheet = chromium.evaluate(PageChecks.SHEET);
        assertThat(sheet.path("title").asText()).isEqualTo(aude.getTitle());
        JsonNode table = sheet.path("tables").get(0);
        assertThat(table.path("rows"))
                .hasSize(aude.getFunding().get(0).getContributions().size());
        assertThat(table.path("rows").get(0).path("amount").asText()).isEqualTo("21\u202F170\u00A0€");
        assertThat(table.path("total").asText()).isEqualTo("67\u202F159\u00A0€");
        assertThat(table.path("totalVisible").asBoolean()).isTrue();
        assertThat(table.path("totalFlagged").asBoolean())
                .as("no findings shown")
                .isFalse();
        List<String> numbers = new ArrayList<>();
        sheet.path("badges").forEach(b -> numbers.add(b.path("number").asText()));
        assertThat(numbers).containsExactly("4", "8", "16");
        assertThat(sheet.path("badges").get(0).path("background").asText())
                .isEqualTo(rgb(SdgGoal.QUALITY_EDUCATION.getColour()));
        assertThat(sheet.path("badges").get(0).path("name").asText())
                .isEqualToIgnoringCase(SdgGoal.QUALITY_EDUCATION.getShortName(Locale.FRENCH));
        accessible("aude-fr");
        chromium.screenshot(SCREENSHOTS.resolve("sheet-aude-fr.png"));
        chromium.viewport(390, 800, true);
        chromium.load(PAGES.resolve("aude-fr.html").toAbsolutePath().toUri().toString());
        JsonNode phone = chromium.evaluate(PageChecks.ACCESSIBILITY);
        assertThat(phone.path("horizontalOverflow").asBoolean())
                .as("no sideways scrolling on a phone")
                .isFalse();
        chromium.screenshotViewport(SCREENSHOTS.resolve("sheet-aude-phone.png"));
    }

    @Test
    void theProofreadingViewMarksTheWrongTotalOnTheFundingTable() throws Exception {
        ProjectRecord aude = PilotSheets.byId("aude").orElseThrow();
        page(
                "aude-findings-fr.html",
                SheetRenderer.create().html(aude, Locale.FRENCH, VALIDATOR.validate(aude, Profile.PUBLICATION)));
        JsonNode sheet = chromium.evaluate(PageChecks.SHEET);
        JsonNode table = sheet.path("tables").get(0);
        assertThat(table.path("totalFlagged").asBoolean()).isTrue();
        assertThat(table.path("total").asText())
                .startsWith("67\u202F159\u00A0€")
                .endsWith("1");
        assertThat(sheet.path("fundingFindings").get(0).asText())
                .contains("funding.total.mismatch")
                .containsPattern("1[\\s\u00A0\u202F]000[\\s\u00A0\u202F]€");
        assertThat(sheet.path("findings").toString()).contains("funding.total.mismatch", "/funding/0/declaredTotal");
        accessible("aude-findings-fr");
        chromium.screenshot(SCREENSHOTS.resolve("sheet-aude-findings-fr.png"));
        // For the README: the funding table with its marked TOTAL and the finding under it.
        double top = chromium.evaluate(
                        "document.getElementById('funding').getBoundingClientRect().top + window.scrollY")
                .asDouble();
        chromium.screenshotRegion(SCREENSHOTS.resolve("docs-sheet-aude-findings.png"), 0, top - 10, 900, 560, 0.7);
    }

    @Test
    void everyBundledSheetOpensCleanlyInBothLanguages() throws Exception {
        SheetRenderer renderer = SheetRenderer.create();
        for (ProjectRecord record : PilotSheets.all()) {
            for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                String name = record.getId() + "-" + locale.getLanguage();
                page(name + ".html", renderer.html(record, locale, VALIDATOR.validate(record, Profile.PUBLICATION)));
                accessible(name);
                JsonNode sheet = chromium.evaluate(PageChecks.SHEET);
                assertThat(sheet.path("badges")).hasSize(record.getSdgGoals().size());
                assertThat(sheet.path("tables")).hasSize(record.getFunding().size());
            }
        }
    }

    @Test
    void theReportShowsItsChartsAndRuleLinks() throws Exception {
        PortfolioReport report = PortfolioReport.create();
        for (ProjectRecord record : PilotSheets.all()) {
            report.add(record, VALIDATOR.validate(record, Profile.PUBLICATION));
        }
        page("report-fr.html", report.html(Locale.FRENCH));
        JsonNode shown = chromium.evaluate(PageChecks.REPORT);
        assertThat(shown.path("records").asText()).isEqualTo("12");
        JsonNode sdgChart = shown.path("charts").get(0);
        assertThat(sdgChart.path("id").asText()).isEqualTo("chart-sdgs");
        Set<SdgGoal> cited = new TreeSet<>();
        PilotSheets.all().forEach(r -> cited.addAll(r.getSdgGoals()));
        assertThat(sdgChart.path("bars").asInt()).isEqualTo(cited.size());
        assertThat(sdgChart.path("width").asDouble()).isPositive();
        List<String> fills = new ArrayList<>();
        sdgChart.path("fills").forEach(f -> fills.add(f.asText()));
        assertThat(fills)
                .containsExactlyElementsOf(
                        cited.stream().map(SdgGoal::getColour).toList());
        assertThat(shown.path("mismatches").toString()).contains("aude", "loire-atlantique");
        List<String> links = new ArrayList<>();
        shown.path("ruleLinks").forEach(l -> links.add(l.asText()));
        assertThat(links).isNotEmpty();
        Set<String> anchors = RulesDocument.anchors();
        for (String link : links) {
            assertThat(link).startsWith(PortfolioReport.RULES_DOCUMENTATION + "#");
            assertThat(anchors)
                    .as("anchor of %s in docs/rules.md", link)
                    .contains(link.substring(link.indexOf('#') + 1));
        }
        accessible("report-fr");
        chromium.screenshot(SCREENSHOTS.resolve("report-fr.png"));
        chromium.screenshotRegion(SCREENSHOTS.resolve("docs-report.png"), 0, 0, 900, 900, 0.7);
        page("report-en.html", report.html(Locale.ENGLISH));
        accessible("report-en");
    }

    @Test
    void hostileTextStaysText() throws Exception {
        page(
                "hostile.html",
                SheetRenderer.create()
                        .html(
                                HostileRecords.record(),
                                Locale.FRENCH,
                                VALIDATOR.validate(HostileRecords.record(), Profile.PUBLICATION)));
        JsonNode state = chromium.evaluate("({ injected: typeof window.__pwned !== 'undefined',"
                + " images: document.images.length, scripts: document.scripts.length,"
                + " links: [...document.links].filter(a => !a.getAttribute('href').startsWith('#')).map(a => a.protocol),"
                + " h1: document.querySelector('h1').innerText })");
        assertThat(state.path("injected").asBoolean()).isFalse();
        assertThat(state.path("images").asInt()).isZero();
        assertThat(state.path("scripts").asInt()).isZero();
        state.path("links").forEach(p -> assertThat(p.asText()).isIn("http:", "https:", "mailto:"));
        assertThat(state.path("h1").asText()).isEqualTo(HostileRecords.record().getTitle());
        PortfolioReport report = PortfolioReport.create()
                .add(HostileRecords.record(), VALIDATOR.validate(HostileRecords.record(), Profile.PUBLICATION));
        page("hostile-report.html", report.html(Locale.FRENCH));
        JsonNode reportState = chromium.evaluate("({ injected: typeof window.__pwned !== 'undefined',"
                + " images: document.images.length, scripts: document.scripts.length })");
        assertThat(reportState.path("injected").asBoolean()).isFalse();
        assertThat(reportState.path("images").asInt()).isZero();
    }

    private static String rgb(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return "rgb(" + ((value >> 16) & 0xFF) + ", " + ((value >> 8) & 0xFF) + ", " + (value & 0xFF) + ")";
    }
}
