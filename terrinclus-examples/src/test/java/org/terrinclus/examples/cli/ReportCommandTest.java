package org.terrinclus.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrinclus.examples.PilotSheets;
import org.terrinclus.funding.ContributionKind;
import org.terrinclus.json.TerrinclusJson;
import org.terrinclus.sdg.SdgGoal;
import org.terrinclus.testing.RecordGenerator;
import org.terrinclus.thematic.Thematic;

/** {@code terrinclus report}: tables across the bundled sheets, or any records. */
class ReportCommandTest {

    @TempDir
    Path folder;

    @Test
    void theBundledSheets() {
        CommandRun run = CommandRun.of("report");

        assertThat(run.status).as("%s", run).isZero();
        assertThat(run.out)
                .startsWith("Rapport sur 12 fiches")
                .contains("Fiches par ODD", "Fiches par thématique", "Familles de préconisations")
                .contains("Financement par type de financeur", "Totaux déclarés et sommes des lignes");
        // One row per SDG cited: number, short name, number of records.
        for (SdgGoal goal : SdgGoal.values()) {
            long records = PilotSheets.all().stream()
                    .filter(r -> r.getSdgGoals().contains(goal))
                    .count();
            if (records > 0) {
                assertThat(run.out)
                        .containsPattern("(?m)^ *" + goal.getNumber() + "  "
                                + java.util.regex.Pattern.quote(goal.getShortName(Locale.FRENCH)) + " +" + records
                                + "$");
            }
        }
        long youth = PilotSheets.all().stream()
                .filter(r -> r.getThematics().contains(Thematic.YOUTH))
                .count();
        assertThat(run.out).containsPattern("(?m)^Jeunesse +" + youth + "$");
        // The Solidarité Laïque sheet has 717 924 EUR still to be raised.
        assertThat(run.out).containsPattern("(?m)^Montants à mobiliser +1 +717 924$");
        long notEvaluable = PilotSheets.all().stream()
                .flatMap(r -> r.getFunding().stream())
                .flatMap(f -> f.getContributions().stream())
                .filter(c -> c.getKind() == ContributionKind.NOT_EVALUABLE)
                .count();
        assertThat(run.out).contains("Contributions non évaluables (en nature, sans montant) : " + notEvaluable);
        // The two TOTALs of the guide that do not add up (SHEETS.md).
        assertThat(run.out)
                .contains("TOTAL qui ne tombent pas juste :")
                .contains("aude /funding/0 : déclaré 67 159 EUR, somme des lignes 66 159")
                .contains("loire-atlantique /funding/0 : déclaré 244 540 EUR, somme des lignes 244 140");
        assertThat(run.out).containsPattern("(?m)^Total +\\d+ +\\d+ +[0-9 ,]+$");
    }

    @Test
    void inEnglish() {
        CommandRun run = CommandRun.of("report", "--lang", "en");

        assertThat(run.status).isZero();
        assertThat(run.out)
                .startsWith("Report on 12 records")
                .contains("Records per SDG")
                .containsPattern("(?m)^ *4  Quality education +\\d+$")
                .containsPattern("(?m)^Still to be raised +1 +717,924$")
                .contains("aude /funding/0: declared 67,159 EUR, sum of the rows 66,159");
    }

    @Test
    void unreadableRecordsAreCountedAndExitWithOne() throws IOException {
        TerrinclusJson json = TerrinclusJson.strict();
        Files.writeString(
                folder.resolve("records.jsonl"),
                json.writeString(new RecordGenerator(1).next()) + "\n{oops\n"
                        + json.writeString(new RecordGenerator(2).next()) + "\n");

        CommandRun run = CommandRun.of("report", folder.toString());

        assertThat(run.status).as("%s", run).isEqualTo(1);
        assertThat(run.out).startsWith("Rapport sur 2 fiches (1 illisibles, laissées de côté)");
    }
}
