package org.terrinclus.iati.internal;

import com.ctc.wstx.api.WstxOutputProperties;
import com.ctc.wstx.stax.WstxOutputFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.terrinclus.iati.IatiExportOptions;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.validation.Finding;
import org.terrinclus.validation.Severity;

/** Writes an {@code iati-activities} document, one activity per record, as a stream. */
public final class DocumentWriter {

    private static final XMLOutputFactory FACTORY = factory();

    private DocumentWriter() {}

    private static XMLOutputFactory factory() {
        XMLOutputFactory factory = new WstxOutputFactory();
        // A carriage return inside a text must come back as one, not as a line feed.
        factory.setProperty(WstxOutputProperties.P_OUTPUT_ESCAPE_CR, true);
        factory.setProperty(WstxOutputProperties.P_OUTPUT_VALIDATE_STRUCTURE, true);
        return factory;
    }

    /**
     * Writes the records.
     *
     * @param records the records, read once
     * @param out where to write; flushed, not closed
     * @param options what the records lack
     * @return the findings of each record, by index, for records that have some; and the count
     */
    public static Result write(Iterator<ProjectRecord> records, OutputStream out, IatiExportOptions options) {
        Map<Integer, List<Finding>> findings = new LinkedHashMap<>();
        int index = 0;
        try {
            XMLStreamWriter writer = FACTORY.createXMLStreamWriter(out, "UTF-8");
            XmlOut xml = new XmlOut(writer);
            writer.writeStartDocument("UTF-8", "1.0");
            writer.setPrefix(Vocabulary.PREFIX, Vocabulary.NS);
            xml.start("iati-activities");
            writer.writeNamespace(Vocabulary.PREFIX, Vocabulary.NS);
            xml.attr("version", "2.03");
            if (options.getGeneratedAt().isPresent()) {
                xml.attr("generated-datetime", options.getGeneratedAt().get().toString());
            }
            while (records.hasNext()) {
                ProjectRecord record = records.next();
                List<Finding> own = new ArrayList<>();
                xml.onInvalidText(text -> own.add(invalidText(text)));
                try {
                    new ActivityWriter(xml, options, own::add).write(record);
                } catch (ActivityWriter.WriteFailure e) {
                    throw (XMLStreamException) e.getCause();
                }
                if (!own.isEmpty()) {
                    findings.put(index, own);
                }
                index++;
            }
            xml.end();
            writer.writeCharacters("\n");
            writer.writeEndDocument();
            writer.flush();
            writer.close();
            out.flush();
            return new Result(index, findings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    private static UncheckedIOException failure(XMLStreamException e) {
        Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
        if (cause instanceof IOException) {
            return new UncheckedIOException((IOException) cause);
        }
        return new UncheckedIOException(new IOException("Cannot write IATI XML: " + e.getMessage(), e));
    }

    /** The counts and findings of a written document. */
    public static final class Result {
        public final int activities;
        public final Map<Integer, List<Finding>> findings;

        Result(int activities, Map<Integer, List<Finding>> findings) {
            this.activities = activities;
            this.findings = findings;
        }
    }

    static Finding invalidText(String text) {
        return Finding.of(
                "iati.export.dropped",
                Severity.WARNING,
                "",
                "Un texte contient un caractère que XML ne peut pas porter ; il est remplacé par \uFFFD : « "
                        + preview(text) + " »",
                "A text holds a character XML cannot carry; it is replaced by \uFFFD: '" + preview(text) + "'");
    }

    static String preview(String text) {
        String cleaned = text.codePoints()
                .map(c -> c < 0x20 ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return cleaned.length() > 60 ? cleaned.substring(0, 60) + "…" : cleaned;
    }

    static List<Finding> list() {
        return new ArrayList<>();
    }
}
