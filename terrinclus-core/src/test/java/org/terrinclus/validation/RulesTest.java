package org.terrinclus.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.terrinclus.validation.RuleCases.RuleCase;

/** Each rule, triggered by a record that breaks it alone, and not by a near miss. */
class RulesTest {

    private static final RecordValidator VALIDATOR = RecordValidator.create();

    static Stream<RuleCase> cases() {
        return RuleCases.all().stream();
    }

    private static Rule catalogued(String id) {
        return Rules.byId(id).orElseThrow(() -> new AssertionError("rule " + id + " is not in the catalogue"));
    }

    private static List<Tuple> expectedIn(RuleCase ruleCase, Profile profile) {
        return ruleCase.expected.stream()
                .filter(e -> profile.includes(catalogued(e.rule).getProfile()))
                .map(e -> tuple(e.rule, catalogued(e.rule).getSeverity(), e.path))
                .collect(Collectors.toList());
    }

    @Test
    void theValidRecordHasNoFinding() {
        assertThat(VALIDATOR.validate(Records.valid(), Profile.PUBLICATION).getFindings())
                .isEmpty();
        assertThat(VALIDATOR.validate(Records.valid(), Profile.DRAFT).getFindings())
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aRecordBreakingTheRuleGetsExactlyItsFindingsForPublication(RuleCase ruleCase) {
        ValidationReport report = VALIDATOR.validate(ruleCase.trigger, Profile.PUBLICATION);

        assertThat(report.getFindings())
                .extracting(Finding::getRule, Finding::getSeverity, Finding::getPath)
                .containsExactlyInAnyOrderElementsOf(expectedIn(ruleCase, Profile.PUBLICATION));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theDraftProfileReportsOnlyTheDraftRules(RuleCase ruleCase) {
        ValidationReport report = VALIDATOR.validate(ruleCase.trigger, Profile.DRAFT);

        assertThat(report.getFindings())
                .extracting(Finding::getRule, Finding::getSeverity, Finding::getPath)
                .containsExactlyInAnyOrderElementsOf(expectedIn(ruleCase, Profile.DRAFT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aNearMissHasNoFinding(RuleCase ruleCase) {
        assertThat(VALIDATOR.validate(ruleCase.nearMiss, Profile.PUBLICATION).getFindings())
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyFindingHasAMessageInBothLanguages(RuleCase ruleCase) {
        for (Finding finding :
                VALIDATOR.validate(ruleCase.trigger, Profile.PUBLICATION).getFindings()) {
            assertThat(finding.getMessageFr()).isNotBlank().doesNotContain("{", "}", "terrinclus.");
            assertThat(finding.getMessageEn()).isNotBlank().doesNotContain("{", "}", "terrinclus.");
            assertThat(finding.getMessageFr()).isNotEqualTo(finding.getMessageEn());
        }
    }

    @Test
    void everyRuleOfTheCatalogueIsTriggeredByACaseAndEveryCaseRuleIsCatalogued() {
        Set<String> triggered = RuleCases.all().stream()
                .flatMap(c -> c.expected.stream())
                .map(e -> e.rule)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> catalogue = Rules.all().stream().map(Rule::getId).collect(Collectors.toCollection(TreeSet::new));

        assertThat(triggered).isEqualTo(catalogue);
        assertThat(RuleCases.all().stream().map(c -> c.rule).collect(Collectors.toSet()))
                .isEqualTo(catalogue);
    }

    @Test
    void oneRecordBreakingManyRulesGetsAllOfThem() {
        List<RuleCase> cases = RuleCases.all();
        // Combine the mutations of cases that touch different parts of the record.
        var record = Records.with(r -> r.title(" ")
                .summary("")
                .lead(java.util.Optional.empty())
                .addPartners(Records.organisation(
                        "Municipalité de Sousse",
                        org.terrinclus.organisation.OrganisationKind.FOREIGN_LOCAL_AUTHORITY,
                        "TN"))
                .addPartnerCountries(org.terrinclus.country.Country.of("TN"), org.terrinclus.country.Country.of("TN"))
                .addThematics(Thematic("migrations"), org.terrinclus.thematic.Thematic.YOUTH)
                .addSdgGoals(org.terrinclus.sdg.SdgGoal.QUALITY_EDUCATION)
                .addSdgTargets(org.terrinclus.sdg.SdgTarget.of("8.5"), org.terrinclus.sdg.SdgTarget.of("4.4"))
                .addRecommendations(org.terrinclus.recommendation.AppliedRecommendation.builder()
                        .family(org.terrinclus.recommendation.RecommendationFamily.TIMING)
                        .code("X1")
                        .build())
                .keyFigures(List.of())
                .funding(List.of(org.terrinclus.funding.FundingPlan.builder()
                        .from(Records.FUNDING)
                        .declaredTotal(org.terrinclus.funding.Money.eur("1"))
                        .build()))
                .contacts(List.of(
                        org.terrinclus.project.Contact.builder().email("nobody").build()))
                .resources(List.of(org.terrinclus.project.Resource.of("", "mailto:a@b.fr")))
                .dates(org.terrinclus.project.ProjectDates.builder()
                        .partnershipStart(java.time.Year.of(2015))
                        .launch(java.time.Year.of(2014))
                        .build()));

        ValidationReport report = VALIDATOR.validate(record, Profile.PUBLICATION);

        assertThat(report.getFindings())
                .extracting(Finding::getRule, Finding::getPath)
                .containsExactly(
                        tuple("contact.email.invalid", "/contacts/0/email"),
                        tuple("dates.order", "/dates/launch"),
                        tuple("funding.total.mismatch", "/funding/0/declaredTotal"),
                        tuple("figure.missing", "/keyFigures"),
                        tuple("lead.missing", "/lead"),
                        tuple("partner.country.duplicate", "/partnerCountries/1"),
                        tuple("partner.duplicate", "/partners/1"),
                        tuple("recommendation.unknown", "/recommendations/2/code"),
                        tuple("recommendation.family.undeclared", "/recommendations/2/family"),
                        tuple("text.blank", "/resources/0/label"),
                        tuple("resource.url.invalid", "/resources/0/url"),
                        tuple("sdg.duplicate", "/sdgGoals/2"),
                        tuple("sdg.target.goal-undeclared", "/sdgTargets/2"),
                        tuple("sdg.target.duplicate", "/sdgTargets/3"),
                        tuple("summary.missing", "/summary"),
                        tuple("thematic.unknown", "/thematics/2"),
                        tuple("thematic.duplicate", "/thematics/3"),
                        tuple("title.missing", "/title"));
        assertThat(report.count(Severity.ERROR)).isEqualTo(9);
        assertThat(report.count(Severity.WARNING)).isEqualTo(8);
        assertThat(report.count(Severity.INFO)).isEqualTo(1);
        assertThat(report.isValid()).isFalse();
        assertThat(cases).isNotEmpty();
    }

    private static org.terrinclus.thematic.Thematic Thematic(String code) {
        return org.terrinclus.thematic.Thematic.of(code);
    }
}
