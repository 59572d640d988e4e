package org.terrinclus.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Objects;
import org.terrinclus.project.ProjectRecord;

/**
 * Reads and writes project records in the Terrinclus JSON format. Thread-safe; build one and
 * share it.
 *
 * <p>Reading never throws on bad input: every problem — syntax, types, missing or unknown
 * fields, impossible values, exceeded limits — becomes a finding with its JSON Pointer, line and
 * column, and one pass reports all it can. The only exception is {@link UncheckedIOException},
 * when the underlying stream itself fails.
 *
 * <pre>{@code
 * TerrinclusJson json = TerrinclusJson.strict();
 * ReadResult result = json.read(bytes);
 * result.getFindings().forEach(System.out::println);
 * String text = json.writeString(result.orElseThrow());
 * }</pre>
 */
public final class TerrinclusJson {

    private final ReadMode mode;
    private final JsonLimits limits;
    /** For one record per parser: every limit applies, the document length included. */
    private final JsonFactory documentFactory;
    /** For a stream of records: the document length is checked per record by the reader. */
    private final JsonFactory streamFactory;
    /** For kept unknown fields and for writing: no limits of its own. */
    private final JsonFactory plainFactory;

    private final RecordEncoder encoder;

    private TerrinclusJson(ReadMode mode, JsonLimits limits) {
        this.mode = Objects.requireNonNull(mode, "mode");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.documentFactory = readFactory(limits, limits.getMaxDocumentLength());
        this.streamFactory = readFactory(limits, -1);
        this.plainFactory = JsonFactory.builder()
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
        this.encoder = new RecordEncoder(plainFactory);
    }

    /** A strict reader and writer with the default limits: unknown fields are errors. */
    public static TerrinclusJson strict() {
        return new TerrinclusJson(ReadMode.STRICT, JsonLimits.defaults());
    }

    /** A lenient reader and writer with the default limits: unknown fields are kept. */
    public static TerrinclusJson lenient() {
        return new TerrinclusJson(ReadMode.LENIENT, JsonLimits.defaults());
    }

    /** A reader and writer with the given mode and limits. */
    public static TerrinclusJson of(ReadMode mode, JsonLimits limits) {
        return new TerrinclusJson(mode, limits);
    }

    /** How this reader treats unknown fields. */
    public ReadMode getMode() {
        return mode;
    }

    /** The limits this reader enforces. */
    public JsonLimits getLimits() {
        return limits;
    }

    /** Where the JSON Schema of the format lies among the jar's resources. */
    public static final String SCHEMA_RESOURCE = "/org/terrinclus/json/terrinclus-record.schema.json";

    /**
     * The JSON Schema (draft 2020-12) of one record in this format, as text.
     *
     * @throws IllegalStateException if the jar has lost its schema resource
     */
    public static String schema() {
        try (InputStream in = TerrinclusJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + SCHEMA_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- reading

    /** Reads one record from UTF-8 bytes. */
    public ReadResult read(byte[] json) {
        Objects.requireNonNull(json, "json");
        try {
            Utf8Check.check(json, 0, json.length);
        } catch (Utf8Check.Malformed e) {
            return RecordReading.encodingResult(e, 0, 0);
        }
        return RecordReading.single(this, () -> documentFactory.createParser(json), json.length > 0 && hasBom(json));
    }

    /** Reads one record from text. */
    public ReadResult read(String json) {
        Objects.requireNonNull(json, "json");
        boolean bom = json.startsWith("\uFEFF");
        String text = bom ? json.substring(1) : json;
        return RecordReading.single(this, () -> documentFactory.createParser(text), bom);
    }

    /**
     * Reads one record from a UTF-8 stream, which is not closed.
     *
     * @throws UncheckedIOException if reading the stream fails
     */
    public ReadResult read(InputStream in) {
        Objects.requireNonNull(in, "in");
        BomSkippingStream source = new BomSkippingStream(in);
        InputStream checked = Utf8Check.checking(source);
        return RecordReading.single(this, () -> documentFactory.createParser(checked), source.hadBom());
    }

    /**
     * Reads one record from a UTF-8 file.
     *
     * @throws UncheckedIOException if the file cannot be opened or read
     */
    public ReadResult read(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the records of a UTF-8 file one at a time, in constant memory: JSON Lines if its name
     * ends in {@code .jsonl} or {@code .ndjson}, otherwise a JSON array of records (or a single
     * record). The caller closes the returned reader, which closes the file.
     *
     * @throws UncheckedIOException if the file cannot be opened, or reading it fails while iterating
     */
    public BulkReader readAll(Path file) {
        String name =
                file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return readAll(
                file, name.endsWith(".jsonl") || name.endsWith(".ndjson") ? BulkFormat.JSON_LINES : BulkFormat.JSON);
    }

    /**
     * Reads the records of a UTF-8 file one at a time, in constant memory. The caller closes the
     * returned reader, which closes the file.
     *
     * @throws UncheckedIOException if the file cannot be opened, or reading it fails while iterating
     */
    public BulkReader readAll(Path file, BulkFormat format) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        try {
            return readAll(Files.newInputStream(file), format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads many records from a UTF-8 stream, one at a time, in constant memory whatever the
     * stream's size. The caller closes the returned reader, which closes the stream.
     *
     * @param format JSON Lines, or a JSON array of records (or a single record)
     * @throws UncheckedIOException if reading the stream fails, now or while iterating
     */
    public BulkReader readAll(InputStream in, BulkFormat format) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(format, "format");
        return format == BulkFormat.JSON_LINES ? new JsonLinesReader(this, in) : new JsonArrayReader(this, in);
    }

    // ---- writing

    /** The record as compact JSON text. */
    public String writeString(ProjectRecord record) {
        return new String(writeBytes(record, false), StandardCharsets.UTF_8);
    }

    /** The record as indented JSON text, for people to read. */
    public String writePrettyString(ProjectRecord record) {
        return new String(writeBytes(record, true), StandardCharsets.UTF_8);
    }

    /** The record as compact UTF-8 JSON. */
    public byte[] writeBytes(ProjectRecord record) {
        return writeBytes(record, false);
    }

    private byte[] writeBytes(ProjectRecord record, boolean pretty) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        write(record, out, pretty);
        return out.toByteArray();
    }

    /**
     * Writes one record as UTF-8 JSON to a stream, which is flushed, not closed.
     *
     * @throws UncheckedIOException if writing fails
     */
    public void write(ProjectRecord record, OutputStream out, boolean pretty) {
        Objects.requireNonNull(record, "record");
        try (JsonGenerator g = generator(out, pretty)) {
            encoder.record(g, record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes records to a stream, which is flushed, not closed: one compact record per line for
     * JSON Lines, or a JSON array (indented when {@code pretty}).
     *
     * @return how many records were written
     * @throws UncheckedIOException if writing fails
     */
    public long writeAll(Iterator<ProjectRecord> records, OutputStream out, BulkFormat format, boolean pretty) {
        Objects.requireNonNull(records, "records");
        long count = 0;
        try {
            if (format == BulkFormat.JSON_LINES) {
                try (JsonGenerator g = generator(out, false)) {
                    g.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
                    while (records.hasNext()) {
                        encoder.record(g, records.next());
                        count++;
                    }
                    g.writeRaw('\n');
                }
            } else {
                try (JsonGenerator g = generator(out, pretty)) {
                    g.writeStartArray();
                    while (records.hasNext()) {
                        encoder.record(g, records.next());
                        count++;
                    }
                    g.writeEndArray();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }

    /** Writes one record with a generator the caller owns (used by {@link TerrinclusModule}). */
    void write(ProjectRecord record, JsonGenerator g) throws IOException {
        encoder.record(g, record);
    }

    RecordEncoder encoder() {
        return encoder;
    }

    private JsonGenerator generator(OutputStream out, boolean pretty) throws IOException {
        JsonGenerator g = plainFactory.createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        if (pretty) {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            g.setPrettyPrinter(printer);
        }
        return g;
    }

    // ---- package-private plumbing for the readers

    ReadMode mode() {
        return mode;
    }

    JsonLimits limits() {
        return limits;
    }

    JsonFactory documentFactory() {
        return documentFactory;
    }

    JsonFactory streamFactory() {
        return streamFactory;
    }

    JsonFactory plainFactory() {
        return plainFactory;
    }

    private static JsonFactory readFactory(JsonLimits limits, long maxDocumentLength) {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.getMaxNestingDepth())
                        .maxNumberLength(limits.getMaxNumberLength())
                        .maxStringLength(limits.getMaxStringLength())
                        .maxDocumentLength(maxDocumentLength)
                        .maxNameLength(Math.min(limits.getMaxStringLength(), 50_000))
                        .build())
                // Duplicate keys are detected by the reader itself, which goes on reading after one.
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .build();
    }

    private static boolean hasBom(byte[] json) {
        return json.length >= 3 && (json[0] & 0xFF) == 0xEF && (json[1] & 0xFF) == 0xBB && (json[2] & 0xFF) == 0xBF;
    }
}
