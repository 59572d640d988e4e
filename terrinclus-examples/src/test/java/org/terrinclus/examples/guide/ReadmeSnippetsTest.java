package org.terrinclus.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The Java code of the README is the code of these examples: every {@code ```java} block of
 * README.md follows a {@code <!-- snippet:name -->} line, and equals, whitespace aside, the region
 * between {@code // tag::name[]} and {@code // end::name[]} in this module's test sources. So the
 * README's code compiles and runs with the tests.
 */
class ReadmeSnippetsTest {

    /** A snippet's marker; {@code given:} names the variables it uses without declaring them. */
    private static final Pattern MARKER = Pattern.compile("<!-- snippet:([a-z0-9-]+)(?: given: (.+?))? -->");

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

    /**
     * Every Java block compiles as pasted: alone in a method whose only parameters are the
     * variables its marker says are given ({@code <!-- snippet:name given: ProjectRecord record -->}),
     * with the imports of the library's packages. A variable or type a block uses without
     * declaring it, and that its marker does not give, fails the build.
     */
    @Test
    void everyJavaBlockCompilesAsPasted() throws IOException {
        Map<String, String> givens = new LinkedHashMap<>();
        Map<String, String> readme = readmeSnippets(Files.readString(readme(), StandardCharsets.UTF_8), givens);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<JavaFileObject> sources = new ArrayList<>();
        for (Map.Entry<String, String> snippet : readme.entrySet()) {
            String name = "Snippet_" + snippet.getKey().replace('-', '_');
            String source = imports() + "\nclass " + name + " {\n    void run(" + givens.get(snippet.getKey())
                    + ") throws Exception {\n" + snippet.getValue() + "\n    }\n}\n";
            sources.add(
                    new SimpleJavaFileObject(
                            URI.create("string:///snippets/" + name + ".java"), JavaFileObject.Kind.SOURCE) {
                        @Override
                        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                            return source;
                        }
                    });
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path out = Files.createTempDirectory("snippets");
        List<String> options =
                List.of("-classpath", System.getProperty("java.class.path"), "-d", out.toString(), "-proc:none");
        boolean compiled = compiler.getTask(null, null, diagnostics, options, null, sources)
                .call();
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                errors.add(d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ENGLISH));
            }
        }
        assertThat(errors).as("README snippets that do not compile as pasted").isEmpty();
        assertThat(compiled).isTrue();
    }

    /** On-demand imports of the library's packages and of what its examples use beside them. */
    private static String imports() {
        List<String> packages = List.of(
                "java.io",
                "java.math",
                "java.nio.file",
                "java.time",
                "java.util",
                "java.util.concurrent",
                "java.util.function",
                "org.terrinclus.country",
                "org.terrinclus.core",
                "org.terrinclus.examples",
                "org.terrinclus.figure",
                "org.terrinclus.format",
                "org.terrinclus.funding",
                "org.terrinclus.iati",
                "org.terrinclus.jackson3",
                "org.terrinclus.json",
                "org.terrinclus.organisation",
                "org.terrinclus.project",
                "org.terrinclus.recommendation",
                "org.terrinclus.render",
                "org.terrinclus.sdg",
                "org.terrinclus.spreadsheet",
                "org.terrinclus.thematic",
                "org.terrinclus.validation",
                "com.fasterxml.jackson.core.type",
                "com.fasterxml.jackson.databind",
                "com.fasterxml.jackson.databind.exc");
        StringBuilder text = new StringBuilder();
        packages.forEach(p -> text.append("import ").append(p).append(".*;\n"));
        for (String type : List.of(
                "jakarta.validation.ConstraintViolation",
                "jakarta.validation.Validation",
                "jakarta.validation.Validator",
                "jakarta.validation.ValidatorFactory",
                "tools.jackson.databind.json.JsonMapper")) {
            text.append("import ").append(type).append(";\n");
        }
        return text.append("import static org.assertj.core.api.Assertions.*;\n").toString();
    }

    /** The README's java blocks by marker; a java block without a marker fails the test. */
    static Map<String, String> readmeSnippets(String text) {
        return readmeSnippets(text, new LinkedHashMap<>());
    }

    /** The same, noting each snippet's declared givens, as {@code "ProjectRecord record, Path file"}. */
    static Map<String, String> readmeSnippets(String text, Map<String, String> givens) {
        Map<String, String> snippets = new LinkedHashMap<>();
        List<String> lines = text.lines().collect(Collectors.toList());
        String pending = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            Matcher marker = MARKER.matcher(line);
            if (marker.matches()) {
                pending = marker.group(1);
                givens.put(
                        pending, marker.group(2) == null ? "" : marker.group(2).strip());
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
