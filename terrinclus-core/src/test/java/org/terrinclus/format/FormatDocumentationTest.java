package org.terrinclus.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The field and code tables of {@code docs/format.md} are those of the format's description. */
class FormatDocumentationTest {

    private static final Path DOCS =
            Path.of("").toAbsolutePath().resolveSibling("docs").resolve("format.md");

    @Test
    void theFormatDocumentationIsUpToDate() throws IOException {
        String current = Files.readString(DOCS, StandardCharsets.UTF_8);
        String expected = FormatDocumentation.update(current);
        if (Boolean.getBoolean("terrinclus.docs.update")) {
            Files.writeString(DOCS, expected, StandardCharsets.UTF_8);
            current = expected;
        }

        assertThat(current)
                .as("docs/format.md is out of date: regenerate it with -Dterrinclus.docs.update=true")
                .isEqualTo(expected);
    }

    @Test
    void everyTypeAndFieldIsDocumented() {
        String tables = FormatDocumentation.types();
        for (ObjectType<?> type : Format.types()) {
            assertThat(tables).contains("### " + type.getName() + "\n");
            for (Field<?, ?> field : type.getFields()) {
                assertThat(tables).contains("| `" + field.getName() + "` |");
            }
        }
    }
}
