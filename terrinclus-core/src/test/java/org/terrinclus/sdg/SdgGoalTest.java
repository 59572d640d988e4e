package org.terrinclus.sdg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.terrinclus.core.internal.SharedReference;

class SdgGoalTest {

    @Test
    void hasSeventeenGoalsNumberedInUnOrder() {
        assertThat(SdgGoal.values()).hasSize(17);
        for (int n = 1; n <= 17; n++) {
            assertThat(SdgGoal.of(n).getNumber()).isEqualTo(n);
        }
        assertThat(SdgGoal.of(1)).isEqualTo(SdgGoal.NO_POVERTY);
        assertThat(SdgGoal.of(4)).isEqualTo(SdgGoal.QUALITY_EDUCATION);
        assertThat(SdgGoal.of(17)).isEqualTo(SdgGoal.PARTNERSHIPS_FOR_THE_GOALS);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 18, -1, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void refusesNumbersOutsideOneToSeventeen(int number) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SdgGoal.of(number))
                .withMessage("SDG goal must be between 1 and 17, got " + number);
    }

    @Test
    void agreesWithTheSharedReferenceGoals() {
        List<Map<String, String>> rows = SharedReference.csv(SharedReference.require("ref/sdg/goals.csv"));

        assertThat(rows).hasSize(17);
        for (Map<String, String> row : rows) {
            SdgGoal goal = SdgGoal.of(Integer.parseInt(row.get("number")));
            assertThat(goal.getColour()).as("colour of %s", goal).isEqualTo(row.get("colour"));
            assertThat(goal.getShortName(Locale.FRENCH))
                    .as("French name of %s", goal)
                    .isEqualTo(row.get("short_fr"));
            assertThat(goal.getShortName(Locale.ENGLISH))
                    .as("English name of %s", goal)
                    .isEqualTo(row.get("short_en"));
            assertThat(String.valueOf(goal.getNumber())).isEqualTo(row.get("code"));
        }
    }

    @Test
    void labelsAsTheSheetsPrintThem() {
        assertThat(SdgGoal.QUALITY_EDUCATION.getLabel(Locale.FRENCH)).isEqualTo("ODD 4 : Éducation de qualité");
        assertThat(SdgGoal.QUALITY_EDUCATION.getLabel(Locale.FRANCE)).isEqualTo("ODD 4 : Éducation de qualité");
        assertThat(SdgGoal.QUALITY_EDUCATION.getLabel(Locale.ENGLISH)).isEqualTo("SDG 4: Quality education");
        assertThat(SdgGoal.QUALITY_EDUCATION.getLabel(Locale.GERMAN)).isEqualTo("SDG 4: Quality education");
        assertThat(SdgGoal.QUALITY_EDUCATION.getShortName(Locale.FRENCH)).isEqualTo("Éducation de qualité");
        assertThat(SdgGoal.QUALITY_EDUCATION.getColour()).isEqualTo("#C5192D");
        assertThat(SdgGoal.QUALITY_EDUCATION).hasToString("SDG 4");
        assertThat(SdgGoal.PARTNERSHIPS_FOR_THE_GOALS).hasToString("SDG 17");
    }

    @Test
    void coloursAreDistinctRgbHex() {
        assertThat(List.of(SdgGoal.values()))
                .extracting(SdgGoal::getColour)
                .doesNotHaveDuplicates()
                .allMatch(colour -> colour.matches("#[0-9A-F]{6}"));
    }

    @Test
    void listsTheTargetsOfEachGoal() {
        int[] counts = {7, 8, 13, 10, 9, 8, 5, 12, 8, 10, 10, 11, 5, 10, 12, 12, 19};
        for (SdgGoal goal : SdgGoal.values()) {
            assertThat(goal.getTargets()).as("targets of %s", goal).hasSize(counts[goal.ordinal()]);
            assertThat(goal.getTargets()).allMatch(target -> target.getGoal() == goal);
        }
        assertThat(SdgGoal.NO_POVERTY.getTargets())
                .extracting(SdgTarget::getCode)
                .containsExactly("1.1", "1.2", "1.3", "1.4", "1.5", "1.a", "1.b");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ODD 4 : Education de qualité | 4",
                "ODD 4 : Éducation de qualité | 4",
                "odd 4 : EDUCATION DE QUALITE | 4",
                "SDG 4: Quality education | 4",
                "SDG 4 | 4",
                "ODD4 | 4",
                "4 | 4",
                " 17 | 17",
                "Objectif 13 | 13",
                "Goal 8 | 8",
                "ODD n° 5 | 5",
                "ODD 1 : Pas de pauvreté | 1",
                "ODD 3 : Bonne santé et bien être | 3",
                "ODD 5 : Égalité entre les sexes | 5",
                "ODD 6 : Eau propre et assainissement | 6",
                "ODD 8 : Travail décent et croissance économique | 8",
                "ODD 10 : Inégalités réduites | 10",
                "ODD 12 : Consommation et production responsables | 12",
                "ODD 13 : Mesures relatives à la lutte contre les changements climatiques | 13",
                "ODD 16 : Paix, justice et institutions efficaces | 16",
                "ODD 2 : Faim zéro | 2",
                "ODD 3 : Bonne santé | 3",
                "Éducation de qualité | 4",
                "Climate action | 13",
                "Faim « zéro » | 2",
            })
    void matchesGoalsAsPrinted(String printed, int number) {
        assertThat(SdgGoal.match(printed)).contains(SdgGoal.of(number));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "ODD",
                "ODD 0",
                "ODD 18",
                "18",
                "4.4",
                "ODD 4 : Pas de pauvreté",
                "Éducation",
                "Construire un pont",
                "ODD 999999999999"
            })
    void doesNotMatchWhatIsNotASingleGoal(String printed) {
        assertThat(SdgGoal.match(printed)).isEmpty();
    }
}
