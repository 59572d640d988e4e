package org.terrinclus.benchmarks;

import org.openjdk.jmh.annotations.OperationsPerInvocation;

/** The record benchmarks on generated realistic records (seeds 1 to 200); scores are per record. */
@OperationsPerInvocation(GeneratedBenchmark.RECORDS)
public class GeneratedBenchmark extends RecordBenchmark {

    /** The number of generated records. */
    public static final int RECORDS = 200;

    /** Creates the benchmark; JMH does. */
    public GeneratedBenchmark() {}

    @Override
    protected Dataset dataset() {
        return Dataset.generated(RECORDS);
    }

    @Override
    protected int operationsPerInvocation() {
        return RECORDS;
    }

    @Override
    protected boolean mustBeValid() {
        return true;
    }
}
