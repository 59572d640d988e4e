package org.terrinclus.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrinclus.examples.PilotSheets;
import org.terrinclus.iati.testing.IatiSchema;
import org.terrinclus.json.ReadResult;
import org.terrinclus.json.TerrinclusJson;
import org.terrinclus.project.ProjectRecord;

class ConvertCommandTest {

    private static final String[] IATI_OPTIONS = {
        "--reporting-org", "FR-RCS-221100015,11,Département de l'Aude",
        "--identifier-prefix", "FR-RCS-221100015",
        "--activity-status", "2",
        "--planned-start", "2017-01-01",
        "--value-date", "2017-03-31"
    };

    @TempDir
    Path dir;

    private static String[] args(String[] first, String... rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }

    @Test
    void theBundleRoundTripsThroughIatiAndJsonLines() throws Exception {
        Path xml = dir.resolve("bundle.xml");
        Path jsonl = dir.resolve("bundle.jsonl");

        CommandRun toIati =
                CommandRun.of(args(new String[] {"convert", "--to", "iati", "--output", xml.toString()}, IATI_OPTIONS));
        // Two sheets name several partner countries: IATI wants percentages the records do not hold,
        // and says so before publishing; the file is written all the same.
        assertThat(toIati.status).as("%s", toIati).isEqualTo(TerrinclusCommand.INVALID);
        assertThat(toIati.err)
                .contains("12 fiche(s) écrite(s) ; 2 erreur(s)")
                .contains("bundled/10-cfsi.json#0 (cfsi): erreur iati.publication.recipient-country.percentage")
                .contains("bundled/11-f3e.json#0 (f3e): erreur iati.publication.recipient-country.percentage");
        assertThat(IatiSchema.errors(Files.readAllBytes(xml))).isEmpty();

        CommandRun toJsonl = CommandRun.of("convert", "--to", "jsonl", "-o", jsonl.toString(), xml.toString());
        assertThat(toJsonl.status).as("%s", toJsonl).isZero();

        List<ProjectRecord> back = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            ReadResult read = TerrinclusJson.strict().read(line);
            back.add(read.getRecord().orElseThrow());
        }
        assertThat(back).containsExactlyElementsOf(PilotSheets.all());
    }

    @Test
    void withoutOutputItWritesToStandardOutput() {
        CommandRun run = CommandRun.of("convert", "--to", "json", "-o", "-");
        assertThat(run.status).as("%s", run).isZero();
        ReadResult first = TerrinclusJson.strict()
                .readAll(
                        new java.io.ByteArrayInputStream(run.out.getBytes(StandardCharsets.UTF_8)),
                        org.terrinclus.json.BulkFormat.JSON)
                .next();
        assertThat(first.getRecord()).contains(PilotSheets.all().get(0));
    }

    @Test
    void whatIatiRequiresAndNothingGivesIsAnErrorNamedOnTheErrorStream() {
        CommandRun run = CommandRun.of("convert", "--to", "iati", "--lang", "en");
        assertThat(run.status).isEqualTo(TerrinclusCommand.INVALID);
        assertThat(run.out).startsWith("<?xml").contains("<iati-activities");
        assertThat(run.err)
                .contains("bundled/01-aude.json#0 (aude): error iati.export.missing")
                .contains("reporting organisation");
    }

    @Test
    void validateReadsIatiFilesDirectly() throws Exception {
        Path xml = dir.resolve("activities.xml");
        Files.writeString(
                xml,
                "<iati-activities version=\"2.03\"><iati-activity default-currency=\"EUR\">"
                        + "<iati-identifier>XM-DAC-7-1</iati-identifier><title><narrative>T</narrative></title>"
                        + "<budget><value value-date=\"2020-01-01\">100</value></budget>"
                        + "</iati-activity></iati-activities>");
        CommandRun run = CommandRun.of("validate", "--lang", "en", "--profile", "draft", xml.toString());
        assertThat(run.out)
                .contains("XM-DAC-7-1")
                .contains("iati.amount.unmapped")
                .contains("100 EUR");
        assertThat(run.status).isZero();

        Path broken = dir.resolve("broken.xml");
        Files.writeString(broken, "<iati-activities version=\"2.03\"><iati-activity>");
        CommandRun bad = CommandRun.of("validate", "--lang", "en", broken.toString());
        assertThat(bad.status).isEqualTo(TerrinclusCommand.INVALID);
        assertThat(bad.out).contains("iati.xml.syntax");
    }

    @Test
    void theIatiProfileAddsTheIatiValidatorsChecks() {
        CommandRun run =
                CommandRun.of(args(new String[] {"validate", "--profile", "iati", "--lang", "en"}, IATI_OPTIONS));
        assertThat(run.status).isEqualTo(TerrinclusCommand.INVALID);
        assertThat(run.out)
                .contains("iati.publication.recipient-country.percentage")
                .doesNotContain("iati.publication.reporting-org");

        CommandRun bare = CommandRun.of("validate", "--profile", "iati", "--lang", "en");
        assertThat(bare.out).contains("iati.publication.reporting-org.missing");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CommandRun run = CommandRun.of("convert", "--to", "pdf");
        assertThat(run.status).isEqualTo(TerrinclusCommand.USAGE);
        assertThat(run.err).contains("json, jsonl, iati");
    }

    @Test
    void aFileOfAnotherExtensionIsReadByItsContent() throws Exception {
        Path xml = dir.resolve("export.txt");
        CommandRun toIati =
                CommandRun.of(args(new String[] {"convert", "--to", "iati", "-o", xml.toString()}, IATI_OPTIONS));
        assertThat(toIati.status).isEqualTo(TerrinclusCommand.INVALID); // as in the round trip above
        CommandRun back = CommandRun.of("convert", "--to", "jsonl", xml.toString());
        assertThat(back.status).as("%s", back).isZero();
        assertThat(back.out.lines()).hasSize(12);
    }
}
