package org.terrinclus.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code terrinclus tour}: the newcomer's first run always exits with 0, and says what to do next. */
class TourCommandTest {

    @Test
    void tourInFrench() {
        CommandRun run = CommandRun.of("tour");

        assertThat(run.status).as("%s", run).isZero();
        assertThat(run.out)
                .startsWith("Terrinclus — visite guidée")
                .contains("douze fiches pilotes")
                .contains("bundled/01-aude.json [0] aude : NON VALIDE")
                .contains("En bref")
                .contains("- 12 fiches validées : ")
                .contains("funding.total.mismatch (aude, loire-atlantique)")
                .contains("terrinclus-examples/SHEETS.md")
                .contains("Et maintenant")
                .contains("./terrinclus validate <fichier.json|fichier.jsonl|dossier>")
                .contains("./terrinclus report")
                .contains("./terrinclus rules");
        assertThat(run.err).isEmpty();
    }

    @Test
    void tourInEnglish() {
        CommandRun run = CommandRun.of("tour", "--lang", "en");

        assertThat(run.status).isZero();
        assertThat(run.out)
                .startsWith("Terrinclus — a guided tour")
                .contains("- 12 records validated: ")
                .contains("What next")
                .contains("./terrinclus validate <file.json|file.jsonl|folder>")
                .doesNotContain("Et maintenant");
    }
}
