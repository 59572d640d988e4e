package org.terrinclus.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrinclus.examples.PilotSheets;

class RenderCommandTest {

    @TempDir
    Path folder;

    private Path sheet(String id) throws Exception {
        Path file = folder.resolve(id + ".json");
        try (var in = PilotSheets.open(id)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @Test
    void oneRecordGoesToStandardOutputAsHtml() throws Exception {
        CommandRun run = CommandRun.of("render", sheet("aude").toString());
        assertThat(run.status).as(run.toString()).isZero();
        assertThat(run.out).startsWith("<!DOCTYPE html>").contains("<html lang=\"fr\">", "67\u202F159\u00A0€");
        assertThat(run.out).doesNotContain("funding.total.mismatch");
        assertThat(run.err).isEmpty();
    }

    @Test
    void withFindingsTheWrongTotalIsMarkedInEnglish() throws Exception {
        Path out = folder.resolve("aude.html");
        CommandRun run = CommandRun.of(
                "render",
                "--lang",
                "en",
                "--with-findings",
                "--output",
                out.toString(),
                sheet("aude").toString());
        assertThat(run.status).as(run.toString()).isZero();
        String html = Files.readString(out);
        assertThat(html).contains("<html lang=\"en\">", "funding.total.mismatch", "class=\"total flagged\"", "€67,159");
    }

    @Test
    void theBundledSheetsGoToAFolderAsPdf() throws Exception {
        Path out = folder.resolve("pdf");
        CommandRun run = CommandRun.of("render", "--format", "pdf", "--with-findings", "--output", out.toString());
        assertThat(run.status).as(run.toString()).isZero();
        List<Path> files;
        try (Stream<Path> listed = Files.list(out)) {
            files = listed.sorted().toList();
        }
        assertThat(files).hasSize(12);
        assertThat(out.resolve("aude.pdf")).exists();
        try (PDDocument pdf = Loader.loadPDF(out.resolve("aude.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("TOTAL", "funding.total.mismatch");
        }
        assertThat(run.err).contains("12");
    }

    @Test
    void severalRecordsWithoutAFolderAreAUsageError() throws Exception {
        CommandRun run =
                CommandRun.of("render", sheet("aude").toString(), sheet("cfsi").toString());
        assertThat(run.status).as(run.toString()).isEqualTo(TerrinclusCommand.USAGE);
        assertThat(run.err).contains("several records", "--output");
        assertThat(run.out).isEmpty();
    }

    @Test
    void aFileThatIsNotJsonGivesItsFindingAndStatusOne() throws Exception {
        Path bad = folder.resolve("bad.json");
        Files.writeString(bad, "{ not json");
        CommandRun run = CommandRun.of("render", bad.toString());
        assertThat(run.status).as(run.toString()).isEqualTo(TerrinclusCommand.INVALID);
        assertThat(run.err).contains("bad.json", "json.");
        assertThat(run.out).isEmpty();
    }

    @Test
    void aPdfOnStandardOutputIsAPdf() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = TerrinclusCommand.run(
                new String[] {"render", "--format", "pdf", sheet("cfsi").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(new String(out.toByteArray(), 0, 5, StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(pdf.getNumberOfPages()).isPositive();
        }
    }

    @Test
    void theReportAsHtml() throws Exception {
        Path out = folder.resolve("report.html");
        CommandRun run = CommandRun.of("report", "--format", "html", "--output", out.toString());
        assertThat(run.status).as(run.toString()).isZero();
        String html = Files.readString(out);
        assertThat(html)
                .contains(
                        "<svg",
                        "id=\"count-records\">12<",
                        "funding.total.mismatch",
                        "docs/rules.md#fundingtotalmismatch");
        CommandRun text = CommandRun.of("report", "--lang", "en");
        assertThat(text.out).startsWith("Report on 12 records");
    }

    @Test
    void anOutputInAFolderThatDoesNotExistIsAUsageError() throws Exception {
        Path nowhere = folder.resolve("no/such/folder/aude.html");
        CommandRun run = CommandRun.of(
                "render", "--output", nowhere.toString(), sheet("aude").toString());
        assertThat(run.status).as(run.toString()).isEqualTo(TerrinclusCommand.USAGE);
        assertThat(run.err).contains("folder not found");
        CommandRun report = CommandRun.of("report", "--format", "html", "--output", folder.toString());
        assertThat(report.status).as(report.toString()).isEqualTo(TerrinclusCommand.USAGE);
        assertThat(report.err).contains("is a folder");
    }

    @Test
    void unknownFormatIsAUsageError() {
        CommandRun run = CommandRun.of("render", "--format", "docx");
        assertThat(run.status).isEqualTo(TerrinclusCommand.USAGE);
        assertThat(run.err).contains("expected one of html, pdf");
        CommandRun report = CommandRun.of("report", "--format", "json");
        assertThat(report.status).isEqualTo(TerrinclusCommand.USAGE);
    }
}
