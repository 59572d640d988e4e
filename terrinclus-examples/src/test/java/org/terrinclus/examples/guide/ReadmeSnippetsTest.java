package org.terrinclus.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Java code of the README is the code of these examples: every {@code ```java} block of
 * README.md follows a {@code <!-- snippet:name -->} line, and equals, whitespace aside, the region
 * between {@code // tag::name[]} and {@code // end::name[]} in this module's test sources. So the
 * README's code compiles and runs with the tests.
 */
class ReadmeSnippetsTest {

    private static final Pattern MARKER = Pattern.compile("<!-- snippet:([a-z0-9-]+) -->");
    private static final Pattern TAG = Pattern.compile("\\s*//\\s*tag::([a-z0-9-]+)\\[]\\s*");

    @Test
    void everyJavaBlockOfTheReadmeIsATaggedRegionOfTheExamples() throws IOException {
        Map<String, String> readme = readmeSnippets(Files.readString(readme(), StandardCharsets.UTF_8));
        Map<String, String> tagged = taggedRegions();

        assertThat(readme).as("snippets in README.md").isNotEmpty();
        for (Map.Entry<String, String> snippet : readme.entrySet()) {
            assertThat(tagged).as("tagged regions").containsKey(snippet.getKey());
            assertThat(normalise(snippet.getValue()))
                    .as("README snippet '%s'", snippet.getKey())
                    .isEqualTo(normalise(tagged.get(snippet.getKey())));
        }
        assertThat(readme.keySet())
                .as("the README shows each example")
                .contains(
                        "build-record",
                        "validate-record",
                        "read-json-lines",
                        "write-record",
                        "jackson-find-modules",
                        "jackson-register-module",
                        "host-validation",
                        "spreadsheet-round-trip");
    }

    /** The README's java blocks by marker; a java block without a marker fails the test. */
    static Map<String, String> readmeSnippets(String text) {
        Map<String, String> snippets = new LinkedHashMap<>();
        List<String> lines = text.lines().collect(Collectors.toList());
        String pending = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            Matcher marker = MARKER.matcher(line);
            if (marker.matches()) {
                pending = marker.group(1);
                continue;
            }
            if (line.startsWith("```java")) {
                assertThat(pending)
                        .as("README.md line %d: a ```java block needs a <!-- snippet:name --> line before it", i + 1)
                        .isNotNull();
                StringBuilder code = new StringBuilder();
                for (i++; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
                    code.append(lines.get(i)).append('\n');
                }
                assertThat(snippets.put(pending, code.toString()))
                        .as("snippet %s shown twice", pending)
                        .isNull();
                pending = null;
            } else if (!line.isEmpty()) {
                pending = null;
            }
        }
        return snippets;
    }

    /** Every {@code // tag::name[]} region of this module's test sources, by name. */
    static Map<String, String> taggedRegions() throws IOException {
        Map<String, String> regions = new LinkedHashMap<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
        for (Path source : sources) {
            List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher tag = TAG.matcher(lines.get(i));
                if (!tag.matches()) {
                    continue;
                }
                String name = tag.group(1);
                String end = "// end::" + name + "[]";
                List<String> region = new ArrayList<>();
                for (i++; i < lines.size() && !lines.get(i).strip().equals(end); i++) {
                    region.add(lines.get(i));
                }
                assertThat(i).as("%s: tag %s is not closed", source, name).isLessThan(lines.size());
                assertThat(regions.put(name, String.join("\n", region)))
                        .as("tag %s appears twice", name)
                        .isNull();
            }
        }
        return regions;
    }

    /** Whitespace runs become one space; leading and trailing whitespace goes. */
    static String normalise(String code) {
        return code.replaceAll("\\s+", " ").strip();
    }

    private static Path readme() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("README.md");
            if (Files.exists(candidate) && Files.exists(dir.resolve("terrinclus-examples"))) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new UncheckedIOException(
                new IOException("README.md not found above " + Path.of("").toAbsolutePath()));
    }
}
