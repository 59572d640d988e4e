package org.terrinclus.examples.hosts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrinclus.examples.PilotSheets;
import org.terrinclus.json.BulkReader;
import org.terrinclus.json.FindingsJson;
import org.terrinclus.json.ReadResult;
import org.terrinclus.json.TerrinclusJson;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.validation.Finding;
import org.terrinclus.validation.Profile;
import org.terrinclus.validation.RecordValidator;
import org.terrinclus.validation.Severity;
import org.terrinclus.validation.ValidationReport;

/** Reading files by path, and findings and reports written as JSON by the library. */
class LibraryJsonTest {

    private final TerrinclusJson json = TerrinclusJson.strict();

    @Test
    void readsOneRecordAndManyRecordsFromAPath(@TempDir Path dir) throws Exception {
        ProjectRecord aude = PilotSheets.byId("aude").orElseThrow();
        Path one = Files.writeString(dir.resolve("aude.json"), json.writePrettyString(aude));
        Path lines = dir.resolve("all.jsonl");
        Path array = dir.resolve("all.json");
        try (var out = Files.newOutputStream(lines)) {
            json.writeAll(PilotSheets.all().iterator(), out, org.terrinclus.json.BulkFormat.JSON_LINES, false);
        }
        try (var out = Files.newOutputStream(array)) {
            json.writeAll(PilotSheets.all().iterator(), out, org.terrinclus.json.BulkFormat.JSON, true);
        }

        assertThat(json.read(one).getRecord()).contains(aude);
        assertThat(readAll(lines)).isEqualTo(PilotSheets.all());
        assertThat(readAll(array)).isEqualTo(PilotSheets.all());
        assertThatThrownBy(() -> json.read(dir.resolve("missing.json"))).isInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(() -> json.readAll(dir.resolve("missing.jsonl"))).isInstanceOf(UncheckedIOException.class);
    }

    private List<ProjectRecord> readAll(Path file) throws java.io.IOException {
        List<ProjectRecord> records = new ArrayList<>();
        try (BulkReader results = json.readAll(file)) {
            results.forEachRemaining(result -> records.add(result.orElseThrow()));
        }
        return records;
    }

    @Test
    void plainJavaReadsAFileValidatesItAndWritesTheFindings(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(
                dir.resolve("aude.json"),
                json.writePrettyString(PilotSheets.byId("aude").orElseThrow()));

        // tag::plain-java[]
        TerrinclusJson json = TerrinclusJson.strict();
        RecordValidator validator = RecordValidator.create();
        ReadResult read = json.read(file); // never throws on bad JSON: findings say what and where
        ValidationReport report = ValidationReport.of(read.getFindings());
        if (read.getRecord().isPresent()) {
            report = report.plus(validator.validate(read.getRecord().get(), Profile.PUBLICATION));
        }
        String findings = FindingsJson.write(report, Locale.FRENCH); // as `terrinclus validate --format json`
        // end::plain-java[]

        assertThat(findings)
                .startsWith("{\"valid\":false,")
                .contains("\"rule\":\"funding.total.mismatch\",\"severity\":\"error\","
                        + "\"path\":\"/funding/0/declaredTotal\",\"message\":\"Le total");
    }

    @Test
    void writesFindingsAndReportsAsJson() {
        Finding located = Finding.builder()
                .from(Finding.of("json.syntax", Severity.ERROR, "/title", "Titre « x ».", "Title \"x\"."))
                .line(3)
                .column(12)
                .build();
        Finding whole = Finding.of("summary.missing", Severity.WARNING, "", "Résumé absent.", "No summary.");

        assertThat(FindingsJson.write(located, Locale.ENGLISH))
                .isEqualTo("{\"rule\":\"json.syntax\",\"severity\":\"error\",\"path\":\"/title\","
                        + "\"message\":\"Title \\\"x\\\".\",\"line\":3,\"column\":12}");
        assertThat(FindingsJson.write(List.of(whole), Locale.FRENCH))
                .isEqualTo("[{\"rule\":\"summary.missing\",\"severity\":\"warning\",\"path\":\"\","
                        + "\"message\":\"Résumé absent.\"}]");
        assertThat(FindingsJson.write(ValidationReport.of(List.of(located, whole)), Locale.ENGLISH))
                .startsWith("{\"valid\":false,\"errors\":1,\"warnings\":1,\"infos\":0,\"findings\":[")
                .contains("\"rule\":\"summary.missing\"");
    }

    @Test
    void aReportOfASheetReadsBackAsItsFindings() throws Exception {
        ProjectRecord aude = PilotSheets.byId("aude").orElseThrow();
        ValidationReport report = RecordValidator.create().validate(aude, Profile.PUBLICATION);

        String text = FindingsJson.write(report, Locale.FRENCH);

        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        assertThat(tree.get("valid").asBoolean()).isEqualTo(report.isValid());
        assertThat(tree.get("findings")).hasSize(report.getFindings().size());
        for (int i = 0; i < report.getFindings().size(); i++) {
            Finding finding = report.getFindings().get(i);
            assertThat(tree.get("findings").get(i).get("rule").asText()).isEqualTo(finding.getRule());
            assertThat(tree.get("findings").get(i).get("message").asText()).isEqualTo(finding.getMessageFr());
        }
        ReadResult unused = json.read(text.getBytes(StandardCharsets.UTF_8));
        assertThat(unused.isRead()).as("a report is not a record").isFalse();
    }
}
