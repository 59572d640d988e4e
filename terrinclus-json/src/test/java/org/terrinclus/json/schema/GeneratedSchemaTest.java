package org.terrinclus.json.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.terrinclus.json.TerrinclusJson;

/**
 * The schema that ships in the jar is the one generated from the format's description; regenerate
 * it with {@code -Dterrinclus.docs.update=true}.
 */
class GeneratedSchemaTest {

    private static final Path SCHEMA = Path.of("src", "main", "resources")
            .resolve(TerrinclusJson.SCHEMA_RESOURCE.substring(1))
            .toAbsolutePath();

    @Test
    void theShippedSchemaIsGeneratedFromTheDescription() throws IOException {
        String expected = SchemaGenerator.render();
        if (Boolean.getBoolean("terrinclus.docs.update")) {
            Files.writeString(SCHEMA, expected, StandardCharsets.UTF_8);
        }

        assertThat(Files.readString(SCHEMA, StandardCharsets.UTF_8))
                .as("%s is out of date: regenerate it with -Dterrinclus.docs.update=true", SCHEMA)
                .isEqualTo(expected);
    }
}
