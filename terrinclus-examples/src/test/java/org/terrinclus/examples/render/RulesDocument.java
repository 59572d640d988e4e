package org.terrinclus.examples.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The anchors of {@code docs/rules.md} as GitHub makes them, computed here independently of the
 * library: lower case, punctuation other than hyphens and underscores removed, spaces turned to
 * hyphens, and {@code -1}, {@code -2}… added to repeated ones.
 */
final class RulesDocument {

    private RulesDocument() {}

    static Path path() {
        return Path.of("").toAbsolutePath().resolveSibling("docs").resolve("rules.md");
    }

    static Set<String> anchors() {
        try {
            Set<String> anchors = new LinkedHashSet<>();
            Map<String, Integer> seen = new HashMap<>();
            boolean fenced = false;
            for (String line : Files.readAllLines(path())) {
                if (line.startsWith("```")) {
                    fenced = !fenced;
                }
                if (fenced || !line.startsWith("#")) {
                    continue;
                }
                String heading = line.replaceFirst("^#+\\s*", "");
                String slug = heading.toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N} _-]", "")
                        .replace(' ', '-');
                int count = seen.merge(slug, 1, Integer::sum);
                anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
            }
            return anchors;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
