package org.terrinclus.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.terrinclus.iati.testing.ExportOptionsForTests;
import org.terrinclus.iati.testing.IatiSchema;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.testing.RecordGenerator;

/**
 * Record → IATI → record is the identity, and the IATI is valid against the official schema, for
 * hundreds of generated records ({@code -Dterrinclus.seed=N} replays one).
 */
class GeneratedRecordsRoundTripTest {

    private static final TerrinclusIati IATI = TerrinclusIati.create();

    static Stream<Long> seeds() {
        return RecordGenerator.seeds(300).stream();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void roundTripIsTheIdentityAndTheDocumentIsValid(long seed) throws Exception {
        ProjectRecord record = new RecordGenerator(seed).next();
        IatiExportOptions publisher = ExportOptionsForTests.publisher();
        for (IatiExportOptions options : List.of(publisher, IatiExportOptions.none())) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            IatiExportResult written = IATI.write(List.of(record), out, options);
            assertThat(written.getActivities()).isEqualTo(1);

            List<IatiReadResult> read = IATI.read(out.toByteArray());
            assertThat(read).as("seed %d", seed).hasSize(1);
            assertThat(read.get(0).getRecord()).as("seed %d:\n%s", seed, out).contains(record);
            if (options == publisher) {
                assertThat(read.get(0).getFindings()).isEmpty();
                assertThat(written.getFindings(0)).as("seed %d", seed).isEmpty();
                assertThat(IatiSchema.errors(out.toByteArray()))
                        .as("seed %d:\n%s", seed, out)
                        .isEmpty();
            } else {
                // Without options, what IATI requires and the record lacks is named, never invented.
                assertThat(written.getFindings(0)).extracting(f -> f.getRule()).containsOnly("iati.export.missing");
                // The activity without an iati-identifier is still read, with the record's own id.
                assertThat(read.get(0).getFindings())
                        .extracting(f -> f.getRule())
                        .isSubsetOf("iati.identifier.missing");
                assertThat(written.hasErrors()).isTrue();
            }
        }
    }
}
