package org.terrinclus.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code docs/rules.md} lists every rule and message, as generated from the code. */
class RulesDocumentationTest {

    private static final Path DOCS =
            Path.of("").toAbsolutePath().resolveSibling("docs").resolve("rules.md");

    @Test
    void theRulesDocumentationIsUpToDate() throws IOException {
        String expected = RulesDocumentation.render();
        if (Boolean.getBoolean("terrinclus.docs.update")) {
            Files.createDirectories(DOCS.getParent());
            Files.writeString(DOCS, expected, StandardCharsets.UTF_8);
        }

        assertThat(DOCS).exists();
        assertThat(Files.readString(DOCS, StandardCharsets.UTF_8))
                .as("docs/rules.md is out of date: regenerate it with -Dterrinclus.docs.update=true")
                .isEqualTo(expected);
    }

    @Test
    void theDocumentationNamesEveryRuleWithBothMessages() {
        String docs = RulesDocumentation.render();
        for (Rule rule : Rules.all()) {
            assertThat(docs)
                    .contains("| `" + rule.getId() + "` | " + rule.getSeverity().getCode() + " | "
                            + rule.getProfile().getCode() + " |");
            assertThat(docs).contains("### `" + rule.getId() + "`");
            for (String key : Bundles.keysOf(rule.getId(), Bundles.templates("_en"))) {
                assertThat(docs).contains("- fr: " + Bundles.templates("_fr").get(key));
                assertThat(docs).contains("- en: " + Bundles.templates("_en").get(key));
            }
        }
    }
}
