package org.terrinclus.examples.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.terrinclus.examples.PilotSheets;
import org.terrinclus.funding.ContributionKind;
import org.terrinclus.funding.CostBreakdown;
import org.terrinclus.funding.FundingPlan;
import org.terrinclus.funding.Money;
import org.terrinclus.json.TerrinclusJson;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.recommendation.RecommendationFamily;
import org.terrinclus.sdg.SdgGoal;
import org.terrinclus.validation.Finding;
import org.terrinclus.validation.Profile;
import org.terrinclus.validation.RecordValidator;

/**
 * The twelve pilot sheets as the guide prints them: tables, totals, SDGs and families, checked
 * against the guide; and the exact findings the validator gives each, which a careful reader of
 * the guide would give too (see SHEETS.md for every contradiction of the guide).
 */
class PilotSheetsTest {

    /** What the guide prints for a sheet: rows and TOTAL of each table, SDGs, family numbers. */
    record Printed(
            String id,
            List<Integer> fundingRows,
            List<String> fundingTotals,
            List<String> fundingSums,
            List<Integer> costRows,
            List<String> costTotals,
            List<Integer> sdgs,
            List<Integer> families) {}

    static List<Printed> printed() {
        return List.of(
                new Printed(
                        "aude",
                        List.of(5),
                        List.of("67159"),
                        List.of("66159"),
                        List.of(),
                        List.of(),
                        List.of(4, 8, 16),
                        List.of(2, 5)),
                new Printed(
                        "loire-atlantique",
                        List.of(5),
                        List.of("244540"),
                        List.of("244140"),
                        List.of(),
                        List.of(),
                        List.of(1, 5, 8, 10),
                        List.of(6)),
                new Printed(
                        "meurthe-et-moselle",
                        List.of(7),
                        List.of("3349000"),
                        List.of("3349000"),
                        List.of(),
                        List.of(),
                        List.of(6, 12, 13),
                        List.of(3, 5)),
                new Printed(
                        "pas-de-calais",
                        List.of(3),
                        List.of("67437"),
                        List.of("67437"),
                        List.of(),
                        List.of(),
                        List.of(4, 8),
                        List.of(3, 5, 6)),
                new Printed(
                        "savoie-anima-terre-jeunesse",
                        List.of(5),
                        List.of("200000"),
                        List.of("200000"),
                        List.of(),
                        List.of(),
                        List.of(4, 10),
                        List.of(3, 5, 4)),
                new Printed(
                        "savoie-action-sociale-de-l-autre",
                        List.of(3),
                        List.of("30000"),
                        List.of("30000"),
                        List.of(),
                        List.of(),
                        List.of(3, 10),
                        List.of(3, 4, 5)),
                new Printed(
                        "yvelines",
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(5, 5),
                        List.of("99944", "125309"),
                        List.of(8, 10),
                        List.of(3, 5)),
                new Printed(
                        "val-de-marne",
                        List.of(2),
                        List.of("73745.13"),
                        List.of("73745.13"),
                        List.of(),
                        List.of(),
                        List.of(10),
                        List.of(3, 5)),
                new Printed(
                        "suresnes",
                        List.of(2),
                        List.of("148000"),
                        List.of("148000"),
                        List.of(),
                        List.of(),
                        List.of(4, 8, 10),
                        List.of(2, 5)),
                new Printed(
                        "cfsi",
                        List.of(3),
                        List.of("1690650"),
                        List.of("1690650"),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(2, 5, 3, 4, 6)),
                new Printed("f3e", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()),
                new Printed(
                        "solidarite-laique",
                        List.of(3),
                        List.of("3711303"),
                        List.of("3711303"),
                        List.of(),
                        List.of(),
                        List.of(4, 10),
                        List.of(3, 4, 6, 5)));
    }

    @Test
    void allTwelveSheetsInTheGuidesOrder() {
        assertThat(PilotSheets.all())
                .extracting(ProjectRecord::getId)
                .containsExactlyElementsOf(printed().stream().map(Printed::id).collect(Collectors.toList()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("printed")
    void tablesTotalsSdgsAndFamiliesAsPrinted(Printed expected) {
        ProjectRecord sheet = PilotSheets.byId(expected.id()).orElseThrow();

        assertThat(sheet.getFunding())
                .extracting(p -> p.getContributions().size())
                .containsExactlyElementsOf(expected.fundingRows());
        assertThat(sheet.getFunding())
                .extracting(p -> plain(p.getDeclaredTotal()))
                .containsExactlyElementsOf(expected.fundingTotals());
        assertThat(sheet.getFunding())
                .extracting(p -> plain(p.computeTotal()))
                .containsExactlyElementsOf(expected.fundingSums());
        assertThat(sheet.getCosts())
                .extracting(c -> c.getItems().size())
                .containsExactlyElementsOf(expected.costRows());
        assertThat(sheet.getCosts())
                .extracting(c -> plain(c.getDeclaredTotal()))
                .containsExactlyElementsOf(expected.costTotals());
        assertThat(sheet.getSdgGoals()).extracting(SdgGoal::getNumber).containsExactlyElementsOf(expected.sdgs());
        assertThat(sheet.getRecommendationFamilies())
                .extracting(RecommendationFamily::getNumber)
                .containsExactlyElementsOf(expected.families());
    }

    @Test
    void specialRowsAreKeptAsSuch() {
        FundingPlan pasDeCalais =
                PilotSheets.byId("pas-de-calais").orElseThrow().getFunding().get(0);
        assertThat(pasDeCalais.getContributions().get(2).getKind()).isEqualTo(ContributionKind.NOT_EVALUABLE);
        assertThat(pasDeCalais.getContributions().get(2).getAmount()).isEmpty();

        FundingPlan laique =
                PilotSheets.byId("solidarite-laique").orElseThrow().getFunding().get(0);
        assertThat(laique.getContributions().get(2).getKind()).isEqualTo(ContributionKind.TO_BE_RAISED);
        assertThat(laique.getContributions().get(2).getAmount()).contains(Money.eur(717924));
        assertThat(laique.getContributions().get(2).getFunder()).isEmpty();

        FundingPlan valDeMarne =
                PilotSheets.byId("val-de-marne").orElseThrow().getFunding().get(0);
        assertThat(valDeMarne.getContributions())
                .allSatisfy(c -> assertThat(c.getPeriod()).contains(java.time.Period.ofMonths(24)));
        assertThat(valDeMarne.getContributions().get(1).getAmount()).contains(Money.eur("22124.13"));

        CostBreakdown aneho =
                PilotSheets.byId("yvelines").orElseThrow().getCosts().get(0);
        assertThat(aneho.getItems().get(0).getCategory()).isEqualTo("Formation");
        assertThat(aneho.getItems().get(0).getAmount())
                .as("the guide leaves this cell blank")
                .isEmpty();
    }

    @Test
    void keyFiguresKeepThePrecisionTheyAreWrittenWith() {
        var cfsiCost = PilotSheets.byId("cfsi").orElseThrow().getKeyFigures().stream()
                .filter(f -> f.getKind() == org.terrinclus.figure.FigureKind.TOTAL_COST)
                .findFirst()
                .orElseThrow();
        assertThat(cfsiCost.getValue()).isEqualTo(new BigDecimal("1.7"));
        assertThat(cfsiCost.getMultiplier()).isEqualByComparingTo("1000000");
        var audeAges = PilotSheets.byId("aude").orElseThrow().getKeyFigures().get(1);
        assertThat(audeAges.getValue()).isEqualByComparingTo("16");
        assertThat(audeAges.getUpperValue()).contains(BigDecimal.valueOf(25));
    }

    @Test
    void theBundleHoldsNoPersonalNameOrEmail() {
        for (ProjectRecord sheet : PilotSheets.all()) {
            assertThat(sheet.getContacts()).as(sheet.getId()).allSatisfy(c -> {
                assertThat(c.getName()).isEmpty();
                assertThat(c.getEmail()).isEmpty();
                assertThat(c.getRole()).isPresent();
                assertThat(c.getOrganisation()).isPresent();
            });
            sheet.getNarrative()
                    .ifPresent(n -> assertThat(n.getQuotes())
                            .as(sheet.getId())
                            .allSatisfy(q -> assertThat(q.getAuthor()).isEmpty()));
            String json = TerrinclusJson.strict().writeString(sheet);
            assertThat(json).as(sheet.getId()).doesNotContainPattern("[\\w.-]+@[\\w-]+\\.[a-z]{2,}");
        }
    }

    @Test
    void everySheetSurvivesARoundTrip() {
        TerrinclusJson json = TerrinclusJson.strict();
        for (ProjectRecord sheet : PilotSheets.all()) {
            assertThat(json.read(json.writeString(sheet)).getRecord())
                    .as(sheet.getId())
                    .contains(sheet);
        }
    }

    /** The findings of each sheet under the publication profile: rule, severity and path. */
    @Test
    void theFindingsACarefulReaderOfTheGuideWouldGive() {
        RecordValidator validator = RecordValidator.create();
        Map<String, List<String>> findings = PilotSheets.all().stream()
                .collect(Collectors.toMap(
                        ProjectRecord::getId,
                        sheet -> validator.validate(sheet, Profile.PUBLICATION).getFindings().stream()
                                .map(PilotSheetsTest::describe)
                                .collect(Collectors.toList())));

        assertThat(findings)
                .containsOnlyKeys(printed().stream().map(Printed::id).collect(Collectors.toList()));
        // The two printed TOTALs that do not add up.
        assertThat(findings.get("aude")).containsExactly("error funding.total.mismatch /funding/0/declaredTotal");
        assertThat(findings.get("loire-atlantique"))
                .containsExactly("error funding.total.mismatch /funding/0/declaredTotal");
        // The two recommendations the guide files outside their home family.
        assertThat(findings.get("meurthe-et-moselle"))
                .containsExactly("info recommendation.family.unusual /recommendations/4/family");
        assertThat(findings.get("solidarite-laique"))
                .containsExactly("info recommendation.family.unusual /recommendations/6/family");
        // Launched in 2013 for four years, yet said to end in 2018.
        assertThat(findings.get("suresnes")).containsExactly("warning dates.duration.inconsistent /dates/duration");
        // CFSI cites neither SDG nor specific recommendation.
        assertThat(findings.get("cfsi"))
                .containsExactlyInAnyOrder(
                        "warning recommendation.missing /recommendations", "error sdg.missing /sdgGoals");
        // F3E: no thematic, no funding table, an empty PRÉCONISATIONS header yet four families in its body.
        assertThat(findings.get("f3e"))
                .containsExactlyInAnyOrder(
                        "error funding.missing /funding",
                        "error recommendation.family.missing /recommendationFamilies",
                        "warning recommendation.family.undeclared /recommendations/0/family",
                        "warning recommendation.family.undeclared /recommendations/1/family",
                        "warning recommendation.family.undeclared /recommendations/2/family",
                        "warning recommendation.family.undeclared /recommendations/3/family",
                        "error sdg.missing /sdgGoals",
                        "error thematic.missing /thematics");
        for (String clean : List.of(
                "pas-de-calais",
                "savoie-anima-terre-jeunesse",
                "savoie-action-sociale-de-l-autre",
                "yvelines",
                "val-de-marne")) {
            assertThat(findings.get(clean)).as(clean).isEmpty();
        }
    }

    private static String describe(Finding f) {
        return f.getSeverity().getCode() + " " + f.getRule() + " " + f.getPath();
    }

    private static String plain(Optional<Money> money) {
        return money.map(m -> m.getAmount().toPlainString()).orElse("none");
    }
}
