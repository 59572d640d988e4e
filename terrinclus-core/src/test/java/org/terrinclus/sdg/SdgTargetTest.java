package org.terrinclus.sdg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.terrinclus.core.internal.SharedReference;

class SdgTargetTest {

    @Test
    void hasTheSameTargetsAsTheSharedReferenceInTheSameOrder() {
        List<Map<String, String>> rows = SharedReference.csv(SharedReference.require("ref/sdg/targets.csv"));

        assertThat(SdgTarget.all()).hasSize(169);
        assertThat(SdgTarget.all())
                .extracting(SdgTarget::getCode)
                .containsExactlyElementsOf(
                        rows.stream().map(row -> row.get("code")).collect(Collectors.toList()));
        for (Map<String, String> row : rows) {
            SdgTarget target = SdgTarget.of(row.get("code"));
            assertThat(target.getGoal().getNumber())
                    .as("goal of %s", target)
                    .isEqualTo(Integer.parseInt(row.get("goal")));
        }
    }

    @Test
    void eachGoalListsItsOwnTargetsInUnOrder() {
        List<SdgTarget> concatenated = new ArrayList<>();
        for (SdgGoal goal : SdgGoal.values()) {
            concatenated.addAll(goal.getTargets());
        }
        assertThat(concatenated).isEqualTo(SdgTarget.all());
        assertThat(SdgGoal.DECENT_WORK_AND_ECONOMIC_GROWTH.getTargets())
                .extracting(SdgTarget::getCode)
                .containsExactly("8.1", "8.2", "8.3", "8.4", "8.5", "8.6", "8.7", "8.8", "8.9", "8.10", "8.a", "8.b");
        assertThat(SdgGoal.PARTNERSHIPS_FOR_THE_GOALS.getTargets())
                .extracting(SdgTarget::getCode)
                .startsWith("17.1")
                .endsWith("17.19")
                .noneMatch(code -> code.matches("17\\.[a-z]"));
    }

    @Test
    void looksUpByCode() {
        SdgTarget target = SdgTarget.of("8.5");
        assertThat(target.getCode()).isEqualTo("8.5");
        assertThat(target.getGoal()).isEqualTo(SdgGoal.DECENT_WORK_AND_ECONOMIC_GROWTH);
        assertThat(target).hasToString("8.5");
        assertThat(SdgTarget.of("1.a").getGoal()).isEqualTo(SdgGoal.NO_POVERTY);
        assertThat(SdgTarget.of("17.19").getGoal()).isEqualTo(SdgGoal.PARTNERSHIPS_FOR_THE_GOALS);
        assertThat(SdgTarget.of("8.5")).isSameAs(target).isEqualTo(target).hasSameHashCodeAs(target);
        assertThat(SdgTarget.of("8.5")).isNotEqualTo(SdgTarget.of("5.5"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '\'',
            emptyValue = "",
            value = {
                "8.z | Unknown SDG target '8.z': goal 8 has targets 8.1 to 8.10 and 8.a, 8.b",
                "8.11 | Unknown SDG target '8.11': goal 8 has targets 8.1 to 8.10 and 8.a, 8.b",
                "17.20 | Unknown SDG target '17.20': goal 17 has targets 17.1 to 17.19",
                "1.0 | Unknown SDG target '1.0': goal 1 has targets 1.1 to 1.5 and 1.a, 1.b",
                "1.A | Unknown SDG target '1.A': goal 1 has targets 1.1 to 1.5 and 1.a, 1.b; did you mean 1.a?",
                "08.05 | Unknown SDG target '08.05': goal 8 has targets 8.1 to 8.10 and 8.a, 8.b; did you mean 8.5?",
                "18.1 | Unknown SDG target '18.1': SDG goal must be between 1 and 17, got 18",
                "0.1 | Unknown SDG target '0.1': SDG goal must be between 1 and 17, got 0",
                "4 | Unknown SDG target '4': expected a goal number, a dot and a target number or letter,"
                        + " such as 8.5 or 1.a",
                "8-5 | Unknown SDG target '8-5': expected a goal number, a dot and a target number or letter,"
                        + " such as 8.5 or 1.a",
                "8.5.1 | Unknown SDG target '8.5.1': expected a goal number, a dot and a target number or"
                        + " letter, such as 8.5 or 1.a",
                "'' | SDG target code must not be empty: expected a code such as 8.5 or 1.a",
            })
    void refusesUnknownCodesAndSaysWhy(String code, String message) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SdgTarget.of(code))
                .withMessage(message);
    }

    @Test
    void refusesCodesWithSpacesAndNull() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SdgTarget.of(" 8.5"))
                .withMessage("Unknown SDG target ' 8.5': remove the spaces around the code");
        assertThatIllegalArgumentException().isThrownBy(() -> SdgTarget.of("8. 5"));
        assertThatIllegalArgumentException().isThrownBy(() -> SdgTarget.of("99999999999.1"));
        assertThatNullPointerException().isThrownBy(() -> SdgTarget.of(null));
    }

    @Test
    void sortsInUnOrder() {
        assertThat(SdgTarget.of("8.9")).isLessThan(SdgTarget.of("8.10"));
        assertThat(SdgTarget.of("8.10")).isLessThan(SdgTarget.of("8.a"));
        assertThat(SdgTarget.of("8.b")).isLessThan(SdgTarget.of("9.1"));
        assertThat(SdgTarget.of("1.b")).isLessThan(SdgTarget.of("10.1"));
        assertThat(SdgTarget.of("8.5").compareTo(SdgTarget.of("8.5"))).isZero();

        List<SdgTarget> shuffled = new ArrayList<>(SdgTarget.all());
        Collections.shuffle(shuffled, new Random(42));
        Collections.sort(shuffled);
        assertThat(shuffled).isEqualTo(SdgTarget.all());
    }

    @Test
    void allIsUnmodifiable() {
        List<SdgTarget> all = SdgTarget.all();
        assertThatThrownBy(() -> all.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }
}
