package org.terrinclus.benchmarks;

import org.openjdk.jmh.annotations.OperationsPerInvocation;

/** The record benchmarks on the bundled pilot sheets; scores are per sheet. */
@OperationsPerInvocation(SheetsBenchmark.SHEETS)
public class SheetsBenchmark extends RecordBenchmark {

    /** The number of bundled pilot sheets. */
    public static final int SHEETS = 12;

    /** Creates the benchmark; JMH does. */
    public SheetsBenchmark() {}

    @Override
    protected Dataset dataset() {
        return Dataset.sheets();
    }

    @Override
    protected int operationsPerInvocation() {
        return SHEETS;
    }

    @Override
    protected boolean mustBeValid() {
        return false;
    }
}
