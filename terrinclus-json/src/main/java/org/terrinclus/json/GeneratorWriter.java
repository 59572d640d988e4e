package org.terrinclus.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;

/** {@link TokenWriter} over a jackson-core 2 generator. */
final class GeneratorWriter implements TokenWriter {

    private final JsonGenerator g;

    GeneratorWriter(JsonGenerator g) {
        this.g = g;
    }

    @Override
    public void startObject() throws IOException {
        g.writeStartObject();
    }

    @Override
    public void endObject() throws IOException {
        g.writeEndObject();
    }

    @Override
    public void startArray() throws IOException {
        g.writeStartArray();
    }

    @Override
    public void endArray() throws IOException {
        g.writeEndArray();
    }

    @Override
    public void name(String name) throws IOException {
        g.writeFieldName(name);
    }

    @Override
    public void string(String value) throws IOException {
        g.writeString(value);
    }

    @Override
    public void number(int value) throws IOException {
        g.writeNumber(value);
    }

    @Override
    public void number(BigDecimal value) throws IOException {
        g.writeNumber(value);
    }

    @Override
    public void numberText(String text) throws IOException {
        g.writeNumber(text);
    }

    @Override
    public void bool(boolean value) throws IOException {
        g.writeBoolean(value);
    }

    @Override
    public void nul() throws IOException {
        g.writeNull();
    }
}
