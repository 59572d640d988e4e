package org.terrinclus.spreadsheet.internal;

import java.util.Optional;
import org.terrinclus.format.Format;
import org.terrinclus.format.ObjectType;
import org.terrinclus.format.ScalarType;
import org.terrinclus.format.Text;
import org.terrinclus.format.ValueType;

/**
 * The fields of a record as the spreadsheet layout needs them, taken from the format's one
 * description ({@link Format#RECORD}): names, types, required fields, code lists, titles and
 * descriptions. A field added to the format becomes a column without any change here.
 */
public final class FormatDescription {

    private static final FormatDescription INSTANCE = new FormatDescription();

    private final Field root;

    private FormatDescription() {
        root = new Field("", null, Field.Kind.OBJECT, null);
        root.setText(Format.RECORD.getText());
        fill(root, Format.RECORD);
    }

    /** The description of the format this library reads and writes. */
    public static FormatDescription get() {
        return INSTANCE;
    }

    /** The record itself: an object whose properties are the record's fields. */
    public Field getRoot() {
        return root;
    }

    /** The field at a JSON Pointer into a record ({@code /funding/2/declaredTotal}), if any. */
    public Optional<Field> field(String pointer) {
        Field field = root;
        if (pointer.isEmpty()) {
            return Optional.of(field);
        }
        for (String name : pointer.substring(1).split("/", -1)) {
            if (field.getKind() == Field.Kind.ARRAY) {
                field = field.getItems();
            } else if (field.getKind() == Field.Kind.OBJECT
                    && field.getProperties().containsKey(name)) {
                field = field.getProperties().get(name);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(field);
    }

    private static void fill(Field object, ObjectType<?> type) {
        for (org.terrinclus.format.Field<?, ?> described : type.getFields()) {
            Field field;
            if (described.isList()) {
                field = new Field(described.getName(), object, Field.Kind.ARRAY, null);
                field.setItems(value("0", field, described.getType(), described.getText()));
            } else {
                field = value(described.getName(), object, described.getType(), described.getText());
            }
            field.setText(described.getText());
            field.setRequired(described.isRequired());
            object.addProperty(field);
        }
    }

    private static Field value(String name, Field parent, ValueType<?> type, Text text) {
        Field field;
        if (type instanceof ObjectType) {
            field = new Field(name, parent, Field.Kind.OBJECT, null);
            fill(field, (ObjectType<?>) type);
        } else {
            ScalarType<?> scalar = (ScalarType<?>) type;
            Field.Type json;
            switch (scalar.getJson()) {
                case INTEGER:
                    json = Field.Type.INTEGER;
                    break;
                case NUMBER:
                    json = Field.Type.NUMBER;
                    break;
                default:
                    json = Field.Type.STRING;
            }
            field = new Field(name, parent, Field.Kind.SCALAR, json);
            field.setScalar(scalar);
            if (!scalar.hasOpenCodes()) {
                scalar.getCodes().forEach(code -> field.addCodes(java.util.List.of(code.code())));
            }
            scalar.getPattern().ifPresent(field::setPattern);
        }
        field.setText(text);
        return field;
    }
}
