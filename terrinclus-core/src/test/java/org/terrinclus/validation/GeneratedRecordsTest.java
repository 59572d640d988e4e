package org.terrinclus.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.testing.RecordGenerator;

/**
 * Property: every record of the seeded generator is valid for publication, without a single
 * finding. Replay one seed with {@code -Dterrinclus.seed=N}.
 */
class GeneratedRecordsTest {

    private static final RecordValidator VALIDATOR = RecordValidator.create();

    static Stream<Long> seeds() {
        return RecordGenerator.seeds(300).stream();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aGeneratedRecordHasNoFinding(long seed) {
        ProjectRecord record = new RecordGenerator(seed).next();

        ValidationReport report = VALIDATOR.validate(record, Profile.PUBLICATION);

        assertThat(report.getFindings())
                .as("seed %d (replay with -D%s=%d): %s", seed, RecordGenerator.SEED_PROPERTY, seed, record)
                .isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aGeneratorGivesTheSameRecordsForTheSameSeed(long seed) {
        RecordGenerator first = new RecordGenerator(seed);
        RecordGenerator second = new RecordGenerator(seed);

        assertThat(List.of(first.next(), first.next()))
                .as("seed %d", seed)
                .isEqualTo(List.of(second.next(), second.next()));
    }
}
