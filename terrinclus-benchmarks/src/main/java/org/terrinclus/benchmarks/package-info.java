/**
 * Benchmarks of Terrinclus: JMH benchmarks of reading, writing and validating records against
 * Jackson and an independent JSON Schema validator ({@link org.terrinclus.benchmarks.SheetsBenchmark},
 * {@link org.terrinclus.benchmarks.GeneratedBenchmark}), a bulk run of a million JSON Lines records
 * in bounded memory ({@link org.terrinclus.benchmarks.BulkBenchmark}), and the summary of a JMH
 * run against the targets ({@link org.terrinclus.benchmarks.Summary}). Not published; run with
 * {@code ./benchmarks} at the root of the repository.
 */
package org.terrinclus.benchmarks;
