package org.terrinclus.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.validation.Severity;

/**
 * Reads a JSON array of records, or a single record, with one parser over the whole stream.
 * Limits on record size apply per element. Broken syntax ends the stream with a finding, since
 * the parser cannot find the next element after it.
 */
final class JsonArrayReader extends BulkReader {

    private final TerrinclusJson json;
    private final InputStream in;
    private final BomSkippingStream source;
    /** Opened on the first read: opening detects the encoding, which may fail. */
    private JsonParser parser;

    private final boolean bom;
    private JsonStreamContext arrayContext;
    private boolean started;
    private boolean finished;
    private int index;

    JsonArrayReader(TerrinclusJson json, InputStream in) {
        this.json = json;
        this.in = in;
        this.source = new BomSkippingStream(in);
        this.bom = source.hadBom();
    }

    @Override
    ReadResult readNext() throws IOException {
        if (finished) {
            return null;
        }
        if (parser == null) {
            try {
                parser = json.streamFactory().createParser(Utf8Check.checking(source));
            } catch (CharConversionException e) {
                finished = true;
                return RecordReading.encodingResult(e, index++, 0);
            }
        }
        ReadContext c = null;
        try {
            if (!started) {
                started = true;
                JsonToken first = parser.nextToken();
                if (first == JsonToken.START_OBJECT) {
                    finished = true;
                    c = context(0);
                    ProjectRecord record = RecordReading.readRecord(c);
                    if (parser.nextToken() != null) {
                        c.report(
                                JsonRules.SYNTAX,
                                Severity.ERROR,
                                "",
                                JacksonTokens.at(parser.currentTokenLocation()),
                                "Contenu en trop après l'enregistrement : mettez plusieurs enregistrements dans un tableau JSON.",
                                "Trailing content after the record: put several records in a JSON array.");
                    }
                    return result(c, record);
                }
                if (first != JsonToken.START_ARRAY) {
                    finished = true;
                    c = context(0);
                    c.report(
                            first == null ? JsonRules.SYNTAX : JsonRules.TYPE,
                            Severity.ERROR,
                            "",
                            JacksonTokens.at(parser.currentLocation()),
                            first == null
                                    ? "Le fichier est vide."
                                    : "Le fichier doit contenir un objet JSON ou un tableau d'objets.",
                            first == null
                                    ? "The file is empty."
                                    : "The file must hold a JSON object or an array of objects.");
                    return result(c, null);
                }
                arrayContext = parser.getParsingContext();
            }
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY) {
                finished = true;
                if (parser.nextToken() != null) {
                    c = context(1);
                    c.report(
                            JsonRules.SYNTAX,
                            Severity.ERROR,
                            "",
                            JacksonTokens.at(parser.currentTokenLocation()),
                            "Contenu en trop après la fin du tableau.",
                            "Trailing content after the end of the array.");
                    return result(c, null);
                }
                return null;
            }
            if (token == null) {
                finished = true;
                c = context(1);
                c.report(
                        JsonRules.SYNTAX,
                        Severity.ERROR,
                        "",
                        JacksonTokens.at(parser.currentLocation()),
                        "Fichier tronqué : le tableau n'est pas fermé.",
                        "Truncated file: the array is not closed.");
                return result(c, null);
            }
            c = context(1);
            ProjectRecord record = RecordReading.readRecord(c);
            return result(c, record);
        } catch (ReadContext.LimitExceeded e) {
            RecordReading.reportFailure(c, parser, e);
            skipToNextElement();
            return result(c, null);
        } catch (JsonProcessingException | CharConversionException e) {
            finished = true;
            if (c == null) {
                c = context(1);
            }
            RecordReading.reportFailure(c, parser, e);
            return result(c, null);
        }
    }

    private ReadContext context(int pointerSegmentsToDrop) {
        return new ReadContext(
                new JacksonTokens(parser, json.plainFactory()), json.mode(), json.limits(), pointerSegmentsToDrop, 0);
    }

    private ReadResult result(ReadContext c, ProjectRecord record) {
        if (bom && index == 0) {
            RecordReading.reportBom(c, 0);
        }
        return new ReadResult(c.errorCount() == 0 ? record : null, c.findings(), index++, c.id, c.startLine());
    }

    /** After a record too large, skips its remaining tokens without keeping them. */
    private void skipToNextElement() throws IOException {
        while (parser.getParsingContext() != arrayContext) {
            if (parser.nextToken() == null) {
                finished = true;
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (parser != null) {
                parser.close();
            }
        } finally {
            in.close();
        }
    }
}
