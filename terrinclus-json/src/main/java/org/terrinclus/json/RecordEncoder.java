package org.terrinclus.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
            g.name(unknown.getKey());
            try (JsonParser p = rawFactory.createParser(unknown.getValue())) {
                p.nextToken();
                ExactCopy.copy(p, g);
            }
        }
        g.endObject();
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
            g.string((String) json);
        } else if (json instanceof Integer) {
            g.number((Integer) json);
        } else {
            g.number((BigDecimal) json);
        }
    }
}
