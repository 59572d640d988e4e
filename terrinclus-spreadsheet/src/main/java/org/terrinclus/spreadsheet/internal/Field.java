package org.terrinclus.spreadsheet.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.terrinclus.format.ScalarType;
import org.terrinclus.format.Text;

/**
 * One field of the format, as the format's description gives it: an object with named
 * properties, an array of items, or a scalar (text, number, whole number) with, for a code, the
 * list of its codes.
 */
public final class Field {

    /** What a field holds. */
    public enum Kind {
        OBJECT,
        ARRAY,
        SCALAR
    }

    /** The JSON type of a scalar. */
    public enum Type {
        STRING,
        NUMBER,
        INTEGER
    }

    private final String name;
    private final Field parent;
    private final Kind kind;
    private final Type type;
    private final Map<String, Field> properties = new LinkedHashMap<>();
    private final List<String> codes = new ArrayList<>();
    private String pattern;
    private String description = "";
    private boolean required;
    private Field items;
    private Text text;
    private ScalarType<?> scalar;

    Field(String name, Field parent, Kind kind, Type type) {
        this.name = name;
        this.parent = parent;
        this.kind = kind;
        this.type = type;
    }

    /** The JSON name of the field, {@code "0"} for the items of an array, {@code ""} for the root. */
    public String getName() {
        return name;
    }

    public Optional<Field> getParent() {
        return Optional.ofNullable(parent);
    }

    public Kind getKind() {
        return kind;
    }

    public Type getType() {
        return type;
    }

    public Map<String, Field> getProperties() {
        return Collections.unmodifiableMap(properties);
    }

    public Field getItems() {
        return items;
    }

    /** The codes the field accepts, when it is a closed code list; empty otherwise. */
    public List<String> getCodes() {
        return Collections.unmodifiableList(codes);
    }

    public Optional<String> getPattern() {
        return Optional.ofNullable(pattern);
    }

    public String getDescription() {
        return description;
    }

    public boolean isRequired() {
        return required;
    }

    /** The field's titles and descriptions in French and English, from the format's description. */
    public Text getText() {
        return text;
    }

    /** The scalar type of a scalar field (or of the items of a list of scalars); null otherwise. */
    public ScalarType<?> getScalar() {
        return scalar;
    }

    void setText(Text text) {
        this.text = text;
    }

    void setScalar(ScalarType<?> scalar) {
        this.scalar = scalar;
    }

    /** True for a scalar whose values are codes (a closed list or a pattern): never free text. */
    public boolean isCode() {
        return kind == Kind.SCALAR && (type != Type.STRING || !codes.isEmpty() || pattern != null);
    }

    /** The field's path from the record, with {@code 0} for array items: {@code funding/0/label}. */
    public String getPath() {
        if (parent == null) {
            return "";
        }
        String up = parent.getPath();
        return up.isEmpty() ? name : up + "/" + name;
    }

    void addProperty(Field field) {
        properties.put(field.name, field);
    }

    void setItems(Field items) {
        this.items = items;
    }

    void addCodes(List<String> values) {
        codes.addAll(values);
    }

    void setPattern(String pattern) {
        this.pattern = pattern;
    }

    void setDescription(String description) {
        this.description = description;
    }

    void setRequired(boolean required) {
        this.required = required;
    }

    @Override
    public String toString() {
        return getPath() + " (" + (kind == Kind.SCALAR ? type : kind) + ")";
    }
}
