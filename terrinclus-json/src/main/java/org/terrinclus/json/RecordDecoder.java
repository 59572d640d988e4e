package org.terrinclus.json;

import java.io.IOException;
import org.terrinclus.format.Field;
import org.terrinclus.format.Format;
import org.terrinclus.format.ObjectType;
import org.terrinclus.format.ScalarType;
import org.terrinclus.format.Scalars;
import org.terrinclus.format.ValueType;
import org.terrinclus.json.ReadContext.TypeMismatch;
import org.terrinclus.project.ProjectRecord;

/**
 * Reads each type of the format from a {@link ReadContext} positioned on its first token, as
 * the format's description ({@link Format}) says. Every method returns null when the value could
 * not be read; the reasons are findings.
 */
final class RecordDecoder {

    private RecordDecoder() {}

    static ProjectRecord record(ReadContext c) throws IOException, TypeMismatch {
        return object(c, Format.RECORD);
    }

    static <T> T object(ReadContext c, ObjectType<T> type) throws IOException, TypeMismatch {
        Object builder = type.newBuilder();
        boolean ok = c.object(
                name -> {
                    Field<T, ?> field = type.field(name);
                    if (field == null) {
                        return false;
                    }
                    ValueType<?> valueType = field.getType();
                    if (field.isList()) {
                        c.list(() -> value(c, valueType), element -> field.add(builder, element));
                    } else {
                        Object value = value(c, valueType);
                        if (value != null) {
                            field.set(builder, value);
                        }
                    }
                    return true;
                },
                type.getRequiredNames(),
                type.isExtensible() ? (name, raw) -> type.putUnknownField(builder, name, raw) : null);
        if (!ok) {
            return null;
        }
        try {
            return type.build(builder);
        } catch (IllegalArgumentException e) {
            c.invalidObject(e);
        } catch (IllegalStateException e) {
            c.invalidObject(new IllegalArgumentException(e.getMessage(), e));
        }
        return null;
    }

    private static Object value(ReadContext c, ValueType<?> type) throws IOException, TypeMismatch {
        if (type instanceof ObjectType) {
            return object(c, (ObjectType<?>) type);
        }
        ScalarType<?> scalar = (ScalarType<?>) type;
        switch (scalar.getJson()) {
            case STRING:
                String text = c.string();
                if (scalar == Scalars.FORMAT_VERSION) {
                    FormatVersion.check(text, c);
                    return null;
                }
                if (scalar == Scalars.ID) {
                    c.id = text; // kept for reports even when the record cannot be read
                }
                return scalar.read(text);
            case INTEGER:
                return scalar.read(c.integer());
            default:
                return scalar.read(c.decimal());
        }
    }
}
