package org.terrinclus.iati;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.terrinclus.iati.internal.DocumentReader;
import org.terrinclus.iati.internal.DocumentWriter;
import org.terrinclus.iati.internal.Vocabulary;
import org.terrinclus.project.ProjectRecord;

/**
 * Writes records as an IATI 2.03 activity file, and reads IATI 2.01 to 2.03 activity files as
 * records. Thread-safe: build one and share it.
 *
 * <pre>{@code
 * TerrinclusIati iati = TerrinclusIati.create();
 * IatiExportResult written = iati.write(records, out, options);
 * try (IatiReader activities = iati.readAll(in)) {
 *     while (activities.hasNext()) {
 *         IatiReadResult activity = activities.next(); // a record and its findings
 *     }
 * }
 * }</pre>
 */
public final class TerrinclusIati {

    /** The namespace of the Terrinclus elements that carry, inside each activity, what IATI has no place for. */
    public static final String NAMESPACE = Vocabulary.NS;

    private static final TerrinclusIati DEFAULT = new TerrinclusIati(IatiLimits.defaults());

    private final IatiLimits limits;

    private TerrinclusIati(IatiLimits limits) {
        this.limits = limits;
    }

    /**
     * Returns an instance with the default limits.
     *
     * @return the instance
     */
    public static TerrinclusIati create() {
        return DEFAULT;
    }

    /**
     * Returns an instance whose reader has these limits.
     *
     * @param limits the reader's bounds
     * @return the instance
     */
    public static TerrinclusIati of(IatiLimits limits) {
        return new TerrinclusIati(Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Writes records as one {@code iati-activities} document, one activity each, as a stream.
     *
     * @param records the records, read once
     * @param out where to write UTF-8 XML; flushed, not closed
     * @param options what IATI requires and records lack
     * @return the number of activities and the findings of each record
     * @throws java.io.UncheckedIOException if writing to {@code out} fails
     */
    public IatiExportResult write(Iterator<ProjectRecord> records, OutputStream out, IatiExportOptions options) {
        DocumentWriter.Result result = DocumentWriter.write(records, out, options);
        return new IatiExportResult(result.activities, result.findings);
    }

    /**
     * Writes records as one {@code iati-activities} document.
     *
     * @param records the records
     * @param out where to write UTF-8 XML; flushed, not closed
     * @param options what IATI requires and records lack
     * @return the number of activities and the findings of each record
     * @throws java.io.UncheckedIOException if writing to {@code out} fails
     */
    public IatiExportResult write(Iterable<ProjectRecord> records, OutputStream out, IatiExportOptions options) {
        return write(records.iterator(), out, options);
    }

    /**
     * Writes records as a document in a string; the findings are dropped, so use this where they
     * are known to be none, or {@link #write(Iterable, OutputStream, IatiExportOptions)}.
     *
     * @param records the records
     * @param options what IATI requires and records lack
     * @return the XML document
     */
    public String writeString(Iterable<ProjectRecord> records, IatiExportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(records, out, options);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Reads the activities of an IATI file one at a time.
     *
     * @param in the file's bytes; closed when the reader is closed or reaches the end
     * @return the activities, as records with findings
     */
    public IatiReader readAll(InputStream in) {
        return new IatiReader(new DocumentReader(Objects.requireNonNull(in, "in"), limits));
    }

    /**
     * Reads every activity of a document held in memory.
     *
     * @param xml the document's bytes
     * @return one result per activity, and one for findings on the file itself if any
     */
    public List<IatiReadResult> read(byte[] xml) {
        List<IatiReadResult> results = new ArrayList<>();
        try (IatiReader reader = readAll(new ByteArrayInputStream(xml))) {
            reader.forEachRemaining(results::add);
        }
        return results;
    }

    /**
     * Reads every activity of a document held in a string.
     *
     * @param xml the document
     * @return one result per activity, and one for findings on the file itself if any
     */
    public List<IatiReadResult> read(String xml) {
        return read(xml.getBytes(StandardCharsets.UTF_8));
    }
}
