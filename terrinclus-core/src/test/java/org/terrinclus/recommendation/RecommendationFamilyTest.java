package org.terrinclus.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RecommendationFamilyTest {

    @Test
    void hasTheSixFamiliesInTheGuidesOrder() {
        assertThat(RecommendationFamily.values())
                .extracting(RecommendationFamily::getCode)
                .containsExactly(
                        "emergence-and-purpose",
                        "diagnosis-and-formalisation",
                        "partnership-and-participation",
                        "timing",
                        "shared-stakes-and-reciprocity",
                        "monitoring-evaluation-and-reporting");
        assertThat(RecommendationFamily.values())
                .extracting(RecommendationFamily::getNumber)
                .containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void hasFrenchAndEnglishLabels() {
        assertThat(RecommendationFamily.EMERGENCE_AND_PURPOSE.getLabel(Locale.FRENCH))
                .isEqualTo("Émergence du projet et finalités");
        assertThat(RecommendationFamily.EMERGENCE_AND_PURPOSE.getLabel(Locale.ENGLISH))
                .isEqualTo("Project emergence and purpose");
        assertThat(RecommendationFamily.TIMING.getLabel(Locale.FRANCE)).isEqualTo("Temporalité");
        assertThat(RecommendationFamily.SHARED_STAKES_AND_RECIPROCITY.getLabel(Locale.FRENCH))
                .isEqualTo("Partage des enjeux et réciprocité");
        assertThat(RecommendationFamily.MONITORING_EVALUATION_AND_REPORTING.getLabel(Locale.FRENCH))
                .isEqualTo("Suivi, évaluation et restitution");
        assertThat(List.of(RecommendationFamily.values()))
                .extracting(f -> f.getLabel(Locale.ENGLISH))
                .doesNotHaveDuplicates();
    }

    @Test
    void readsCodes() {
        for (RecommendationFamily family : RecommendationFamily.values()) {
            assertThat(RecommendationFamily.fromCode(family.getCode())).isEqualTo(family);
        }
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RecommendationFamily.fromCode("Timing"))
                .withMessageStartingWith("Unknown recommendation family 'Timing': expected one of")
                .withMessageContaining("emergence-and-purpose")
                .withMessageContaining("monitoring-evaluation-and-reporting");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Emergence du projet et finalités | EMERGENCE_AND_PURPOSE",
                "ÉMERGENCE DU PROJET ET FINALITÉS | EMERGENCE_AND_PURPOSE",
                "Partenariat et participation | PARTNERSHIP_AND_PARTICIPATION",
                "TEMPORALITÉ : | TIMING",
                "Temporalite | TIMING",
                "PARTAGE DES ENJEUX ET RÉCIPROCITÉ : | SHARED_STAKES_AND_RECIPROCITY",
                "Suivi, évaluation et restitution. | MONITORING_EVALUATION_AND_REPORTING",
                "Monitoring, evaluation and reporting | MONITORING_EVALUATION_AND_REPORTING",
                "shared-stakes-and-reciprocity | SHARED_STAKES_AND_RECIPROCITY",
                "Suivi et évaluation | MONITORING_EVALUATION_AND_REPORTING",
            })
    void matchesFamiliesAsPrinted(String printed, RecommendationFamily family) {
        assertThat(RecommendationFamily.match(printed)).contains(family);
    }

    @Test
    void matchesBadgesPrintedOnTwoLines() {
        assertThat(RecommendationFamily.match("DIAGNOSTIC ET\nFORMALISATION"))
                .contains(RecommendationFamily.DIAGNOSIS_AND_FORMALISATION);
        assertThat(RecommendationFamily.match("SUIVI, ÉVALUATION\r\nET RESTITUTION"))
                .contains(RecommendationFamily.MONITORING_EVALUATION_AND_REPORTING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Jeunesse", "Participation citoyenne", "et", "Construire un pont"})
    void doesNotMatchOtherText(String printed) {
        assertThat(RecommendationFamily.match(printed)).isEmpty();
    }
}
