package org.terrinclus.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.terrinclus.examples.PilotSheets;

/**
 * Every command that writes a file exits 4 with one line naming it when the file cannot be
 * written: a full disk, or a place where no file can be created.
 */
class OutputFileFailureTest {

    @TempDir
    static Path folder;

    /** Each command that writes a file, with {@code OUT} where its output path goes. */
    static Stream<Arguments> commands() {
        return Stream.of(
                Arguments.of("render html", List.of("render", "--output", "OUT", "SHEET")),
                Arguments.of("render pdf", List.of("render", "--format", "pdf", "--output", "OUT", "SHEET")),
                Arguments.of("report text", List.of("report", "--output", "OUT", "SHEET")),
                Arguments.of("report html", List.of("report", "--format", "html", "--output", "OUT", "SHEET")),
                Arguments.of("convert json", List.of("convert", "--to", "json", "--output", "OUT", "SHEET")),
                Arguments.of("convert iati", List.of("convert", "--to", "iati", "--output", "OUT", "SHEET")),
                Arguments.of("convert jsonl", List.of("convert", "--to", "jsonl", "--output", "OUT", "SHEET")),
                Arguments.of("convert xlsx", List.of("convert", "--to", "xlsx", "--output", "OUT", "SHEET")),
                Arguments.of("convert csv", List.of("convert", "--to", "csv", "--output", "OUT", "SHEET")),
                Arguments.of("template", List.of("template", "--output", "OUT")));
    }

    private static CommandRun run(List<String> template, String out) throws Exception {
        Path sheet = folder.resolve("aude.json");
        if (!Files.exists(sheet)) {
            try (var in = PilotSheets.open("aude")) {
                Files.write(sheet, in.readAllBytes());
            }
        }
        List<String> args = new ArrayList<>();
        for (String arg : template) {
            args.add(arg.equals("OUT") ? out : arg.equals("SHEET") ? sheet.toString() : arg);
        }
        return CommandRun.of(args.toArray(String[]::new));
    }

    private static void assertOneLine(CommandRun run, String target) {
        assertThat(run.status).as(run.toString()).isEqualTo(TerrinclusCommand.OUTPUT_ERROR);
        // Findings of the records may come before it; the failure itself is one line, the last.
        List<String> lines = run.err.strip().lines().collect(java.util.stream.Collectors.toList());
        assertThat(lines.stream().filter(line -> line.startsWith("terrinclus:")))
                .as(run.toString())
                .hasSize(1);
        assertThat(lines.get(lines.size() - 1))
                .as(run.toString())
                .startsWith("terrinclus: the output could not be written to " + target + ": ")
                .endsWith("; the results are incomplete.");
        assertThat(run.err)
                .doesNotContain("internal error")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void aFullDiskExitsFourWithOneLine(String name, List<String> command) throws Exception {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.isWritable(full), "needs /dev/full (Linux)");
        assertOneLine(run(command, full.toString()), full.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void aPlaceWhereNoFileCanBeMadeExitsFourWithOneLine(String name, List<String> command) throws Exception {
        // Nobody, not even root, creates a file in /proc; elsewhere a read-only folder does it.
        Path target = Path.of("/proc/terrinclus-output");
        if (!Files.isDirectory(target.getParent())) {
            Path locked = Files.createDirectories(folder.resolve("locked"));
            assumeTrue(locked.toFile().setWritable(false, false) && !Files.isWritable(locked), "needs /proc");
            target = locked.resolve("out");
        }
        assertOneLine(run(command, target.toString()), target.toString());
    }

    @ParameterizedTest(name = "render to a folder")
    @MethodSource("folderTargets")
    void aFolderThatCannotBeMadeExitsFourWithOneLine(Path target) throws Exception {
        assumeTrue(Files.isDirectory(target.getParent()), "needs /proc");
        // Without input, render writes every bundled sheet: several records, so a folder.
        assertOneLine(CommandRun.of("render", "--output", target.toString()), target.toString());
    }

    static Stream<Path> folderTargets() {
        return Stream.of(Path.of("/proc/terrinclus-sheets"));
    }
}
