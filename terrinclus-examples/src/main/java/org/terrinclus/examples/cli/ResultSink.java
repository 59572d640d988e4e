package org.terrinclus.examples.cli;

/** Where a validation run's results go, in input order: text for people, or a JSON document. */
interface ResultSink extends AutoCloseable {

    /** Called once before the first result. */
    void start();

    /** Called for each record, in input order. */
    void accept(RecordResult result);

    /** Called once after the last result, with the counts. */
    void finish(Summary summary);

    @Override
    default void close() {}
}
