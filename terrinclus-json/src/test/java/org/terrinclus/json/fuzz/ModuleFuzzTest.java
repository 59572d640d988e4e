package org.terrinclus.json.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.terrinclus.json.ReadMode;
import org.terrinclus.json.TerrinclusModule;
import org.terrinclus.project.ProjectRecord;

/**
 * Fuzzes reading through the Jackson 2 module, in a host's own {@code ObjectMapper}: whatever the
 * bytes, reading gives a record or an {@link IOException} such as {@link JsonProcessingException},
 * of bounded message —
 * never another exception, a stack overflow or a hang — and a record that was read survives a
 * round trip unchanged. Replays the seed corpus in the normal build; explores with {@code
 * JAZZER_FUZZ=1}.
 */
class ModuleFuzzTest {

    private static final ObjectMapper STRICT = new ObjectMapper().registerModule(new TerrinclusModule());
    private static final ObjectMapper LENIENT =
            new ObjectMapper().registerModule(new TerrinclusModule(ReadMode.LENIENT));

    @FuzzTest(maxDuration = "10m")
    void readThroughTheModule(byte[] input) throws IOException {
        for (ObjectMapper mapper : new ObjectMapper[] {STRICT, LENIENT}) {
            ProjectRecord record;
            try {
                record = mapper.readValue(input, ProjectRecord.class);
            } catch (IOException e) {
                // Jackson's own documented failures (bad syntax, an encoding it cannot detect) and
                // the module's findings; either way a message of bounded length.
                assertThat(String.valueOf(e.getMessage()).length()).isLessThan(64_000);
                continue;
            }
            if (record != null) {
                assertThat(mapper.readValue(mapper.writeValueAsBytes(record), ProjectRecord.class))
                        .isEqualTo(record);
            }
        }
    }
}
