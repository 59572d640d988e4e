package org.terrinclus.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WordingsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Éducation de qualité | education de qualite",
                "DIAGNOSTIC ET FORMALISATION | diagnostic et formalisation",
                "Penser « enjeux partagés » | penser enjeux partages",
                "Penser \"enjeux partagés\" | penser enjeux partages",
                "Penser “enjeux partagés” | penser enjeux partages",
                "logique d'aide | logique d aide",
                "logique d’aide | logique d aide",
                "Bonne santé et bien-être | bonne sante et bien etre",
                "ODD 4 : Education | odd 4 education",
                "Suivi, évaluation et restitution. | suivi evaluation et restitution",
                "maîtrise d'œuvre | maitrise d oeuvre",
                "CÔTE D'IVOIRE | cote d ivoire",
                "Haïti | haiti",
            })
    void normalizesCaseAccentsQuotesAndPunctuation(String text, String expected) {
        assertThat(Wordings.normalize(text)).isEqualTo(expected);
    }

    @Test
    void collapsesLineBreaksAndAllKindsOfSpaces() {
        assertThat(Wordings.normalize("  PARTICIPATION\nCITOYENNE  ")).isEqualTo("participation citoyenne");
        assertThat(Wordings.normalize("a\r\n\tb")).isEqualTo("a b");
        // No-break and narrow no-break spaces, as French typography puts before ":" and inside « ».
        assertThat(Wordings.normalize("ODD\u00a04\u202f: x")).isEqualTo("odd 4 x");
        // A soft hyphen is invisible in print and must not split a word.
        assertThat(Wordings.normalize("parte\u00adnaires")).isEqualTo("partenaires");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "« »", "...", "\n\n"})
    void normalizesNothingToEmpty(String text) {
        assertThat(Wordings.normalize(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Éducation de qualité", "Penser « enjeux partagés »", "d’aide  -- x", "Ⅻ ﬁ ½"})
    void isIdempotent(String text) {
        String once = Wordings.normalize(text);
        assertThat(Wordings.normalize(once)).isEqualTo(once);
    }

    @Test
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> Wordings.normalize(null));
    }

    @Test
    void splitsWords() {
        assertThat(Wordings.words("penser le projet sur le temps long"))
                .containsExactly("penser", "le", "projet", "sur", "temps", "long");
        assertThat(Wordings.words("")).isEmpty();
    }

    @Test
    void choosesFrenchForAnyFrenchSpeakingLocale() {
        assertThat(Wordings.choose(Locale.FRANCE, "fr", "en")).isEqualTo("fr");
        assertThat(Wordings.choose(Locale.CANADA_FRENCH, "fr", "en")).isEqualTo("fr");
        assertThat(Wordings.choose(new Locale("fr", "SN"), "fr", "en")).isEqualTo("fr");
        assertThat(Wordings.choose(Locale.ENGLISH, "fr", "en")).isEqualTo("en");
        assertThat(Wordings.choose(Locale.GERMANY, "fr", "en")).isEqualTo("en");
        assertThat(Wordings.choose(Locale.ROOT, "fr", "en")).isEqualTo("en");
    }

    @Test
    void indexMatchesExactlyThenByContainmentThenByOverlap() {
        WordingIndex<String> index = WordingIndex.<String>builder()
                .add("long", "Penser le projet sur le temps long")
                .add("regard", "Mettre en avant le regard croisé")
                .add("outils", "Co-construire les outils de suivi entre partenaires")
                .build();

        assertThat(index.match("PENSER LE PROJET SUR LE TEMPS LONG")).contains("long");
        assertThat(index.matchExact("penser le projet sur le temps")).isEmpty();
        // Contained in a known wording, with enough words.
        assertThat(index.match("penser le projet sur le temps")).contains("long");
        // Contains a known wording.
        assertThat(index.match("Mettre en avant le regard croisé entre partenaires"))
                .contains("regard");
        // Overlap: 8 words in common out of 9.
        assertThat(index.match("Co-construire des outils de suivi entre les partenaires"))
                .contains("outils");
        // Too short to be told apart from a generic phrase.
        assertThat(index.match("Mettre en")).isEmpty();
        assertThat(index.match("le")).isEmpty();
        assertThat(index.match("Construire un pont")).isEmpty();
        assertThat(index.match("")).isEmpty();
    }

    @Test
    void indexKeepsEveryValueOfASharedWordingInOrder() {
        WordingIndex<String> index = WordingIndex.<String>builder()
                .add("first", "une formule partagée")
                .add("second", "Une formule partagée", "autre chose")
                .build();

        assertThat(index.matchAll("une formule partagee")).containsExactly("first", "second");
        assertThat(index.match("une formule partagee")).contains("first");
        assertThat(index.matchAll("rien")).isEqualTo(List.of());
    }

    @Test
    void indexRefusesAnAmbiguousContainment() {
        WordingIndex<String> index = WordingIndex.<String>builder()
                .add("a", "aborder l évaluation comme une opportunité")
                .add("b", "aborder l évaluation comme une contrainte")
                .build();

        assertThat(index.match("aborder l évaluation comme une")).isEmpty();
    }
}
