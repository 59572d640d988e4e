package org.terrinclus.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.terrinclus.json.BulkReader;
import org.terrinclus.json.ReadResult;
import org.terrinclus.json.TerrinclusJson;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.spreadsheet.ColumnMapping;
import org.terrinclus.spreadsheet.SheetRecord;
import org.terrinclus.spreadsheet.SpreadsheetReading;
import org.terrinclus.spreadsheet.TerrinclusSpreadsheet;
import org.terrinclus.validation.Finding;
import org.terrinclus.validation.Profile;
import org.terrinclus.validation.RecordValidator;
import org.terrinclus.validation.ValidationReport;

/**
 * Reads sources one record at a time and validates the records on all processors, handing the
 * results on in the order of the sources.
 *
 * <p>The sources are cut into records on one thread (for JSON Lines, only the line breaks are
 * looked for); each record is read and validated by a fixed pool of {@code availableProcessors}
 * threads; at most a bounded number of
 * records are in flight, so memory stays bounded whatever the input's size, and results are
 * passed on strictly in input order.
 */
final class RecordPipeline implements AutoCloseable {

    private final TerrinclusJson json;
    private final CompletableFuture<RecordValidator> validator;
    private final Profile profile;
    private final int threads;
    private final int maxInFlight;
    private ExecutorService pool;
    private ColumnMapping mapping;
    private final Function<ProjectRecord, List<Finding>> extra;

    /**
     * @param json the reader
     * @param validator the validator, possibly still being built; null to read without validating
     * @param profile the validation profile; ignored without a validator
     */
    RecordPipeline(TerrinclusJson json, CompletableFuture<RecordValidator> validator, Profile profile) {
        this(json, validator, profile, null);
    }

    /** @param extra checks added to the validator's, as the IATI profile's; null for none */
    RecordPipeline(
            TerrinclusJson json,
            CompletableFuture<RecordValidator> validator,
            Profile profile,
            Function<ProjectRecord, List<Finding>> extra) {
        this.extra = extra;
        this.json = json;
        this.validator = validator;
        this.profile = profile;
        this.threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        this.maxInFlight = Math.max(64, 32 * threads);
    }

    /** Reads spreadsheets with a mapping of their own columns, rather than in the layout. */
    RecordPipeline withMapping(ColumnMapping mapping) {
        this.mapping = mapping;
        return this;
    }

    /** Starts building the library's validator in the background, while the input is opened. */
    static CompletableFuture<RecordValidator> startValidator() {
        return CompletableFuture.supplyAsync(RecordValidator::create, daemon -> {
            Thread thread = new Thread(daemon, "terrinclus-validator-factory");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /**
     * Reads and validates every record of the sources, passing each result to the sink in input
     * order; the progress is told of each record.
     */
    void run(List<Source> sources, Progress progress, Consumer<RecordResult> sink) {
        ArrayDeque<Future<RecordResult>> inFlight = new ArrayDeque<>();
        for (Source source : sources) {
            if (source.isSpreadsheet()) {
                readSpreadsheet(source, inFlight, progress, sink);
                continue;
            }
            int index = 0;
            if (source.isIati()) {
                IatiInputs.read(
                        source,
                        read -> {
                            inFlight.add(submit(
                                    source.name(), read.getRecord(), r -> RecordResult.of(source.name(), read, r)));
                            progress.tick();
                            while (inFlight.size() >= maxInFlight) {
                                sink.accept(await(inFlight.poll()));
                            }
                        },
                        (at, e) -> {
                            inFlight.add(
                                    CompletableFuture.completedFuture(RecordResult.unreadable(source.name(), at, e)));
                            progress.tick();
                        });
                continue;
            }
            try (InputStream in = source.open();
                    BulkReader reader = json.readAll(in, source.format())) {
                Supplier<ReadResult> read;
                while ((read = reader.nextLater()) != null) {
                    index++;
                    inFlight.add(submit(source, read));
                    progress.tick();
                    while (inFlight.size() >= maxInFlight) {
                        sink.accept(await(inFlight.poll()));
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                IOException cause =
                        e instanceof UncheckedIOException ? ((UncheckedIOException) e).getCause() : (IOException) e;
                inFlight.add(CompletableFuture.completedFuture(RecordResult.unreadable(source.name(), index, cause)));
                progress.tick();
            }
        }
        while (!inFlight.isEmpty()) {
            sink.accept(await(inFlight.poll()));
        }
        progress.done();
    }

    /** A workbook or CSV file is read whole (within its size limits), then validated record by record. */
    private void readSpreadsheet(
            Source source, ArrayDeque<Future<RecordResult>> inFlight, Progress progress, Consumer<RecordResult> sink) {
        SpreadsheetReading reading;
        try (InputStream in = source.open()) {
            String name = source.name().replaceAll(".*[/\\\\]", "");
            TerrinclusSpreadsheet sheets = TerrinclusSpreadsheet.of(json.getMode());
            reading = (mapping == null ? sheets : sheets.withMapping(mapping)).read(in, name);
        } catch (IOException | UncheckedIOException e) {
            IOException cause =
                    e instanceof UncheckedIOException ? ((UncheckedIOException) e).getCause() : (IOException) e;
            inFlight.add(CompletableFuture.completedFuture(RecordResult.unreadable(source.name(), 0, cause)));
            progress.tick();
            return;
        }
        for (SheetRecord read : reading.getRecords()) {
            if (validator == null || read.getRecord().isEmpty()) {
                inFlight.add(CompletableFuture.completedFuture(
                        RecordResult.ofSheet(source.name(), read, ValidationReport.empty())));
            } else {
                inFlight.add(pool().submit(() -> RecordResult.ofSheet(
                        source.name(), read, validate(read.getRecord().orElseThrow()))));
            }
            progress.tick();
            while (inFlight.size() >= maxInFlight) {
                sink.accept(await(inFlight.poll()));
            }
        }
        if (!reading.getFindings().isEmpty()) {
            inFlight.add(CompletableFuture.completedFuture(
                    RecordResult.ofSheetFile(source.name(), reading.getRecords().size(), reading)));
        }
    }

    /** Reads (for JSON Lines: parses the line) and validates the record on the pool. */
    private Future<RecordResult> submit(Source source, Supplier<ReadResult> later) {
        return pool().submit(() -> {
            ReadResult read = later.get();
            if (validator == null || read.getRecord().isEmpty()) {
                return RecordResult.of(source.name(), read, ValidationReport.empty());
            }
            return RecordResult.of(
                    source.name(), read, validate(read.getRecord().orElseThrow()));
        });
    }

    private Future<RecordResult> submit(
            String source, java.util.Optional<ProjectRecord> record, Function<ValidationReport, RecordResult> result) {
        if (validator == null || record.isEmpty()) {
            return CompletableFuture.completedFuture(result.apply(ValidationReport.empty()));
        }
        return pool().submit(() -> result.apply(validate(record.get())));
    }

    private ValidationReport validate(ProjectRecord record) {
        ValidationReport report = validator.join().validate(record, profile);
        return extra == null ? report : report.plus(ValidationReport.of(extra.apply(record)));
    }

    private ExecutorService pool() {
        if (pool == null) {
            AtomicInteger number = new AtomicInteger();
            pool = Executors.newFixedThreadPool(threads, task -> {
                Thread thread = new Thread(task, "terrinclus-validate-" + number.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
        }
        return pool;
    }

    private static RecordResult await(Future<RecordResult> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
