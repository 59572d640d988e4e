package org.terrinclus.json.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.terrinclus.json.BulkFormat;
import org.terrinclus.json.BulkReader;
import org.terrinclus.json.ReadResult;
import org.terrinclus.json.TerrinclusJson;
import org.terrinclus.project.ProjectRecord;

/**
 * Fuzzes the readers: whatever the bytes, reading gives a result — never an exception, a stack
 * overflow or a hang — and a record that was read survives a round trip unchanged.
 *
 * <p>In the normal build this replays the committed seed corpus under {@code
 * src/test/resources/org/terrinclus/json/fuzz/ReaderFuzzTestInputs}; with {@code JAZZER_FUZZ=1}
 * in the environment, Jazzer explores new inputs.
 */
class ReaderFuzzTest {

    private static final TerrinclusJson STRICT = TerrinclusJson.strict();
    private static final TerrinclusJson LENIENT = TerrinclusJson.lenient();

    @FuzzTest(maxDuration = "10m")
    void readOneRecord(byte[] input) {
        for (TerrinclusJson json : new TerrinclusJson[] {STRICT, LENIENT}) {
            ReadResult result = json.read(input);
            assertThat(result.isRead()).isEqualTo(!result.hasErrors());
            if (result.isRead()) {
                ProjectRecord record = result.getRecord().get();
                assertThat(json.read(json.writeBytes(record)).getRecord()).contains(record);
            }
        }
    }

    @FuzzTest(maxDuration = "10m")
    void readBulk(byte[] input) throws IOException {
        for (BulkFormat format : BulkFormat.values()) {
            try (BulkReader reader = LENIENT.readAll(new ByteArrayInputStream(input), format)) {
                int count = 0;
                while (reader.hasNext()) {
                    ReadResult result = reader.next();
                    assertThat(result.getIndex()).isEqualTo(count++);
                    assertThat(result.isRead() || result.hasErrors()).isTrue();
                }
                // A source yields at most one result per byte, plus one for an empty source.
                assertThat(count).isLessThanOrEqualTo(input.length + 1);
            }
        }
    }
}
