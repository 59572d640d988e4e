package org.terrinclus.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.terrinclus.core.internal.Quoting;
import org.terrinclus.format.Field;
import org.terrinclus.format.Format;
import org.terrinclus.format.ObjectType;
import org.terrinclus.format.ScalarType;
import org.terrinclus.format.ValueType;
import org.terrinclus.project.ProjectRecord;

/**
 * Writes each type of the format, as the format's description ({@link Format}) says: fields in
 * its order; absent values, defaults and empty lists left out; fields kept by a lenient reader
 * written back after the known ones.
 */
final class RecordEncoder {

    /** Parses kept unknown fields back, to copy them into the output with its own layout. */
    private final JsonFactory rawFactory;

    RecordEncoder(JsonFactory rawFactory) {
        this.rawFactory = rawFactory;
    }

    void record(JsonGenerator g, ProjectRecord r) throws IOException {
        object(new GeneratorWriter(g), Format.RECORD, r);
    }

    <T> void object(JsonGenerator g, ObjectType<T> type, T value) throws IOException {
        object(new GeneratorWriter(g), type, value);
    }

    <T> void object(TokenWriter g, ObjectType<T> type, T value) throws IOException {
        g.startObject();
        for (Field<T, ?> field : type.getFields()) {
            field(g, field, value);
        }
        for (Map.Entry<String, String> unknown : type.unknownFields(value).entrySet()) {
            String name = unknown.getKey();
            String raw = unknown.getValue();
            checkUnknownField(type, name, raw);
            g.name(name);
            try (JsonParser p = rawFactory.createParser(raw)) {
                p.nextToken();
                ExactCopy.copy(p, g);
            }
        }
        g.endObject();
    }

    /**
     * Refuses a kept field that would not read back as it is: a name the type already uses (the
     * key would be written twice), text that is not Unicode, or a raw value that is not exactly
     * one JSON value.
     */
    private <T> void checkUnknownField(ObjectType<T> type, String name, String raw) throws IOException {
        String shown = Quoting.cut(name);
        if (type.field(name) != null) {
            throw new IllegalArgumentException("The unknown field '" + shown + "' of " + type.getName()
                    + " has the name of a known field; it would be written twice. Set the known field instead.");
        }
        if (Utf16.loneSurrogate(name) >= 0 || Utf16.loneSurrogate(raw) >= 0) {
            throw new IllegalArgumentException("The unknown field '" + shown + "' of " + type.getName()
                    + " holds a lone surrogate, which is not Unicode text and cannot be written.");
        }
        java.io.StringWriter compact = new java.io.StringWriter(raw.length());
        try (JsonParser p = rawFactory.createParser(raw)) {
            if (p.nextToken() == null) {
                throw new IllegalArgumentException(
                        "The unknown field '" + shown + "' of " + type.getName() + " holds no JSON value.");
            }
            try (com.fasterxml.jackson.core.JsonGenerator g = rawFactory.createGenerator(compact)) {
                ExactCopy.copy(p, g);
            }
            if (p.nextToken() != null) {
                throw new IllegalArgumentException("The unknown field '" + shown + "' of " + type.getName()
                        + " holds more than one JSON value: '" + Quoting.cut(raw) + "'.");
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The unknown field '" + shown + "' of " + type.getName()
                    + " does not hold valid JSON: '" + Quoting.cut(raw) + "'.");
        }
        // The reader keeps unknown fields in compact form: another layout would not read back equal.
        if (!compact.toString().equals(raw)) {
            throw new IllegalArgumentException("The unknown field '" + shown + "' of " + type.getName()
                    + " is not compact JSON as a reader keeps it: write '" + Quoting.cut(compact.toString())
                    + "', not '" + Quoting.cut(raw) + "'.");
        }
    }

    private <T> void field(TokenWriter g, Field<T, ?> field, T owner) throws IOException {
        Object value = field.get(owner);
        switch (field.getPresence()) {
            case LIST:
                List<?> values = (List<?>) value;
                if (!values.isEmpty()) {
                    g.name(field.getName());
                    g.startArray();
                    for (Object item : values) {
                        value(g, field.getType(), item);
                    }
                    g.endArray();
                }
                return;
            case OPTIONAL:
                Optional<?> optional = (Optional<?>) value;
                if (optional.isPresent()) {
                    g.name(field.getName());
                    value(g, field.getType(), optional.get());
                }
                return;
            case DEFAULTED:
                if (field.getDefault().map(value::equals).orElse(false)) {
                    return;
                }
                g.name(field.getName());
                value(g, field.getType(), value);
                return;
            default:
                g.name(field.getName());
                value(g, field.getType(), value);
        }
    }

    @SuppressWarnings("unchecked")
    private void value(TokenWriter g, ValueType<?> type, Object value) throws IOException {
        if (type instanceof ObjectType) {
            object(g, (ObjectType<Object>) type, value);
            return;
        }
        Object json = ((ScalarType<Object>) type).write(value);
        if (json instanceof String) {
            // A text holding a lone surrogate is still written (the spreadsheet writer relies on it,
            // and carries it as Excel does); the JSON reader refuses it. See docs/format.md.
            String text = (String) json;
            g.string(text);
        } else if (json instanceof Integer) {
            g.number((Integer) json);
        } else {
            g.number((BigDecimal) json);
        }
    }
}
