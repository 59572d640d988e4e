package org.terrinclus.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Usage errors exit with 2, a one-line message and the usage on stderr; help and version with 0. */
class UsageTest {

    @TempDir
    Path folder;

    @Test
    void anUnknownOptionIsAUsageError() {
        CommandRun run = CommandRun.of("validate", "--nope");

        assertThat(run.status).as("%s", run).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err.lines().findFirst()).contains("terrinclus: Unknown option: '--nope'");
        assertThat(run.err).contains("Usage: terrinclus validate");
    }

    @Test
    void aMissingPathIsAUsageError() {
        String missing = folder.resolve("nowhere.json").toString();
        CommandRun run = CommandRun.of("validate", missing);

        assertThat(run.status).as("%s", run).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err.lines().findFirst()).contains("terrinclus: path not found: " + missing);
        assertThat(run.err).contains("Usage: terrinclus validate");
    }

    @Test
    void aMissingPathIsAUsageErrorForReportToo() {
        CommandRun run = CommandRun.of("report", folder.resolve("nowhere").toString());

        assertThat(run.status).as("%s", run).isEqualTo(2);
        assertThat(run.err).contains("path not found").contains("Usage: terrinclus report");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "validate --lang de",
                "validate --profile final",
                "validate --format xml",
                "rules --format csv",
                "tour --lang",
                "frobnicate",
                "",
                "schema extra"
            })
    void badCommandLinesAreUsageErrors(String line) {
        CommandRun run = CommandRun.of(line.isEmpty() ? new String[0] : line.split(" "));

        assertThat(run.status).as("%s", run).isEqualTo(2);
        assertThat(run.err.lines().findFirst())
                .hasValueSatisfying(first -> assertThat(first).startsWith("terrinclus: "));
        assertThat(run.err)
                .contains("Usage: terrinclus")
                .doesNotContain("internal error:")
                .doesNotContain("\tat ");
    }

    @Test
    void aBadValueSaysWhatIsExpected() {
        CommandRun run = CommandRun.of("validate", "--lang", "de");

        assertThat(run.err.lines().findFirst())
                .hasValueSatisfying(first -> assertThat(first)
                        .contains("--lang")
                        .contains("fr")
                        .contains("en")
                        .contains("de"));
    }

    @Test
    void valuesAreCaseInsensitive() {
        assertThat(CommandRun.of("rules", "--lang", "EN", "--format", "JSON").status)
                .isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "help", "help validate", "validate --help", "report -h", "tour --help"})
    void helpExitsWithZero(String line) {
        CommandRun run = CommandRun.of(line.split(" "));

        assertThat(run.status).as("%s", run).isZero();
        assertThat(run.out).contains("Usage: terrinclus");
        assertThat(run.err).isEmpty();
    }

    @Test
    void theHelpListsTheCommandsAndExitStatuses() {
        CommandRun run = CommandRun.of("--help");

        assertThat(run.out)
                .contains("tour", "validate", "report", "rules", "schema")
                .contains("Exit status:")
                .contains("usage error");
    }

    @Test
    void versionComesFromTheBuild() {
        CommandRun run = CommandRun.of("--version");

        assertThat(run.status).isZero();
        assertThat(run.out.lines().findFirst())
                .hasValueSatisfying(first -> assertThat(first).matches("terrinclus \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"));
    }
}
