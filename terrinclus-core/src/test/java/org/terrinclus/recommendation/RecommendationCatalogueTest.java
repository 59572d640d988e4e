package org.terrinclus.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.terrinclus.core.internal.SharedReference;

class RecommendationCatalogueTest {

    private static final Pattern HEADING = Pattern.compile("### ([A-Z][0-9])\\. (.*)");

    /** What the shared catalogue (shared/recommendations.md) says of one recommendation. */
    private static final class Entry {
        final String code;
        final String label;
        final String familyHeading;
        final Set<String> variants = new LinkedHashSet<>();

        Entry(String code, String label, String familyHeading) {
            this.code = code;
            this.label = label;
            this.familyHeading = familyHeading;
        }
    }

    private static Map<String, Entry> catalogue;

    @BeforeAll
    static void readSharedCatalogue() {
        catalogue = SharedReference.find("recommendations.md")
                .map(SharedReference::lines)
                .map(RecommendationCatalogueTest::parse)
                .orElse(Map.of());
    }

    // Sections "## Family", then "### D1. Label." with a table whose first column is a variant.
    private static Map<String, Entry> parse(List<String> lines) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        String family = "";
        Entry current = null;
        for (String line : lines) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                current = new Entry(heading.group(1), heading.group(2), family);
                entries.put(current.code, current);
            } else if (line.startsWith("## ")) {
                family = line.substring(3).strip();
                current = null;
            } else if (current != null
                    && line.startsWith("| ")
                    && !line.startsWith("| variant wording")
                    && !line.startsWith("|---")) {
                current.variants.add(line.substring(2, line.indexOf(" | ")));
            }
        }
        return entries;
    }

    private static Map<String, Entry> sharedCatalogue() {
        SharedReference.require("recommendations.md");
        assertThat(catalogue)
                .as("recommendations parsed from shared/recommendations.md")
                .hasSize(29);
        return catalogue;
    }

    @Test
    void hasTwentyNineRecommendationsWithStableCodes() {
        assertThat(RecommendationCatalogue.all())
                .extracting(Recommendation::getCode)
                .containsExactly(
                        "D1", "D2", "D3", "D4", "P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "T1", "T2", "T3",
                        "T4", "T5", "R0", "R1", "R2", "R3", "R4", "R5", "S1", "S2", "S3", "S4", "S5");
        assertThat(RecommendationCatalogue.all()).containsExactly(Recommendation.values());
    }

    @Test
    void codesAndHomeFamiliesAreThoseOfTheSharedCatalogue() {
        Map<String, Entry> shared = sharedCatalogue();

        assertThat(RecommendationCatalogue.all())
                .extracting(Recommendation::getCode)
                .containsExactlyElementsOf(shared.keySet());
        for (Entry entry : shared.values()) {
            Recommendation recommendation = Recommendation.fromCode(entry.code);
            assertThat(RecommendationFamily.match(entry.familyHeading))
                    .as("home family of %s", entry.code)
                    .contains(recommendation.getHomeFamily());
        }
    }

    @Test
    void frenchLabelsAreTheCataloguesNormalisedWordings() {
        for (Entry entry : sharedCatalogue().values()) {
            String withoutFullStop =
                    entry.label.endsWith(".") ? entry.label.substring(0, entry.label.length() - 1) : entry.label;
            assertThat(Recommendation.fromCode(entry.code).getLabel(Locale.FRENCH))
                    .as("label of %s", entry.code)
                    .isEqualTo(withoutFullStop);
        }
    }

    @Test
    void variantsAreThoseOfTheSharedCatalogue() {
        for (Entry entry : sharedCatalogue().values()) {
            assertThat(Recommendation.fromCode(entry.code).getVariants())
                    .as("variants of %s", entry.code)
                    .containsExactlyInAnyOrderElementsOf(entry.variants);
        }
    }

    @Test
    void everyVariantOfTheSharedCatalogueMatchesItsRecommendation() {
        Map<String, Entry> shared = sharedCatalogue();
        Map<String, List<String>> codesByVariant = new LinkedHashMap<>();
        for (Entry entry : shared.values()) {
            for (String variant : entry.variants) {
                codesByVariant.computeIfAbsent(variant, v -> new ArrayList<>()).add(entry.code);
            }
        }

        codesByVariant.forEach((variant, codes) -> {
            assertThat(RecommendationCatalogue.matchAll(variant))
                    .as("all matches of «%s»", variant)
                    .extracting(Recommendation::getCode)
                    .containsExactlyElementsOf(codes);
            // A compound item matches the recommendation it starts with, first in catalogue order.
            assertThat(RecommendationCatalogue.match(variant))
                    .as("match of «%s»", variant)
                    .map(Recommendation::getCode)
                    .contains(codes.get(0));
            assertThat(RecommendationCatalogue.match(variant.toUpperCase(Locale.ROOT)))
                    .map(Recommendation::getCode)
                    .contains(codes.get(0));
        });
        // The two compound items the catalogue files under two recommendations.
        assertThat(codesByVariant.values().stream().filter(codes -> codes.size() > 1))
                .containsExactlyInAnyOrder(List.of("P2", "T5"), List.of("R0", "R1"));
    }

    @Test
    void everyLabelMatchesItsRecommendation() {
        for (Recommendation recommendation : Recommendation.values()) {
            assertThat(RecommendationCatalogue.match(recommendation.getLabel(Locale.FRENCH)))
                    .contains(recommendation);
            assertThat(RecommendationCatalogue.match(recommendation.getLabel(Locale.ENGLISH)))
                    .contains(recommendation);
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "Penser \"enjeux partagés\" | R1",
                "PENSER ENJEUX PARTAGÉS | R1",
                "Penser « enjeux partagés ». | R1",
                "Penser ‘enjeux partagés’ ; | R1",
                "Travailler sur les mentalités pour quitter la logique d'aide et de don et entrer dans une logique"
                        + " d'échanges | R2",
                "travailler sur les mentalites pour quitter la logique d’aide et de don et entrer dans une logique"
                        + " d’échanges et d’apprentissages ; | R2",
                "- Mettre en avant le regard croisé ; | R3",
                "Mettre en avant le regard croisé entre partenaires | R3",
                "Co-construire des outils de suivi entre les partenaires | S2",
                "Aborder l’évaluation comme une opportunité | S3",
                "S'assurer d'une maîtrise d'oeuvre du projet pleinement portée par des acteurs locaux | P2",
                "Privilégier les démarches ascendantes | T5",
                "Think in terms of shared stakes | R1",
                "Faire du projet en coopération un lieu d'innovations sociales pour l'ensemble des partenaires | R0",
            })
    void matchesWordingsAsPrinted(String wording, String code) {
        assertThat(RecommendationCatalogue.match(wording))
                .map(Recommendation::getCode)
                .contains(code);
    }

    @Test
    void matchesWordingsSplitOverLines() {
        assertThat(RecommendationCatalogue.match("CO-CONSTRUIRE LES OUTILS DE SUIVI\nENTRE PARTENAIRES"))
                .contains(Recommendation.CO_CONSTRUCTED_MONITORING_TOOLS);
        assertThat(RecommendationCatalogue.match("Travailler sur les mentalités pour entrer dans\n"
                        + "une logique d'échanges et d'apprentissages ;"))
                .contains(Recommendation.FROM_AID_TO_EXCHANGE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Construire un pont",
                "",
                "   ",
                "« »",
                "Penser",
                "Mettre en place",
                "Impliquer",
                "le projet",
                "Jeunesse",
                "ODD 4 : Éducation de qualité",
                "Diagnostic et formalisation",
                "Favoriser l'accès à l'eau potable dans les zones rurales",
            })
    void doesNotMatchUnrelatedOrTooVagueText(String wording) {
        assertThat(RecommendationCatalogue.match(wording)).isEmpty();
        assertThat(RecommendationCatalogue.matchAll(wording)).isEmpty();
    }

    @Test
    void looksUpByCode() {
        assertThat(RecommendationCatalogue.byCode("R1")).contains(Recommendation.SHARED_STAKES);
        assertThat(Recommendation.byCode("D1")).contains(Recommendation.PARTICIPATORY_DIAGNOSIS);
        assertThat(Recommendation.fromCode("S5")).isEqualTo(Recommendation.USEFUL_INDICATORS);
        assertThat(RecommendationCatalogue.byCode("r1")).isEmpty();
        assertThat(Recommendation.byCode("X9")).isEmpty();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Recommendation.fromCode("R6"))
                .withMessage("Unknown recommendation code 'R6':"
                        + " expected one of D1 to D4, P1 to P9, T1 to T5, R0 to R5, S1 to S5");
        assertThatIllegalArgumentException().isThrownBy(() -> Recommendation.fromCode(""));
    }

    @Test
    void codesStartWithTheLetterOfTheirHomeFamily() {
        Map<RecommendationFamily, String> letters = Map.of(
                RecommendationFamily.DIAGNOSIS_AND_FORMALISATION, "D",
                RecommendationFamily.PARTNERSHIP_AND_PARTICIPATION, "P",
                RecommendationFamily.TIMING, "T",
                RecommendationFamily.SHARED_STAKES_AND_RECIPROCITY, "R",
                RecommendationFamily.MONITORING_EVALUATION_AND_REPORTING, "S");
        for (Recommendation recommendation : Recommendation.values()) {
            assertThat(recommendation.getCode()).startsWith(letters.get(recommendation.getHomeFamily()));
        }
    }

    @Test
    void hasDistinctLabelsInBothLanguagesAndAtLeastOneVariant() {
        List<Recommendation> all = RecommendationCatalogue.all();
        assertThat(all).extracting(r -> r.getLabel(Locale.FRENCH)).doesNotHaveDuplicates();
        assertThat(all).extracting(r -> r.getLabel(Locale.ENGLISH)).doesNotHaveDuplicates();
        assertThat(all).allSatisfy(r -> {
            assertThat(r.getVariants()).isNotEmpty();
            assertThat(r.getLabel(Locale.ENGLISH)).isNotEqualTo(r.getLabel(Locale.FRENCH));
            assertThat(r.getLabel(Locale.FRENCH)).doesNotEndWith(".");
        });
        assertThat(Recommendation.SHARED_STAKES.getLabel(Locale.FRANCE)).isEqualTo("Penser « enjeux partagés »");
        assertThat(Recommendation.SHARED_STAKES.getLabel(Locale.UK)).isEqualTo("Think in terms of shared stakes");
    }

    @Test
    void familiesListTheirRecommendations() {
        assertThat(RecommendationFamily.EMERGENCE_AND_PURPOSE.getRecommendations())
                .isEmpty();
        assertThat(RecommendationFamily.DIAGNOSIS_AND_FORMALISATION.getRecommendations())
                .extracting(Recommendation::getCode)
                .containsExactly("D1", "D2", "D3", "D4");
        assertThat(RecommendationFamily.TIMING.getRecommendations())
                .extracting(Recommendation::getCode)
                .containsExactly("T1", "T2", "T3", "T4", "T5");
        List<Recommendation> concatenated = List.of(RecommendationFamily.values()).stream()
                .flatMap(family -> family.getRecommendations().stream())
                .collect(Collectors.toList());
        assertThat(concatenated).isEqualTo(RecommendationCatalogue.all());
    }
}
