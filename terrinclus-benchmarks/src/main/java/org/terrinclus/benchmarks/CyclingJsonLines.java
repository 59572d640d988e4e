package org.terrinclus.benchmarks;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.terrinclus.json.TerrinclusJson;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.testing.RecordGenerator;

/**
 * A JSON Lines stream of many records in constant memory: a few distinct records, written once,
 * repeated in turn until the count is reached, each line with its own id ({@code <id>-<n>}, n from
 * 0). Only the distinct records' bytes are kept; nothing grows with the count.
 */
public final class CyclingJsonLines extends InputStream {

    private static final String MARKER = "zq9benchmarkidmarker9qz";

    private final byte[][] prefixes;
    private final byte[][] suffixes;
    private final long count;

    /** The line being served, its length, and the next byte to serve. */
    private byte[] line = new byte[0];

    private int lineLength;
    private int position;
    private long next;

    private CyclingJsonLines(byte[][] prefixes, byte[][] suffixes, long count) {
        this.prefixes = prefixes;
        this.suffixes = suffixes;
        this.count = count;
    }

    /**
     * A stream of {@code count} lines cycling over {@code distinct} generated records (seeds 1 to
     * {@code distinct}).
     *
     * @param json the writer of the distinct records
     * @param distinct how many distinct records
     * @param count how many lines in all
     * @return the stream
     */
    public static CyclingJsonLines generated(TerrinclusJson json, int distinct, long count) {
        List<ProjectRecord> records = new ArrayList<>(distinct);
        for (int seed = 1; seed <= distinct; seed++) {
            records.add(new RecordGenerator(seed).next());
        }
        return of(json, records, count);
    }

    /**
     * A stream of {@code count} lines cycling over the given records.
     *
     * @param json the writer of the records
     * @param records the distinct records
     * @param count how many lines in all
     * @return the stream
     */
    public static CyclingJsonLines of(TerrinclusJson json, List<ProjectRecord> records, long count) {
        Objects.requireNonNull(json, "json");
        if (records.isEmpty()) {
            throw new IllegalArgumentException("no records");
        }
        byte[][] prefixes = new byte[records.size()][];
        byte[][] suffixes = new byte[records.size()][];
        for (int i = 0; i < records.size(); i++) {
            ProjectRecord record = records.get(i);
            ProjectRecord marked = ProjectRecord.builder()
                    .from(record)
                    .id(record.getId() + "-" + MARKER)
                    .build();
            byte[] bytes = json.writeBytes(marked);
            // One byte per char: indexes in the text are indexes in the bytes.
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            int at = text.indexOf(MARKER);
            if (at < 0 || text.indexOf(MARKER, at + 1) >= 0) {
                throw new IllegalStateException("The id marker must occur once in record " + record.getId());
            }
            prefixes[i] = Arrays.copyOfRange(bytes, 0, at);
            suffixes[i] = Arrays.copyOfRange(bytes, at + MARKER.length(), bytes.length);
        }
        return new CyclingJsonLines(prefixes, suffixes, count);
    }

    /**
     * The number of lines this stream serves.
     *
     * @return the count
     */
    public long count() {
        return count;
    }

    /**
     * The number of distinct records it cycles through.
     *
     * @return the count
     */
    public int distinct() {
        return prefixes.length;
    }

    /**
     * The total size of the distinct records' lines, in bytes.
     *
     * @return the sum of their lengths
     */
    public long distinctBytes() {
        long sum = 0;
        for (int i = 0; i < prefixes.length; i++) {
            sum += prefixes[i].length + suffixes[i].length;
        }
        return sum;
    }

    @Override
    public int read() {
        if (!ensureLine()) {
            return -1;
        }
        return line[position++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        int copied = 0;
        while (copied < len && ensureLine()) {
            int n = Math.min(len - copied, lineLength - position);
            System.arraycopy(line, position, b, off + copied, n);
            position += n;
            copied += n;
        }
        return copied == 0 ? -1 : copied;
    }

    /** Makes the next line current when the current one is served; false at the end. */
    private boolean ensureLine() {
        if (position < lineLength) {
            return true;
        }
        if (next >= count) {
            return false;
        }
        int which = (int) (next % prefixes.length);
        byte[] prefix = prefixes[which];
        byte[] suffix = suffixes[which];
        int needed = prefix.length + 20 + suffix.length + 1;
        if (line.length < needed) {
            line = new byte[Math.max(needed, line.length * 2)];
        }
        System.arraycopy(prefix, 0, line, 0, prefix.length);
        int at = writeDecimal(next, line, prefix.length);
        System.arraycopy(suffix, 0, line, at, suffix.length);
        at += suffix.length;
        line[at++] = '\n';
        lineLength = at;
        position = 0;
        next++;
        return true;
    }

    /** Writes a non-negative number in decimal at {@code at}; returns the index after it. */
    private static int writeDecimal(long value, byte[] into, int at) {
        int digits = 1;
        for (long v = value; v >= 10; v /= 10) {
            digits++;
        }
        long v = value;
        for (int i = at + digits - 1; i >= at; i--) {
            into[i] = (byte) ('0' + (v % 10));
            v /= 10;
        }
        return at + digits;
    }
}
