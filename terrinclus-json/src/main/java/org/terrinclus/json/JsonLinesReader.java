package org.terrinclus.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.function.Supplier;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.validation.Severity;

/**
 * Reads JSON Lines: each line is parsed on its own, so a bad line is reported and the next one
 * read. A line longer than the record size limit is skipped without being kept in memory: the
 * reader holds at most about twice that limit, however large the stream.
 */
final class JsonLinesReader extends BulkReader {

    private static final int CHUNK = 1 << 16;

    private final TerrinclusJson json;
    private final InputStream in;
    private final long maxLine;

    /** Bytes read from the stream and not yet consumed: buffer[start, end). */
    private byte[] buffer = new byte[CHUNK];

    private int start;
    private int end;
    private boolean eof;

    /** The line being assembled, and its number from 1. */
    private int lineNumber;

    private int index;

    JsonLinesReader(TerrinclusJson json, InputStream in) {
        this.json = json;
        this.in = in;
        this.maxLine = json.limits().getMaxDocumentLength();
    }

    @Override
    ReadResult readNext() throws IOException {
        Supplier<ReadResult> next = next(false);
        return next == null ? null : next.get();
    }

    @Override
    Supplier<ReadResult> takeNext() throws IOException {
        return next(true);
    }

    /**
     * The next non-blank line's result: read now from the buffer, or, with {@code copy}, read by
     * the supplier from a copy of the line, so that it can run on another thread.
     */
    private Supplier<ReadResult> next(boolean copy) throws IOException {
        while (true) {
            Line line = nextLine();
            if (line == null) {
                return null;
            }
            if (line.tooLong) {
                return tooLong(line.number);
            }
            int from = line.from;
            int to = line.to;
            // A CRLF line ends before its CR: left in, it would move positions at the end of the
            // line (a truncated record) to the start of a next line that does not exist.
            if (to > from && buffer[to - 1] == '\r') {
                to--;
            }
            // A byte-order mark may start any line of a file joined from several files; each is
            // skipped and reported, never taken silently.
            boolean bom = to - from >= 3
                    && (buffer[from] & 0xFF) == 0xEF
                    && (buffer[from + 1] & 0xFF) == 0xBB
                    && (buffer[from + 2] & 0xFF) == 0xBF;
            if (bom) {
                from += 3;
            }
            if (isBlank(from, to)) {
                continue;
            }
            if (to - from > maxLine) {
                // Over the limit but short enough to have been buffered whole: the parser's
                // factory would refuse it with an exception; report it like a longer line.
                return tooLong(line.number);
            }
            int number = line.number;
            int rank = index++;
            if (!copy) {
                ReadResult result = parseLine(json, buffer, from, to - from, number, rank, bom);
                return () -> result;
            }
            byte[] bytes = Arrays.copyOfRange(buffer, from, to);
            return () -> parse(json, bytes, number, rank, bom);
        }
    }

    /** Reads one line's record; safe on any thread (it touches no state of the reader). */
    private static ReadResult parse(TerrinclusJson json, byte[] bytes, int number, int index, boolean bom) {
        try {
            return parseLine(json, bytes, 0, bytes.length, number, index, bom);
        } catch (IOException e) {
            // Parsing bytes in memory does no I/O; closing the parser cannot fail either.
            throw new UncheckedIOException(e);
        }
    }

    private static ReadResult parseLine(
            TerrinclusJson json, byte[] bytes, int offset, int length, int number, int index, boolean bom)
            throws IOException {
        JsonParser opened;
        try {
            Utf8Check.check(bytes, offset, offset + length);
            opened = json.documentFactory().createParser(bytes, offset, length);
        } catch (CharConversionException e) {
            return RecordReading.encodingResult(e, index, number - 1);
        }
        try (JsonParser p = opened) {
            ReadContext c = new ReadContext(
                    new JacksonTokens(p, json.plainFactory()), json.mode(), json.limits(), 0, number - 1);
            if (bom) {
                RecordReading.reportBom(c, number);
            }
            ProjectRecord record = null;
            try {
                p.nextToken();
                record = RecordReading.readRecord(c);
                if (p.nextToken() != null) {
                    c.report(
                            JsonRules.SYNTAX,
                            Severity.ERROR,
                            "",
                            JacksonTokens.at(p.currentTokenLocation()),
                            "Contenu en trop après l'enregistrement : une ligne contient un seul objet JSON.",
                            "Trailing content after the record: a line holds a single JSON object.");
                }
            } catch (JsonProcessingException | ReadContext.LimitExceeded | CharConversionException e) {
                RecordReading.reportFailure(c, p, e);
            }
            return new ReadResult(c.errorCount() == 0 ? record : null, c.findings(), index, c.id, number);
        }
    }

    private Supplier<ReadResult> tooLong(int number) {
        ReadResult result = RecordReading.limitResult(
                "line " + number + " is longer than the maximum record size (" + maxLine + " bytes) and was skipped",
                index++,
                number);
        return () -> result;
    }

    private boolean isBlank(int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = buffer[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** A line: its bytes are buffer[from, to), without the line break. */
    private static final class Line {
        final int number;
        final int from;
        final int to;
        final boolean tooLong;

        Line(int number, int from, int to, boolean tooLong) {
            this.number = number;
            this.from = from;
            this.to = to;
            this.tooLong = tooLong;
        }
    }

    /** The next line, or null at the end of the stream; a line over the limit is skipped. */
    private Line nextLine() throws IOException {
        if (eof && start >= end) {
            return null;
        }
        int number = ++lineNumber;
        int scanned = start;
        while (true) {
            for (int i = scanned; i < end; i++) {
                if (buffer[i] == '\n') {
                    int from = start;
                    start = i + 1;
                    return new Line(number, from, i, false);
                }
            }
            scanned = end;
            if (end - start > maxLine) {
                skipRestOfLine();
                return new Line(number, 0, 0, true);
            }
            if (eof) {
                int from = start;
                start = end;
                return new Line(number, from, end, false);
            }
            int scannedFromStart = scanned - start;
            fill();
            scanned = start + scannedFromStart;
        }
    }

    /** Reads more of the stream, compacting or growing the buffer (never past the limit). */
    private void fill() throws IOException {
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buffer.length) {
            long grown = Math.min((long) buffer.length * 2, maxLine + CHUNK);
            buffer = Arrays.copyOf(buffer, (int) Math.min(grown, Integer.MAX_VALUE - 16));
        }
        int n = in.read(buffer, end, buffer.length - end);
        if (n < 0) {
            eof = true;
        } else {
            end += n;
        }
    }

    /** Drops bytes up to and including the next line break, reading in chunks. */
    private void skipRestOfLine() throws IOException {
        while (true) {
            for (int i = start; i < end; i++) {
                if (buffer[i] == '\n') {
                    start = i + 1;
                    return;
                }
            }
            start = 0;
            end = 0;
            if (buffer.length > CHUNK * 4) {
                buffer = new byte[CHUNK];
            }
            int n = in.read(buffer, 0, buffer.length);
            if (n < 0) {
                eof = true;
                return;
            }
            end = n;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
