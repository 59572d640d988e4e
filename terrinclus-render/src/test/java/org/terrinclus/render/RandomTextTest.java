package org.terrinclus.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.terrinclus.funding.Contribution;
import org.terrinclus.funding.FundingPlan;
import org.terrinclus.funding.Money;
import org.terrinclus.organisation.Organisation;
import org.terrinclus.organisation.OrganisationKind;
import org.terrinclus.project.FocusSection;
import org.terrinclus.project.Narrative;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.project.Resource;
import org.terrinclus.testing.RecordGenerator;
import org.terrinclus.validation.Profile;
import org.terrinclus.validation.RecordValidator;
import org.w3c.dom.Document;

/**
 * Seeded random text from an alphabet of markup, quotes, entities, control characters, lone
 * surrogates and emoji, in the fields of a record: every page stays well-formed, shows the text
 * (control characters and lone surrogates as U+FFFD), and its PDF is made.
 */
class RandomTextTest {

    private static final String[] PIECES = {
        "<",
        ">",
        "&",
        "\"",
        "'",
        "/",
        "=",
        "<script>",
        "</style>",
        "<!--",
        "]]>",
        "&amp;",
        "&#0;",
        "javascript:",
        "\u0000",
        "\u0001",
        "\u001F",
        "\u007F",
        // Surrogates only in pairs: the model refuses a lone one at construction.
        "\uD800\uDFFF",
        "\uFFFE",
        "\uFFFF",
        "é",
        "€",
        "\u202F",
        "😀",
        "\t",
        "\n",
        " ",
        "a",
        "Z",
        "9",
        "{",
        "}",
        "$",
        "\\",
        "url(",
        "expression(",
        "@import"
    };

    static List<Long> seeds() {
        return RecordGenerator.seeds(150);
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder("x");
        int pieces = 1 + random.nextInt(12);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    /** What the page must show for a text: itself, with what XML cannot hold as U+FFFD. */
    private static String shown(String text) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                shown.append(c).append(text.charAt(++i));
            } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                    || Character.isSurrogate(c)
                    || c == 0xFFFE
                    || c == 0xFFFF) {
                shown.append('\uFFFD');
            } else {
                shown.append(c);
            }
        }
        return shown.toString();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomTextStaysText(long seed) throws Exception {
        Random random = new Random(seed);
        ProjectRecord base = new RecordGenerator(seed).next();
        String title = text(random);
        String summary = text(random);
        String funder = text(random);
        String focus = text(random);
        String resource = text(random);
        Organisation organisation = Organisation.of(funder, OrganisationKind.FOUNDATION);
        ProjectRecord record = ProjectRecord.builder()
                .from(base)
                .title(title)
                .summary(summary)
                .funding(List.of(FundingPlan.builder()
                        .label(text(random))
                        .addContributions(Contribution.of(organisation, Money.eur(10)))
                        .build()))
                .narrative(Narrative.builder()
                        .addFocusSections(FocusSection.of(focus, text(random)))
                        .build())
                .resources(List.of(Resource.of(resource, text(random))))
                .build();
        String html = SheetRenderer.create()
                .html(record, Locale.FRENCH, RecordValidator.create().validate(record, Profile.PUBLICATION));
        Document page = Xhtml.parse(html);
        assertThat(page.getElementsByTagName("script").getLength())
                .as("seed %d", seed)
                .isZero();
        assertThat(page.getElementsByTagName("style").getLength())
                .as("seed %d", seed)
                .isEqualTo(2);
        String content = page.getDocumentElement().getTextContent();
        for (String text : List.of(title, summary, funder, focus, resource)) {
            assertThat(content).as("seed %d", seed).contains(shown(text));
        }
        String report = PortfolioReport.create()
                .add(record, RecordValidator.create().validate(record, Profile.PUBLICATION))
                .html(Locale.ENGLISH);
        assertThat(Xhtml.parse(report).getElementsByTagName("script").getLength())
                .isZero();
        if (seed % 10 == 0) {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            SheetRenderer.create().writePdf(record, Locale.ENGLISH, null, pdf);
            assertThat(pdf.size()).as("seed %d", seed).isPositive();
        }
    }
}
