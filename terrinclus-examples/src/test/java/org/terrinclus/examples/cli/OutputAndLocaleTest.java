package org.terrinclus.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line never lies about its output: a full disk ends in a non-zero status and one
 * line saying so; and a path it cannot name under the C locale is explained, not "unmatched".
 * Hostile files in a 64 MB heap: {@link HostileCatalogueCommandTest}.
 */
class OutputAndLocaleTest {

    @ParameterizedTest
    @ValueSource(strings = {"validate", "schema", "rules", "tour"})
    void aFullDiskIsAnErrorOfOneLine(String command) throws IOException {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.isWritable(full), "needs /dev/full (Linux)");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream out = new PrintStream(new FileOutputStream(full.toFile()), false, StandardCharsets.UTF_8)) {
            status = TerrinclusCommand.run(
                    new String[] {command}, out, new PrintStream(err, true, StandardCharsets.UTF_8));
        }
        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(status).as(message).isEqualTo(TerrinclusCommand.OUTPUT_ERROR);
        assertThat(message.strip().lines()).hasSize(1).allMatch(l -> l.startsWith("terrinclus: the output could not"));
    }

    private static final class Run {
        final int status;
        final String out;
        final String err;

        Run(int status, String out, String err) {
            this.status = status;
            this.out = out;
            this.err = err;
        }
    }

    /** The tool in its own JVM with a 64 MB heap, under the given locale. */
    private static Run java(String locale, Path work, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m",
                "-cp",
                System.getProperty("java.class.path"),
                TerrinclusCommand.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        builder.environment().remove("LANG");
        builder.environment().remove("LC_CTYPE");
        builder.environment().put("LC_ALL", locale);
        builder.redirectOutput(work.resolve("out.txt").toFile());
        builder.redirectError(work.resolve("err.txt").toFile());
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(
                process.exitValue(),
                Files.readString(work.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(work.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void aPathTheLocaleCannotNameIsExplained(@TempDir Path work) throws Exception {
        Path folder = Files.createDirectories(work.resolve("fiches-été"));
        Files.writeString(folder.resolve("a.json"), "{\"formatVersion\":\"1.0\",\"id\":\"a\",\"title\":\"t\"}");
        Run run = java("C", work, "validate", folder.getFileName().toString());
        if (run.status == TerrinclusCommand.USAGE) {
            assertThat(run.err).doesNotContain("Unmatched argument").contains("UTF-8 locale");
        } else {
            // A JVM that decodes file names as UTF-8 whatever the locale reads the folder.
            assertThat(run.status).as(run.err).isEqualTo(TerrinclusCommand.OK);
        }
    }
}
