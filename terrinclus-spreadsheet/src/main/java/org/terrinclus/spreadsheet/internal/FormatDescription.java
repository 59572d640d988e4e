package org.terrinclus.spreadsheet.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.terrinclus.json.TerrinclusJson;

/**
 * The fields of a record, read from the format's one description (its JSON Schema): names,
 * types, required fields and code lists. The spreadsheet layout follows it, so a field added to
 * the format becomes a column without any change here.
 */
public final class FormatDescription {

    private static final FormatDescription INSTANCE = load();

    private final Field root;

    private FormatDescription(Field root) {
        this.root = root;
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
    public java.util.Optional<Field> field(String pointer) {
        Field field = root;
        if (pointer.isEmpty()) {
            return java.util.Optional.of(field);
        }
        for (String name : pointer.substring(1).split("/", -1)) {
            if (field.getKind() == Field.Kind.ARRAY) {
                field = field.getItems();
            } else if (field.getKind() == Field.Kind.OBJECT
                    && field.getProperties().containsKey(name)) {
                field = field.getProperties().get(name);
            } else {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.of(field);
    }

    private static FormatDescription load() {
        try {
            JsonNode schema = new ObjectMapper().readTree(TerrinclusJson.schema());
            Field root = new Field("", null, Field.Kind.OBJECT, null);
            fill(root, schema, schema, new HashSet<>());
            return new FormatDescription(root);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The format's JSON Schema cannot be read", e);
        }
    }

    private static void fill(Field field, JsonNode node, JsonNode schema, Set<String> refsInUse) {
        JsonNode properties = node.path("properties");
        Set<String> required = new HashSet<>();
        node.path("required").forEach(name -> required.add(name.asText()));
        properties.fields().forEachRemaining(entry -> {
            Field child = describe(entry.getKey(), field, entry.getValue(), schema, refsInUse);
            child.setRequired(required.contains(entry.getKey()));
            field.addProperty(child);
        });
    }

    private static Field describe(String name, Field parent, JsonNode node, JsonNode schema, Set<String> refsInUse) {
        String description = node.path("description").asText("");
        String ref = node.path("$ref").asText(null);
        JsonNode resolved = node;
        if (ref != null) {
            if (!refsInUse.add(ref)) {
                throw new IllegalStateException("A recursive type cannot be laid out as sheets: " + ref);
            }
            resolved = schema.at(ref.substring(1));
        }
        try {
            String type = resolved.path("type").asText("string");
            Field field;
            switch (type) {
                case "object":
                    field = new Field(name, parent, Field.Kind.OBJECT, null);
                    fill(field, resolved, schema, refsInUse);
                    break;
                case "array":
                    field = new Field(name, parent, Field.Kind.ARRAY, null);
                    field.setItems(describe("0", field, resolved.path("items"), schema, refsInUse));
                    break;
                case "integer":
                    field = new Field(name, parent, Field.Kind.SCALAR, Field.Type.INTEGER);
                    break;
                case "number":
                    field = new Field(name, parent, Field.Kind.SCALAR, Field.Type.NUMBER);
                    break;
                default:
                    field = new Field(name, parent, Field.Kind.SCALAR, Field.Type.STRING);
            }
            if (field.getKind() == Field.Kind.SCALAR) {
                List<String> codes = new ArrayList<>();
                resolved.path("enum").forEach(code -> codes.add(code.asText()));
                field.addCodes(codes);
                if (resolved.hasNonNull("pattern")) {
                    field.setPattern(resolved.get("pattern").asText());
                }
            }
            field.setDescription(
                    description.isEmpty() ? resolved.path("description").asText("") : description);
            return field;
        } finally {
            if (ref != null) {
                refsInUse.remove(ref);
            }
        }
    }
}
