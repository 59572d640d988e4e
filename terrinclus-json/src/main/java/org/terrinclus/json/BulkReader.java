package org.terrinclus.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The records of a bulk source, read one at a time in constant memory. Each {@link ReadResult}
 * holds a record or the findings that say why it could not be read; a bad record does not stop
 * the others, except where the source itself can no longer be followed (broken syntax in a JSON
 * array). Close it to close the source.
 *
 * <pre>{@code
 * try (BulkReader records = json.readAll(in, BulkFormat.JSON_LINES)) {
 *     records.forEachRemaining(result -> ...);
 * }
 * }</pre>
 */
public abstract class BulkReader implements Iterator<ReadResult>, Closeable {

    private ReadResult next;
    private boolean done;

    BulkReader() {}

    /** Reads the next result, or returns null at the end of the source. */
    abstract ReadResult readNext() throws IOException;

    /**
     * Whether another result follows.
     *
     * @throws UncheckedIOException if reading the source fails
     */
    @Override
    public final boolean hasNext() {
        if (next == null && !done) {
            try {
                next = readNext();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            done = next == null;
        }
        return next != null;
    }

    /**
     * The next result.
     *
     * @throws NoSuchElementException at the end of the source
     * @throws UncheckedIOException if reading the source fails
     */
    @Override
    public final ReadResult next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ReadResult result = next;
        next = null;
        return result;
    }

    /**
     * Takes the next record from the source without reading it yet, so that records can be read
     * on several threads: the supplier reads the record when called, on any thread, and gives the
     * same result as {@link #next()} would have (same index, same lines and columns). For JSON
     * Lines, this method only finds the line and copies its bytes; for a JSON array, which cannot
     * be cut without reading it, the record is read here and the supplier returns it.
     *
     * <p>Use either this method or {@link #hasNext()}/{@link #next()} on a reader, not both.
     *
     * @return the next record to read, or null at the end of the source
     * @throws UncheckedIOException if reading the source fails
     */
    public final Supplier<ReadResult> nextLater() {
        if (next != null) {
            ReadResult result = next;
            next = null;
            return () -> result;
        }
        if (done) {
            return null;
        }
        Supplier<ReadResult> later;
        try {
            later = takeNext();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        done = later == null;
        return later;
    }

    /** Takes the next record, leaving its reading to the supplier where the format allows. */
    Supplier<ReadResult> takeNext() throws IOException {
        ReadResult result = readNext();
        return result == null ? null : () -> result;
    }

    /** The remaining results as a sequential stream; closing the stream closes this reader. */
    public final Stream<ReadResult> stream() {
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(() -> {
                    try {
                        close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }
}
