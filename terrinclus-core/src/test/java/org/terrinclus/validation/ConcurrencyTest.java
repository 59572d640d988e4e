package org.terrinclus.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.terrinclus.project.ProjectRecord;

/** One validator, shared by threads, gives each the same reports as a single thread does. */
class ConcurrencyTest {

    @Test
    void aSharedValidatorIsThreadSafe() throws Exception {
        RecordValidator validator = RecordValidator.create();
        List<ProjectRecord> records = new ArrayList<>();
        for (RuleCases.RuleCase ruleCase : RuleCases.all()) {
            records.add(ruleCase.trigger);
        }
        List<ValidationReport> expected = new ArrayList<>();
        for (ProjectRecord record : records) {
            expected.add(validator.validate(record, Profile.PUBLICATION));
        }

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<ValidationReport>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    List<ValidationReport> reports = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        for (ProjectRecord record : records) {
                            reports.add(validator.validate(record, Profile.PUBLICATION));
                        }
                    }
                    return reports;
                }));
            }
            for (Future<List<ValidationReport>> result : results) {
                List<ValidationReport> reports = result.get(2, TimeUnit.MINUTES);
                for (int i = 0; i < reports.size(); i++) {
                    assertThat(reports.get(i)).isEqualTo(expected.get(i % records.size()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
