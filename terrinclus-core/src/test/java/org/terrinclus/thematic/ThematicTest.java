package org.terrinclus.thematic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ThematicTest {

    @Test
    void knowsTheGuidesSevenThematicsInOrder() {
        assertThat(Thematic.known())
                .containsExactly(
                        Thematic.YOUTH,
                        Thematic.CITIZEN_PARTICIPATION,
                        Thematic.SOCIAL_COHESION,
                        Thematic.PROFESSIONAL_INSERTION,
                        Thematic.WOMEN,
                        Thematic.PEOPLE_WITH_DISABILITIES,
                        Thematic.OLDER_PEOPLE);
        assertThat(Thematic.known())
                .extracting(Thematic::getCode)
                .containsExactly(
                        "youth",
                        "citizen-participation",
                        "social-cohesion",
                        "professional-insertion",
                        "women",
                        "people-with-disabilities",
                        "older-people");
        assertThat(Thematic.known()).allMatch(Thematic::isKnown);
    }

    @ParameterizedTest
    @CsvSource({
        "youth, Jeunesse, Youth",
        "citizen-participation, Participation citoyenne, Citizen participation",
        "social-cohesion, Cohésion sociale, Social cohesion",
        "professional-insertion, Insertion professionnelle, Professional integration",
        "women, Femmes, Women",
        "people-with-disabilities, Personnes handicapées, People with disabilities",
        "older-people, Personnes âgées, Older people",
    })
    void knownThematicsHaveFrenchAndEnglishLabels(String code, String french, String english) {
        Thematic thematic = Thematic.of(code);
        assertThat(thematic.getLabel(Locale.FRENCH)).isEqualTo(french);
        assertThat(thematic.getLabel(Locale.CANADA_FRENCH)).isEqualTo(french);
        assertThat(thematic.getLabel(Locale.ENGLISH)).isEqualTo(english);
        assertThat(thematic).hasToString(code);
    }

    @Test
    void ofReturnsTheConstantForAKnownCode() {
        assertThat(Thematic.of("youth")).isSameAs(Thematic.YOUTH);
        assertThat(Thematic.of("older-people")).isSameAs(Thematic.OLDER_PEOPLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"migrations", "access-to-rights", "culture", "a", "covid19", "agenda-2030", "x-1-y"})
    void acceptsCustomThematicsWithAWellFormedCode(String code) {
        Thematic custom = Thematic.of(code);
        assertThat(custom.isKnown()).isFalse();
        assertThat(custom.getCode()).isEqualTo(code);
        assertThat(custom.getLabel(Locale.FRENCH)).isEqualTo(code);
        assertThat(custom.getLabel(Locale.ENGLISH)).isEqualTo(code);
        assertThat(custom).hasToString(code).isEqualTo(Thematic.of(code)).hasSameHashCodeAs(Thematic.of(code));
        assertThat(Thematic.known()).doesNotContain(custom);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "Youth",
                "1youth",
                "-youth",
                "youth-",
                "older--people",
                "older_people",
                "older people",
                "jeunesse é",
                " youth"
            })
    void refusesMalformedCodesAndSaysThePattern(String code) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Thematic.of(code))
                .withMessageStartingWith("Invalid thematic code '" + code + "'")
                .withMessageContaining("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    }

    @Test
    void refusesNullAndSurvivesAHugeCode() {
        assertThatNullPointerException().isThrownBy(() -> Thematic.of(null));
        String huge = "a-".repeat(200_000) + "a";
        assertThat(Thematic.of(huge).getCode()).hasSize(huge.length());
        assertThatIllegalArgumentException().isThrownBy(() -> Thematic.of("a-".repeat(200_000)));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "JEUNESSE | youth",
                "Jeunesse | youth",
                "Youth | youth",
                "PARTICIPATION CITOYENNE | citizen-participation",
                "citizen-participation | citizen-participation",
                "COHÉSION SOCIALE | social-cohesion",
                "Cohesion sociale | social-cohesion",
                "INSERTION PROFESSIONNELLE | professional-insertion",
                "Insertion socio-professionnelle | professional-insertion",
                "FEMMES | women",
                "PERSONNES HANDICAPÉES | people-with-disabilities",
                "Personnes âgées | older-people",
                "PERSONNES AGEES | older-people",
            })
    void matchesThematicsAsPrinted(String printed, String code) {
        assertThat(Thematic.match(printed)).contains(Thematic.of(code));
    }

    @Test
    void matchesABadgePrintedOnTwoLines() {
        assertThat(Thematic.match("PARTICIPATION\nCITOYENNE")).contains(Thematic.CITIZEN_PARTICIPATION);
        assertThat(Thematic.match("INSERTION\r\nPROFESSIONNELLE")).contains(Thematic.PROFESSIONAL_INSERTION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Participation", "Personnes", "migrations", "Construire un pont", "Temporalité"})
    void doesNotMatchOtherText(String printed) {
        assertThat(Thematic.match(printed)).isEmpty();
    }

    @Test
    void sortsKnownThematicsFirstInTheGuidesOrderThenCustomOnesByCode() {
        List<Thematic> thematics = new ArrayList<>(List.of(
                Thematic.of("migrations"),
                Thematic.OLDER_PEOPLE,
                Thematic.of("culture"),
                Thematic.YOUTH,
                Thematic.WOMEN));
        Collections.sort(thematics);
        assertThat(thematics)
                .containsExactly(
                        Thematic.YOUTH,
                        Thematic.WOMEN,
                        Thematic.OLDER_PEOPLE,
                        Thematic.of("culture"),
                        Thematic.of("migrations"));
        assertThat(Thematic.of("culture").compareTo(Thematic.of("culture"))).isZero();
    }
}
