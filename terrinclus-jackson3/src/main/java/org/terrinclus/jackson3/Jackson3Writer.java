package org.terrinclus.jackson3;

import java.math.BigDecimal;
import org.terrinclus.json.TokenWriter;
import tools.jackson.core.JsonGenerator;

/** {@link TokenWriter} over a Jackson 3 generator, the application mapper's own. */
final class Jackson3Writer implements TokenWriter {

    private final JsonGenerator g;

    Jackson3Writer(JsonGenerator g) {
        this.g = g;
    }

    @Override
    public void startObject() {
        g.writeStartObject();
    }

    @Override
    public void endObject() {
        g.writeEndObject();
    }

    @Override
    public void startArray() {
        g.writeStartArray();
    }

    @Override
    public void endArray() {
        g.writeEndArray();
    }

    @Override
    public void name(String name) {
        g.writeName(name);
    }

    @Override
    public void string(String value) {
        g.writeString(value);
    }

    @Override
    public void number(int value) {
        g.writeNumber(value);
    }

    @Override
    public void number(BigDecimal value) {
        // Plain, never in exponent form, whatever the mapper's settings.
        g.writeNumber(value.toPlainString());
    }

    @Override
    public void numberText(String text) {
        g.writeNumber(text);
    }

    @Override
    public void bool(boolean value) {
        g.writeBoolean(value);
    }

    @Override
    public void nul() {
        g.writeNull();
    }
}
