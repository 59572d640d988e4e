package org.terrinclus.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.terrinclus.country.Country;
import org.terrinclus.organisation.Organisation;
import org.terrinclus.organisation.OrganisationKind;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.testing.RecordGenerator;
import org.terrinclus.validation.Finding;
import org.terrinclus.validation.Profile;
import org.terrinclus.validation.RecordValidator;

/**
 * Text as a person sees it: characters that show nothing make no text present and no name
 * different, and a name that reads as nothing is no one's duplicate. Over hundreds of seeds; a
 * failure names its seed.
 */
class TextsPropertyTest {

    /** Characters that show nothing: spaces of every width, formatting characters, fillers. */
    private static final int[] INVISIBLE = {
        ' ', '\t', '\n', 0x00A0, 0x1680, 0x2000, 0x2003, 0x2007, 0x200A, 0x2028, 0x202F, 0x205F, 0x3000, 0x200B, 0x200C,
        0x200D, 0x2060, 0xFEFF, 0x00AD, 0x180E, 0x3164, 0x2800, 0x115F
    };

    /** Characters that sit inside a word without showing: a name with them reads the same. */
    private static final int[] INSIDE_A_WORD = {0x200B, 0x200C, 0x200D, 0x2060, 0x00AD, 0xFEFF};

    private static final RecordValidator VALIDATOR = RecordValidator.create();

    static List<Long> seeds() {
        return RecordGenerator.seeds(300);
    }

    private static String invisible(Random random, int min) {
        StringBuilder b = new StringBuilder();
        for (int i = min + random.nextInt(6); i > 0; i--) {
            b.appendCodePoint(INVISIBLE[random.nextInt(INVISIBLE.length)]);
        }
        return b.toString();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void namesNormaliseAsByDecomposition(long seed) {
        // The per-character table of Latin scripts must give what the full decomposition gives,
        // for names mixing Latin letters, separators, invisible characters and other scripts.
        Random random = new Random(seed);
        StringBuilder name = new StringBuilder();
        for (int i = random.nextInt(40); i > 0; i--) {
            int pick = random.nextInt(10);
            if (pick < 6) {
                name.append((char) random.nextInt(0x250));
            } else if (pick < 8) {
                name.appendCodePoint(INVISIBLE[random.nextInt(INVISIBLE.length)]);
            } else if (pick < 9) {
                name.append("ﬁ½İßŒǅ".charAt(random.nextInt(6)));
            } else {
                name.appendCodePoint(0x250 + random.nextInt(0x2000));
            }
        }
        String text = name.toString();
        assertThat(Names.normalize(text))
                .as("seed %d: %s", seed, codes(text))
                .isEqualTo(Names.normalizeByDecomposition(text));
    }

    @org.junit.jupiter.api.Test
    void everyCharacterNormalisesAsByDecomposition() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String text = "x" + c + "y" + c;
            assertThat(Names.normalize(text)).as("U+%04X", (int) c).isEqualTo(Names.normalizeByDecomposition(text));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void invisibleTextIsBlankAndVisibleTextIsNot(long seed) {
        Random random = new Random(seed);
        String blank = invisible(random, 1);
        assertThat(Texts.isBlank(blank)).as("seed %d: %s", seed, codes(blank)).isTrue();
        String visible = blank + (char) ('a' + random.nextInt(26)) + invisible(random, 0);
        assertThat(Texts.isBlank(visible)).as("seed %d", seed).isFalse();

        ProjectRecord record = ProjectRecord.builder()
                .from(new RecordGenerator(seed).next())
                .title(blank)
                .build();
        List<String> rules = VALIDATOR.validate(record, Profile.PUBLICATION).getFindings().stream()
                .map(Finding::getRule)
                .collect(Collectors.toList());
        assertThat(rules).as("seed %d", seed).contains("title.missing");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void invisibleCharactersInsideANameHideNoDuplicate(long seed) {
        Random random = new Random(seed);
        StringBuilder name = new StringBuilder();
        StringBuilder hidden = new StringBuilder();
        for (int i = 3 + random.nextInt(12); i > 0; i--) {
            char c = random.nextInt(6) == 0 ? ' ' : (char) ('a' + random.nextInt(26));
            name.append(c);
            hidden.append(c);
            if (random.nextInt(3) == 0) {
                hidden.appendCodePoint(INSIDE_A_WORD[random.nextInt(INSIDE_A_WORD.length)]);
            }
        }
        assertThat(Names.normalize(hidden.toString()))
                .as("seed %d: %s", seed, codes(hidden.toString()))
                .isEqualTo(Names.normalize(name.toString()));
        Organisation a = organisation(name.toString());
        Organisation b = organisation(hidden.toString());
        boolean readable = name.chars().anyMatch(Character::isLetterOrDigit);
        assertThat(Names.same(a, b)).as("seed %d", seed).isEqualTo(readable);
        // Normalising is idempotent.
        String once = Names.normalize(hidden.toString());
        assertThat(Names.normalize(once)).isEqualTo(once);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void namesThatReadAsNothingAreNoOnesDuplicate(long seed) {
        Random random = new Random(seed);
        String punctuation = "-—–.…,;:!?'\"«»()[]/\\*#&@$%_~|";
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 1 + random.nextInt(5); i > 0; i--) {
            a.append(punctuation.charAt(random.nextInt(punctuation.length())));
            b.append(punctuation.charAt(random.nextInt(punctuation.length())));
        }
        a.append(invisible(random, 0));
        assertThat(Names.same(organisation(a.toString()), organisation(b.toString())))
                .as("seed %d: '%s' '%s'", seed, a, b)
                .isFalse();
    }

    private static Organisation organisation(String name) {
        return Organisation.builder()
                .name(name)
                .kind(OrganisationKind.ASSOCIATION)
                .country(Country.of("FR"))
                .build();
    }

    private static String codes(String text) {
        return text.codePoints().mapToObj(c -> String.format("U+%04X", c)).collect(Collectors.joining(" "));
    }
}
