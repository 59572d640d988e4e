package org.terrinclus.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrinclus.json.BulkFormat;
import org.terrinclus.json.BulkReader;
import org.terrinclus.json.ReadResult;
import org.terrinclus.json.TerrinclusJson;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.validation.Finding;
import org.terrinclus.validation.Profile;
import org.terrinclus.validation.RecordValidator;
import org.terrinclus.validation.ValidationReport;

/** Example (c): stream a JSON Lines file of many records, and count the valid and invalid ones. */
class ReadJsonLinesExampleTest {

    private static final int RECORDS = 2_000;

    @TempDir
    Path folder;

    /** 2 000 good records, one line in the middle that is not JSON, one whose type is wrong. */
    private Path writeFile() throws IOException {
        ProjectRecord template = BuildRecordExampleTest.record();
        TerrinclusJson json = TerrinclusJson.strict();
        Path file = folder.resolve("records.jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            json.writeAll(
                    IntStream.range(0, RECORDS / 2)
                            .mapToObj(i -> ProjectRecord.builder()
                                    .from(template)
                                    .id("record-" + i)
                                    .build())
                            .iterator(),
                    out,
                    BulkFormat.JSON_LINES,
                    false);
            out.write("{ this line is not JSON\n".getBytes(StandardCharsets.UTF_8));
            out.write("{\"formatVersion\":\"1.0\",\"id\":\"wrong-type\",\"title\":42}\n"
                    .getBytes(StandardCharsets.UTF_8));
            json.writeAll(
                    IntStream.range(RECORDS / 2, RECORDS)
                            .mapToObj(i -> ProjectRecord.builder()
                                    .from(template)
                                    .id("record-" + i)
                                    .build())
                            .iterator(),
                    out,
                    BulkFormat.JSON_LINES,
                    false);
        }
        return file;
    }

    @Test
    void streamsAJsonLinesFile() throws IOException {
        Path file = writeFile();

        // tag::read-json-lines[]
        List<Finding> problems = new ArrayList<>(); // what was wrong, line by line
        TerrinclusJson json = TerrinclusJson.strict();
        RecordValidator validator = RecordValidator.create();
        long valid = 0;
        long invalid = 0;
        try (BulkReader results = json.readAll(Files.newInputStream(file), BulkFormat.JSON_LINES)) {
            while (results.hasNext()) { // one record in memory at a time, whatever the file's size
                ReadResult result = results.next();
                if (result.getRecord().isPresent()
                        && validator
                                .validate(result.getRecord().get(), Profile.DRAFT)
                                .isValid()) {
                    valid++;
                } else {
                    invalid++; // a bad line does not stop the others; its findings say where and why
                    problems.addAll(result.getFindings());
                }
            }
        }
        // end::read-json-lines[]

        assertThat(valid).isEqualTo(RECORDS);
        assertThat(invalid).isEqualTo(2);
        assertThat(problems).extracting(Finding::getRule).containsExactlyInAnyOrder("json.syntax", "json.type");
        Finding wrongType = problems.stream()
                .filter(f -> f.getRule().equals("json.type"))
                .findFirst()
                .orElseThrow();
        assertThat(wrongType.getPath()).isEqualTo("/title");
        assertThat(wrongType.getLine()).contains(RECORDS / 2 + 2);
        assertThat(wrongType.getMessage(Locale.FRENCH)).isNotBlank();
    }

    @Test
    void readsAndValidatesOnEveryCore() throws Exception {
        Path file = writeFile();

        // tag::read-json-lines-in-parallel[]
        TerrinclusJson json = TerrinclusJson.strict();
        RecordValidator validator = RecordValidator.create();
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        Deque<Future<ValidationReport>> inFlight = new ArrayDeque<>();
        List<ValidationReport> reports = new ArrayList<>(); // in the file's order
        try (BulkReader records = json.readAll(Files.newInputStream(file), BulkFormat.JSON_LINES)) {
            Supplier<ReadResult> next;
            while ((next = records.nextLater()) != null) { // finds the line; does not parse it
                Supplier<ReadResult> line = next;
                inFlight.add(pool.submit(() -> {
                    ReadResult read = line.get(); // parsed here, on the pool, with its own line numbers
                    ValidationReport report = ValidationReport.of(read.getFindings());
                    return read.getRecord()
                            .map(record -> report.plus(validator.validate(record, Profile.DRAFT)))
                            .orElse(report);
                }));
                if (inFlight.size() >= 64) { // a bounded number of records in memory
                    reports.add(inFlight.poll().get());
                }
            }
        }
        while (!inFlight.isEmpty()) {
            reports.add(inFlight.poll().get());
        }
        pool.shutdown();
        // end::read-json-lines-in-parallel[]

        assertThat(reports).hasSize(RECORDS + 2);
        assertThat(reports).filteredOn(ValidationReport::isValid).hasSize(RECORDS);
        Finding wrongType = reports.get(RECORDS / 2 + 1).getFindings().get(0);
        assertThat(wrongType.getRule()).isEqualTo("json.type");
        assertThat(wrongType.getLine()).contains(RECORDS / 2 + 2);
        assertThat(reports.get(RECORDS / 2).getFindings())
                .extracting(Finding::getRule)
                .containsExactly("json.syntax");
    }
}
