package org.terrinclus.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.terrinclus.json.FindingsJson;
import org.terrinclus.spreadsheet.CellLocation;
import org.terrinclus.validation.Finding;

/**
 * Writes validation results as one JSON object, streamed with Jackson's {@link JsonGenerator} as
 * the records come, each finding as {@link FindingsJson} writes it:
 *
 * <pre>{@code
 * {"results":[{"source":"data/a.json","index":0,"id":"aude","valid":true,
 *              "findings":[{"rule":"…","severity":"warning","path":"/…","message":"…","line":3,"column":5}]}],
 *  "summary":{"records":1,"valid":1,"invalid":0,"errors":0,"warnings":1,"infos":0}}
 * }</pre>
 *
 * <p>{@code id} is null when the reader did not get as far as the record's id; {@code line} and
 * {@code column} are present only when known (findings of reading).
 */
final class JsonResults implements ResultSink {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final JsonGenerator g;
    private final Lang lang;

    JsonResults(Writer out, Lang lang) {
        this.lang = lang;
        try {
            this.g = FACTORY.createGenerator(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    @Override
    public void start() {
        try {
            g.writeStartObject();
            g.writeArrayFieldStart("results");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void accept(RecordResult result) {
        try {
            g.writeStartObject();
            g.writeStringField("source", result.source());
            g.writeNumberField("index", result.index());
            if (result.id().isPresent()) {
                g.writeStringField("id", result.id().get());
            } else {
                g.writeNullField("id");
            }
            g.writeBooleanField("valid", result.isValid());
            g.writeArrayFieldStart("findings");
            for (Finding finding : result.findings()) {
                if (result.cell(finding).isEmpty()) {
                    FindingsJson.write(g, finding, lang.locale());
                } else {
                    // The shared shape of a finding, plus the spreadsheet cell it is about.
                    g.writeStartObject();
                    for (java.util.Map.Entry<String, Object> field :
                            FindingsJson.toMap(finding, lang.locale()).entrySet()) {
                        g.writeFieldName(field.getKey());
                        if (field.getValue() instanceof Integer) {
                            g.writeNumber((Integer) field.getValue());
                        } else {
                            g.writeString(String.valueOf(field.getValue()));
                        }
                    }
                    CellLocation cell = result.cell(finding).get();
                    g.writeObjectFieldStart("cell");
                    g.writeStringField("ref", cell.toString());
                    g.writeStringField("sheet", cell.getSheet());
                    g.writeNumberField("row", cell.getRow());
                    g.writeStringField("column", cell.getColumnLetters());
                    g.writeEndObject();
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void finish(Summary summary) {
        try {
            g.writeEndArray();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("records", summary.records());
            g.writeNumberField("valid", summary.valid());
            g.writeNumberField("invalid", summary.invalid());
            g.writeNumberField("errors", summary.errors());
            g.writeNumberField("warnings", summary.warnings());
            g.writeNumberField("infos", summary.infos());
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
            g.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            g.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
