package org.terrinclus.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.terrinclus.testing.HostileInput.Case;
import org.terrinclus.testing.HostileInput.Outcome;

/** The table of {@code docs/hostile-input.md} is the catalogue of {@link HostileInput}. */
class HostileInputDocumentationTest {

    private static final Path DOCS =
            Path.of("").toAbsolutePath().resolveSibling("docs").resolve("hostile-input.md");
    private static final String BEGIN =
            "<!-- cases: generated from org.terrinclus.testing.HostileInput, do not edit -->";
    private static final String END = "<!-- end of cases -->";

    static String table() {
        StringBuilder table =
                new StringBuilder("| # | Case | Bytes | Strict | Lenient |\n| --- | --- | --- | --- | --- |\n");
        int n = 0;
        for (Case hostile : HostileInput.cases()) {
            String strict = outcomes(hostile.strict());
            String lenient = outcomes(hostile.lenient());
            table.append("| ")
                    .append(++n)
                    .append(" | `")
                    .append(hostile.name())
                    .append("` | ")
                    .append(hostile.made().replace("|", "\\|"))
                    .append(" | ")
                    .append(strict)
                    .append(hostile.validation() == null ? "" : "; validation: `" + hostile.validation() + "`")
                    .append(" | ")
                    .append(lenient.equals(strict) ? "same" : lenient)
                    .append(" |\n");
        }
        return table.toString();
    }

    /** The outcomes of a file's records, in order; a long run of equal ones is counted. */
    private static String outcomes(List<Outcome> outcomes) {
        if (outcomes.size() > 3
                && outcomes.stream().map(Outcome::toString).distinct().count() == 1) {
            return outcomes.size() + " × " + outcomes.get(0);
        }
        if (outcomes.size() == 1) {
            return outcomes.get(0).toString();
        }
        return outcomes.stream().map(Outcome::toString).collect(Collectors.joining("; ", "records: ", ""));
    }

    @Test
    void theCatalogueIsDocumented() throws IOException {
        String current = Files.readString(DOCS, StandardCharsets.UTF_8);
        int begin = current.indexOf(BEGIN);
        int end = current.indexOf(END);
        assertThat(begin).as("markers in docs/hostile-input.md").isNotNegative().isLessThan(end);
        String expected = current.substring(0, begin + BEGIN.length()) + "\n" + table() + current.substring(end);
        if (Boolean.getBoolean("terrinclus.docs.update")) {
            Files.writeString(DOCS, expected, StandardCharsets.UTF_8);
            current = expected;
        }
        assertThat(current)
                .as("docs/hostile-input.md is out of date: regenerate it with -Dterrinclus.docs.update=true")
                .isEqualTo(expected);
    }
}
