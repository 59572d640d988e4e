package org.terrinclus.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrinclus.examples.PilotSheets;
import org.terrinclus.json.TerrinclusJson;
import org.terrinclus.project.ProjectRecord;

/** {@code convert}, {@code template}, and {@code validate} and {@code report} of spreadsheets. */
class SpreadsheetCommandsTest {

    @TempDir
    Path folder;

    private Path pilots() throws IOException {
        Path json = folder.resolve("pilots.json");
        try (InputStream in = PilotSheets.open("aude")) {
            Files.write(json, in.readAllBytes());
        }
        return json;
    }

    @Test
    void convertWritesAWorkbookThatConvertsBackToTheSameJson() throws IOException {
        Path json = pilots();
        Path xlsx = folder.resolve("aude.xlsx");
        CommandRun toXlsx = CommandRun.of(
                "convert", "--to", "xlsx", "--headings", "fr", "--output", xlsx.toString(), json.toString());
        assertThat(toXlsx.status).as(toXlsx.toString()).isZero();
        assertThat(toXlsx.err).contains("1 fiche(s) écrite(s)");

        CommandRun back = CommandRun.of("convert", "--to", "jsonl", xlsx.toString());
        assertThat(back.status).as(back.toString()).isZero();
        ProjectRecord record = TerrinclusJson.strict().read(back.out.strip()).orElseThrow();
        assertThat(record).isEqualTo(PilotSheets.byId("aude").orElseThrow());
    }

    @Test
    void convertWritesCsvFilesThatReadBack() throws IOException {
        Path zip = folder.resolve("aude.zip");
        assertThat(CommandRun.of("convert", "--to", "csv", "--output", zip.toString(), pilots().toString()).status)
                .isZero();
        CommandRun back = CommandRun.of("convert", "--to", "jsonl", zip.toString());
        assertThat(back.status).as(back.toString()).isZero();
        assertThat(TerrinclusJson.strict().read(back.out.strip()).getRecord())
                .contains(PilotSheets.byId("aude").orElseThrow());

        // One CSV table cannot hold the funding table: refused, and nothing is left behind.
        Path csv = folder.resolve("aude.csv");
        CommandRun one = CommandRun.of("convert", "--to", "csv", "--output", csv.toString(), pilots().toString());
        assertThat(one.status).isEqualTo(TerrinclusCommand.INVALID);
        assertThat(one.err).contains("writeCsvZip");
        assertThat(csv).doesNotExist();
    }

    @Test
    void validateNamesTheCellOfEachFindingInTextAndJson() throws IOException {
        Path xlsx = folder.resolve("aude.xlsx");
        CommandRun.of("convert", "--to", "xlsx", "--headings", "fr", "--output", xlsx.toString(), pilots().toString());

        // The Aude sheet prints a TOTAL that does not add up: the finding names the TOTAL's cell.
        CommandRun text = CommandRun.of("validate", xlsx.toString());
        assertThat(text.status).isEqualTo(TerrinclusCommand.INVALID);
        assertThat(text.out).contains("funding.total.mismatch  /funding/0/declaredTotal  [Financement!C2]");

        CommandRun json = CommandRun.of("validate", "--format", "json", xlsx.toString());
        JsonNode findings = new ObjectMapper().readTree(json.out).at("/results/0/findings");
        List<String> cells = new ArrayList<>();
        findings.forEach(f -> cells.add(f.path("rule").asText() + " "
                + f.at("/cell/ref").asText() + " " + f.at("/cell/sheet").asText() + " "
                + f.at("/cell/row").asInt() + " " + f.at("/cell/column").asText()));
        assertThat(cells).contains("funding.total.mismatch Financement!C2 Financement 2 C");
    }

    @Test
    void aFileThatIsNotAWorkbookIsAFindingNotAFailure() throws IOException {
        Path broken = folder.resolve("broken.xlsx");
        Files.write(broken, "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1));
        CommandRun run = CommandRun.of("validate", broken.toString());
        assertThat(run.status).as(run.toString()).isEqualTo(TerrinclusCommand.INVALID);
        assertThat(run.out).contains("sheet.unreadable");
        assertThat(run.err).doesNotContain("Exception");
    }

    @Test
    void reportReadsSpreadsheets() throws IOException {
        Path xlsx = folder.resolve("aude.xlsx");
        CommandRun.of("convert", "--to", "xlsx", "--output", xlsx.toString(), pilots().toString());
        CommandRun report = CommandRun.of("report", "--lang", "en", xlsx.toString());
        assertThat(report.status).as(report.toString()).isZero();
        assertThat(report.out).contains("1 record");
    }

    @Test
    void validateAndConvertReadAPortfolioWithAMapping() throws IOException {
        Path mapping = folder.resolve("appel.json");
        Path csv = folder.resolve("appel-a-projets.csv");
        try (InputStream in = getClass()
                        .getResourceAsStream(
                                "/org/terrinclus/examples/mappings/appel-a-projets-cooperation-decentralisee.json");
                InputStream table =
                        getClass().getResourceAsStream("/org/terrinclus/examples/mappings/appel-a-projets.csv")) {
            Files.write(mapping, in.readAllBytes());
            Files.write(csv, table.readAllBytes());
        }
        CommandRun validate =
                CommandRun.of("validate", "--profile", "draft", "--mapping", mapping.toString(), csv.toString());
        // The third row's total, "1.234", is ambiguous: an error at its cell.
        assertThat(validate.status).as(validate.toString()).isEqualTo(TerrinclusCommand.INVALID);
        assertThat(validate.out)
                .contains("sheet.ambiguous-number  /funding/0/declaredTotal/amount  ['appel-a-projets'!H4]");

        CommandRun usage = CommandRun.of(
                "validate", "--mapping", folder.resolve("none.json").toString(), csv.toString());
        assertThat(usage.status).isEqualTo(TerrinclusCommand.USAGE);
        assertThat(usage.err).contains("mapping file not found");
    }

    @Test
    void templateWritesAWorkbookInEitherLanguage() throws IOException {
        Path fr = folder.resolve("modele.xlsx");
        CommandRun run = CommandRun.of("template", "--to", "xlsx", "--output", fr.toString());
        assertThat(run.status).as(run.toString()).isZero();
        assertThat(Files.size(fr)).isPositive();
        Path en = folder.resolve("template.xlsx");
        assertThat(CommandRun.of("template", "--lang", "en", "-o", en.toString()).status)
                .isZero();
        // An empty template reads as no record and no finding.
        CommandRun validate = CommandRun.of("validate", en.toString());
        assertThat(validate.status).as(validate.toString()).isZero();
        assertThat(CommandRun.of("template", "--to", "pdf").status).isEqualTo(TerrinclusCommand.USAGE);
    }
}
