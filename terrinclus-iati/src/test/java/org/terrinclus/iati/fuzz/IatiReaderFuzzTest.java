package org.terrinclus.iati.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.terrinclus.iati.IatiExportOptions;
import org.terrinclus.iati.IatiReadResult;
import org.terrinclus.iati.TerrinclusIati;
import org.terrinclus.project.ProjectRecord;

/**
 * Fuzzes the IATI reader: whatever the bytes, reading gives results — never an exception, a stack
 * overflow or a hang — and every record read survives a round trip through IATI unchanged.
 *
 * <p>In the normal build this replays the committed seed corpus under {@code
 * src/test/resources/org/terrinclus/iati/fuzz/IatiReaderFuzzTestInputs}; with {@code JAZZER_FUZZ=1}
 * in the environment, Jazzer explores new inputs.
 */
class IatiReaderFuzzTest {

    private static final TerrinclusIati IATI = TerrinclusIati.create();

    @FuzzTest(maxDuration = "10m")
    void readActivities(byte[] input) {
        List<IatiReadResult> results = IATI.read(input);
        int previous = -1;
        for (IatiReadResult result : results) {
            assertThat(result.getIndex()).isGreaterThanOrEqualTo(previous);
            previous = result.getIndex();
            assertThat(result.getRecord().isPresent() || !result.getFindings().isEmpty())
                    .isTrue();
            if (result.getRecord().isPresent()) {
                ProjectRecord record = result.getRecord().get();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                IATI.write(List.of(record), out, IatiExportOptions.none());
                List<IatiReadResult> again = IATI.read(out.toByteArray());
                assertThat(again).hasSize(1);
                assertThat(again.get(0).getRecord()).contains(record);
            }
        }
        // At most one result per activity, and one for the file: never more than the bytes allow.
        assertThat(results.size()).isLessThanOrEqualTo(input.length / 10 + 2);
    }
}
