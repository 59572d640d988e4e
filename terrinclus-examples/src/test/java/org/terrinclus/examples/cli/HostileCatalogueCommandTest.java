package org.terrinclus.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrinclus.testing.HostileInput;
import org.terrinclus.testing.HostileInput.Case;
import org.terrinclus.testing.HostileInput.Outcome;

/**
 * Every case of the hostile catalogue through the command line, in its own JVM with a 64 MB heap:
 * one folder holding a file per case (plus a folder of many small files), validated strictly with
 * {@code --format json}, and leniently as text. Each record ends in its finding or is read; the
 * tool never prints a stack trace, and ends in bounded time.
 */
class HostileCatalogueCommandTest {

    private static final long SECONDS = 300;

    @TempDir
    static Path work;

    private static Path folder;
    private static final List<Case> CASES = HostileInput.cases();
    private static final int MANY_FILES = 300;

    @BeforeAll
    static void writeTheCases() throws Exception {
        folder = Files.createDirectories(work.resolve("hostile"));
        for (Case hostile : CASES) {
            try (InputStream in = hostile.bytes().get()) {
                Files.copy(in, folder.resolve(hostile.fileName()));
            }
        }
        Path many = Files.createDirectories(folder.resolve("many-files"));
        for (int i = 0; i < MANY_FILES; i++) {
            Files.writeString(
                    many.resolve("r" + i + ".json"),
                    "{\"formatVersion\":\"1.0\",\"id\":\"m" + i + "\",\"title\":\"t\"}");
        }
    }

    private static final class Run {
        final int status;
        final Path out;
        final String err;

        Run(int status, Path out, String err) {
            this.status = status;
            this.out = out;
            this.err = err;
        }
    }

    private static Run java(String name, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m",
                "-cp",
                System.getProperty("java.class.path"),
                TerrinclusCommand.class.getName()));
        command.addAll(List.of(args));
        Path out = work.resolve(name + ".out");
        Path err = work.resolve(name + ".err");
        Process process = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        boolean ended = process.waitFor(SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        assertThat(ended).as("%s ends within %d s", name, SECONDS).isTrue();
        String errText = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(errText)
                .as(name)
                .doesNotContain("internal error")
                .doesNotContain("OutOfMemoryError")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        return new Run(process.exitValue(), out, errText);
    }

    private static Case caseOf(String source) {
        for (Case hostile : CASES) {
            if (source.endsWith("/" + hostile.fileName()) || source.equals(hostile.fileName())) {
                return hostile;
            }
        }
        return null;
    }

    @Test
    void strictlyWithJsonOutput() throws Exception {
        Run run = java("strict", "validate", "--format", "json", "--lang", "en", "hostile");
        assertThat(run.status).as(run.err).isEqualTo(TerrinclusCommand.INVALID);
        JsonNode results;
        try (InputStream in = Files.newInputStream(run.out)) {
            results = new ObjectMapper().readTree(in).get("results");
        }
        Map<String, List<JsonNode>> byCase = new LinkedHashMap<>();
        int manyFiles = 0;
        for (JsonNode result : results) {
            String source = result.get("source").asText();
            Case hostile = caseOf(source);
            if (hostile == null) {
                assertThat(source).contains("many-files");
                assertThat(result.get("id").isNull()).isFalse();
                manyFiles++;
                continue;
            }
            byCase.computeIfAbsent(hostile.name(), k -> new ArrayList<>()).add(result);
        }
        assertThat(manyFiles).isEqualTo(MANY_FILES);
        for (Case hostile : CASES) {
            List<JsonNode> records = byCase.getOrDefault(hostile.name(), List.of());
            assertThat(records).as(hostile.name()).hasSize(hostile.strict().size());
            for (int i = 0; i < records.size(); i++) {
                expect(hostile, i, records.get(i), hostile.strict().get(i));
            }
        }
    }

    private static void expect(Case hostile, int index, JsonNode result, Outcome expected) {
        String as = hostile.name() + " #" + index + ": " + result.get("findings");
        List<JsonNode> findings = new ArrayList<>();
        result.get("findings").forEach(findings::add);
        if (expected.isRoundTrip()) {
            assertThat(result.get("id").isNull()).as(as).isFalse();
            assertThat(findings)
                    .as(as)
                    .noneMatch(f -> f.get("rule").asText().startsWith("json.")
                            && f.get("severity").asText().equals("error"));
            if (expected.alongside != null) {
                assertThat(findings).as(as).anyMatch(f -> f.get("rule").asText().equals(expected.alongside));
            }
            if (hostile.validation() != null) {
                assertThat(findings).as(as).anyMatch(f -> f.get("rule").asText().equals(hostile.validation()));
            }
            return;
        }
        JsonNode finding = findings.stream()
                .filter(f -> f.get("rule").asText().equals(expected.rule))
                .findFirst()
                .orElse(null);
        assertThat(finding).as(as).isNotNull();
        assertThat(result.get("valid").asBoolean()).as(as).isFalse();
        if (expected.line > 0) {
            assertThat(finding.path("line").asInt()).as(as).isEqualTo(expected.line);
        }
        if (expected.column > 0) {
            assertThat(finding.path("column").asInt()).as(as).isEqualTo(expected.column);
        }
        if (expected.pointer != null) {
            assertThat(finding.get("path").asText()).as(as).isEqualTo(expected.pointer);
        }
        assertThat(finding.get("message").asText().length()).as(as).isLessThan(2_000);
    }

    @Test
    void lenientlyAsText() throws Exception {
        Run run = java("lenient", "validate", "--lenient", "--lang", "en", "hostile");
        assertThat(run.status).as(run.err).isEqualTo(TerrinclusCommand.INVALID);
        // A header line per record ("source [index] id: state"), then two lines per finding.
        Map<String, List<List<String>>> byCase = new LinkedHashMap<>();
        List<String> current = null;
        try (var lines = Files.lines(run.out, StandardCharsets.UTF_8)) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (!line.startsWith(" ")) {
                    int bracket = line.indexOf(" [");
                    Case hostile = bracket < 0 ? null : caseOf(line.substring(0, bracket));
                    current = new ArrayList<>();
                    current.add(line);
                    if (hostile != null) {
                        byCase.computeIfAbsent(hostile.name(), k -> new ArrayList<>())
                                .add(current);
                    }
                } else if (current != null) {
                    current.add(line);
                }
            }
        }
        for (Case hostile : CASES) {
            List<List<String>> records = byCase.getOrDefault(hostile.name(), List.of());
            assertThat(records).as(hostile.name()).hasSize(hostile.lenient().size());
            for (int i = 0; i < records.size(); i++) {
                Outcome expected = hostile.lenient().get(i);
                List<String> record = records.get(i);
                String as = hostile.name() + " #" + i + ": " + String.join("\n", record);
                if (expected.isRoundTrip()) {
                    assertThat(record.get(0)).as(as).doesNotContain("UNREADABLE");
                    if (expected.alongside != null) {
                        assertThat(record).as(as).anyMatch(l -> l.contains("  " + expected.alongside + "  "));
                    }
                } else {
                    assertThat(record).as(as).anyMatch(l -> l.contains("  " + expected.rule + "  "));
                }
            }
        }
    }
}
