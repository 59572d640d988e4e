package org.terrinclus.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Findings and reports, as the JSON reader of another module builds them. */
class FindingTest {

    private static Finding finding(String rule, Severity severity, String path) {
        return Finding.of(rule, severity, path, "Message " + rule, "Message " + rule + " (en)");
    }

    @Test
    void aFindingHasItsRuleSeverityPathAndBothMessages() {
        Finding finding = Finding.of(
                "funding.total.mismatch",
                Severity.ERROR,
                "/funding/0/declaredTotal",
                "Le total diffère.",
                "The total differs.");

        assertThat(finding.getRule()).isEqualTo("funding.total.mismatch");
        assertThat(finding.getSeverity()).isEqualTo(Severity.ERROR);
        assertThat(finding.getPath()).isEqualTo("/funding/0/declaredTotal");
        assertThat(finding.getMessage(Locale.FRENCH)).isEqualTo("Le total diffère.");
        assertThat(finding.getMessage(new Locale("fr", "SN"))).isEqualTo("Le total diffère.");
        assertThat(finding.getMessage(Locale.ENGLISH)).isEqualTo("The total differs.");
        assertThat(finding.getMessage(Locale.ITALIAN)).isEqualTo("The total differs.");
        assertThat(finding.getLine()).isEmpty();
        assertThat(finding.getColumn()).isEmpty();
        assertThat(finding).hasToString("error funding.total.mismatch at /funding/0/declaredTotal: The total differs.");
    }

    @Test
    void aReaderGivesLineAndColumn() {
        Finding finding = Finding.builder()
                .rule("json.syntax")
                .severity(Severity.ERROR)
                .path("")
                .messageFr("Virgule manquante.")
                .messageEn("Missing comma.")
                .line(3)
                .column(12)
                .build();

        assertThat(finding.getLine()).contains(3);
        assertThat(finding.getColumn()).contains(12);
        assertThat(finding).hasToString("error json.syntax at (record) (line 3, column 12): Missing comma.");
        assertThat(Finding.builder().from(finding).column(Optional.empty()).build())
                .hasToString("error json.syntax at (record) (line 3): Missing comma.");
        assertThat(finding).isEqualTo(Finding.builder().from(finding).build());
        assertThat(finding).isNotEqualTo(Finding.builder().from(finding).line(4).build());
    }

    @Test
    void aFindingRefusesWhatIsNotOne() {
        assertThatThrownBy(() -> finding(" ", Severity.ERROR, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rule");
        assertThatThrownBy(() -> finding("x", Severity.ERROR, "funding/0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("JSON Pointer");
        assertThatThrownBy(() -> Finding.builder()
                        .from(finding("x", Severity.ERROR, ""))
                        .line(0)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line");
        assertThatThrownBy(() -> Finding.builder()
                        .from(finding("x", Severity.ERROR, ""))
                        .column(2)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a line");
        assertThatThrownBy(() -> Finding.builder()
                        .rule("x")
                        .severity(Severity.INFO)
                        .path("")
                        .build())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aReportSortsByPathSegmentsThenRule() {
        ValidationReport report = ValidationReport.of(List.of(
                finding("title.missing", Severity.ERROR, "/title"),
                finding("funding.total.mismatch", Severity.ERROR, "/funding/10/declaredTotal"),
                finding("b.rule", Severity.WARNING, "/funding/2"),
                finding("a.rule", Severity.INFO, "/funding/2"),
                finding("partner.missing", Severity.ERROR, ""),
                finding("funding.total.missing", Severity.WARNING, "/funding/2/declaredTotal")));

        assertThat(report.getFindings())
                .extracting(Finding::getPath, Finding::getRule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("", "partner.missing"),
                        org.assertj.core.groups.Tuple.tuple("/funding/2", "a.rule"),
                        org.assertj.core.groups.Tuple.tuple("/funding/2", "b.rule"),
                        org.assertj.core.groups.Tuple.tuple("/funding/2/declaredTotal", "funding.total.missing"),
                        org.assertj.core.groups.Tuple.tuple("/funding/10/declaredTotal", "funding.total.mismatch"),
                        org.assertj.core.groups.Tuple.tuple("/title", "title.missing"));
        assertThat(report.isValid()).isFalse();
        assertThat(report.count(Severity.ERROR)).isEqualTo(3);
        assertThat(report.count(Severity.WARNING)).isEqualTo(2);
        assertThat(report.count(Severity.INFO)).isEqualTo(1);
        assertThat(report.getCounts())
                .containsExactly(
                        java.util.Map.entry(Severity.ERROR, 3),
                        java.util.Map.entry(Severity.WARNING, 2),
                        java.util.Map.entry(Severity.INFO, 1));
        assertThat(report.getFindings(Severity.WARNING))
                .extracting(Finding::getRule)
                .containsExactly("b.rule", "funding.total.missing");
        assertThat(report.toString())
                .startsWith("ValidationReport{errors=3, warnings=2, infos=1}\n  error partner.missing at (record)");
    }

    @Test
    void warningsAndInformationLeaveAReportValid() {
        ValidationReport report = ValidationReport.of(List.of(
                finding("figure.missing", Severity.WARNING, "/keyFigures"),
                finding("thematic.unknown", Severity.INFO, "/thematics/0")));

        assertThat(report.isValid()).isTrue();
        assertThat(report.isEmpty()).isFalse();
        assertThat(ValidationReport.empty().isValid()).isTrue();
        assertThat(ValidationReport.empty().isEmpty()).isTrue();
        assertThat(report.plus(ValidationReport.of(List.of(finding("x", Severity.ERROR, "/id"))))
                        .isValid())
                .isFalse();
        assertThat(report)
                .isEqualTo(ValidationReport.of(List.of(
                        report.getFindings().get(1), report.getFindings().get(0))));
        assertThat(report.describe(Locale.FRENCH))
                .isEqualTo("avertissement figure.missing /keyFigures : Message figure.missing\n"
                        + "information thematic.unknown /thematics/0 : Message thematic.unknown");
    }

    @Test
    void severitiesAndProfilesHaveStableCodes() {
        assertThat(Severity.values()).extracting(Severity::getCode).containsExactly("error", "warning", "info");
        assertThat(Severity.fromCode("warning")).isEqualTo(Severity.WARNING);
        assertThat(Severity.of(java.util.Set.of())).isEqualTo(Severity.ERROR);
        assertThat(Severity.of(java.util.Set.of(Severity.Info.class))).isEqualTo(Severity.INFO);
        assertThat(Profile.values()).extracting(Profile::getCode).containsExactly("draft", "publication");
        assertThat(Profile.fromCode("publication").getGroup()).isEqualTo(Publication.class);
        assertThat(Profile.PUBLICATION.includes(Profile.DRAFT)).isTrue();
        assertThat(Profile.DRAFT.includes(Profile.PUBLICATION)).isFalse();
        assertThat(jakarta.validation.groups.Default.class).isAssignableFrom(Draft.class);
        assertThat(Draft.class).isAssignableFrom(Publication.class);
        assertThatThrownBy(() -> Severity.fromCode("fatal")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCatalogueDescribesEveryRuleInBothLanguages() {
        assertThat(Rules.all())
                .hasSize(Rules.of(Profile.DRAFT).size()
                        + Rules.of(Profile.PUBLICATION).size());
        for (Rule rule : Rules.all()) {
            assertThat(rule.getId()).matches("[a-z]+(-[a-z]+)*(\\.[a-z]+(-[a-z]+)*)+");
            assertThat(rule.getDescription(Locale.FRENCH)).isNotBlank().isNotEqualTo(rule.getDescriptionEn());
            assertThat(rule.getDescription(Locale.ENGLISH)).isNotBlank();
            assertThat(rule.getPath()).startsWith("/");
            assertThat(Rules.byId(rule.getId())).contains(rule);
        }
        assertThat(Rules.byId("no.such.rule")).isEmpty();
        assertThat(Rules.byId("title.missing").get()).hasToString("title.missing (error, publication)");
    }
}
