package org.terrinclus.json.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.terrinclus.json.TerrinclusJson;
import org.terrinclus.testing.RecordGenerator;

/**
 * The generated schema, checked by a second, independent validator: ajv (Node.js, draft 2020-12,
 * strict mode off, with ajv-formats). It must accept every pilot sheet, every valid fixture and
 * generated records as the writer writes them, and refuse every invalid fixture.
 *
 * <p>Needs {@code node} and {@code npm} (ajv is installed under {@code target/ajv}); skipped
 * without them, except where {@code TERRINCLUS_REQUIRE_NODE} is set (CI), where it fails.
 */
class AjvSchemaTest {

    private static final Path WORK = Path.of("target", "ajv").toAbsolutePath();
    private static final Path SOURCES = Path.of("src", "test", "ajv").toAbsolutePath();
    private static final Path FIXTURES = Path.of("src", "test", "resources", "org", "terrinclus", "json", "schema");

    @Test
    void ajvAcceptsTheSheetsAndGeneratedRecordsAndRefusesTheInvalidFixtures() throws Exception {
        requireTool("node", "--version");
        Files.createDirectories(WORK);
        for (String file : List.of("package.json", "check.js")) {
            Files.copy(SOURCES.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.isDirectory(WORK.resolve("node_modules").resolve("ajv"))) {
            requireTool("npm", "--version");
            Run install = run(WORK, "npm", "install", "--no-audit", "--no-fund", "--loglevel=error");
            if (install.code != 0) {
                unavailable("npm install of ajv failed: " + install.output);
            }
        }

        Path schema = WORK.resolve("schema.json");
        Files.writeString(schema, TerrinclusJson.schema(), StandardCharsets.UTF_8);
        Path valid = fresh(WORK.resolve("valid"));
        Path invalid = fresh(WORK.resolve("invalid"));
        int documents = 0;
        for (Path sheet : (Iterable<Path>) RecordSchemaTest.pilotSheets()::iterator) {
            Files.copy(sheet, valid.resolve("sheet-" + sheet.getFileName()));
            documents++;
        }
        documents += copyAll(FIXTURES.resolve("valid"), valid, "fixture-");
        for (long seed : RecordGenerator.seeds(200)) {
            String json = TerrinclusJson.strict().writePrettyString(new RecordGenerator(seed).next());
            Files.writeString(valid.resolve("generated-" + seed + ".json"), json, StandardCharsets.UTF_8);
            documents++;
        }
        int refused = copyAll(FIXTURES.resolve("invalid"), invalid, "");

        Run check = run(WORK, "node", "check.js", schema.toString(), valid.toString(), invalid.toString());

        assertThat(check.output)
                .as("ajv's report")
                .contains("ajv: " + documents + " valid and " + refused + " invalid documents checked, 0 surprises");
        assertThat(check.code).as("ajv's exit code; output:%n%s", check.output).isZero();
    }

    private static Path fresh(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var files = Files.list(dir)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Files.delete(file);
                }
            }
        }
        return Files.createDirectories(dir);
    }

    private static int copyAll(Path from, Path to, String prefix) throws IOException {
        int count = 0;
        try (var files = Files.list(from)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                if (file.getFileName().toString().endsWith(".json")) {
                    Files.copy(file, to.resolve(prefix + file.getFileName()));
                    count++;
                }
            }
        }
        return count;
    }

    private static void requireTool(String... command) {
        try {
            if (run(WORK.getParent(), command).code == 0) {
                return;
            }
        } catch (IOException e) {
            // not installed
        }
        unavailable(command[0] + " is not available");
    }

    private static void unavailable(String why) {
        if (System.getenv("TERRINCLUS_REQUIRE_NODE") != null) {
            fail(why + ", and TERRINCLUS_REQUIRE_NODE is set");
        }
        Assumptions.abort(why + ": the ajv check of the schema is skipped");
    }

    private record Run(int code, String output) {}

    private static Run run(Path dir, String... command) throws IOException {
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        try {
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return new Run(-1, "timed out");
            }
            return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
