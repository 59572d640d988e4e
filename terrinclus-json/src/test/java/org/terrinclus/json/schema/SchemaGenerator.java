package org.terrinclus.json.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Set;
import org.terrinclus.format.Field;
import org.terrinclus.format.Format;
import org.terrinclus.format.ObjectType;
import org.terrinclus.format.ScalarType;
import org.terrinclus.format.ValueType;

/**
 * Writes the JSON Schema (draft 2020-12) of a record from the format's description ({@link
 * Format}): each object type and each named scalar is a definition under {@code $defs}; the record
 * is the root. The strict profile: every object refuses fields it does not define.
 */
final class SchemaGenerator {

    static final String ID = "https://terrinclus.org/schema/record/1.0/terrinclus-record.schema.json";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Set<ValueType<?>> definitions = new LinkedHashSet<>();

    private SchemaGenerator() {}

    /** The schema's text, as it ships in the jar. */
    static String render() {
        return new SchemaGenerator().write();
    }

    private String write() {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", ID);
        root.put("title", "Terrinclus project record, format 1.x");
        root.put(
                "description",
                "One project record (fiche de capitalisation) in the Terrinclus JSON exchange format, version 1.x."
                        + " Generated from the format's description (org.terrinclus.format.Format); documentation:"
                        + " docs/format.md. Absent optional values and empty lists are omitted, never written as"
                        + " null. This is the STRICT profile: every object refuses fields it does not define"
                        + " (additionalProperties: false), as the strict reader does. A lenient reader"
                        + " (TerrinclusJson.lenient()) also accepts extra fields, keeps them and writes them back"
                        + " (except inside Money and Identifier, which stay closed); a record from a newer minor"
                        + " version may therefore fail this schema and still be read leniently. Some checks of the"
                        + " reader cannot be expressed here: the exact list of the 169 SDG targets, the countries"
                        + " and currencies known to ISO 3166-1 and ISO 4217, SIREN/SIRET check digits, a range's"
                        + " upper value not below its lower value. Whether a record is complete or consistent is"
                        + " for validation, not for this schema.");
        object(root, Format.RECORD);
        ObjectNode defs = root.putObject("$defs");
        // Definitions are added while they are written: write until no new one appears.
        Set<ValueType<?>> written = new LinkedHashSet<>();
        while (written.size() < definitions.size()) {
            for (ValueType<?> type : Set.copyOf(definitions)) {
                if (written.add(type)) {
                    defs.set(type.getName(), definition(type));
                }
            }
        }
        ObjectNode sorted = NODES.objectNode();
        // Object types in the documentation's order, then named scalars, for a stable text.
        for (ObjectType<?> type : Format.types()) {
            if (defs.has(type.getName())) {
                sorted.set(type.getName(), defs.get(type.getName()));
            }
        }
        defs.fieldNames().forEachRemaining(name -> {
            if (!sorted.has(name)) {
                sorted.set(name, defs.get(name));
            }
        });
        root.set("$defs", sortedScalarsLast(sorted));
        try {
            return new ObjectMapper().writer(printer()).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode sortedScalarsLast(ObjectNode defs) {
        ObjectNode out = NODES.objectNode();
        java.util.List<String> scalars = new java.util.ArrayList<>();
        defs.fieldNames().forEachRemaining(name -> {
            if ("string".equals(defs.get(name).path("type").asText())
                    || "integer".equals(defs.get(name).path("type").asText())) {
                scalars.add(name);
            } else {
                out.set(name, defs.get(name));
            }
        });
        java.util.Collections.sort(scalars);
        for (String name : scalars) {
            out.set(name, defs.get(name));
        }
        return out;
    }

    private ObjectNode definition(ValueType<?> type) {
        if (type instanceof ObjectType) {
            ObjectNode node = NODES.objectNode();
            object(node, (ObjectType<?>) type);
            return node;
        }
        ScalarType<?> scalar = (ScalarType<?>) type;
        ObjectNode node = NODES.objectNode();
        node.put("description", scalar.getText().descriptionEn());
        scalar(node, scalar);
        return node;
    }

    private <T> void object(ObjectNode node, ObjectType<T> type) {
        if (type != Format.RECORD) {
            node.put("description", type.getText().descriptionEn());
        }
        node.put("type", "object");
        ObjectNode properties = node.putObject("properties");
        for (Field<T, ?> field : type.getFields()) {
            ObjectNode property = properties.putObject(field.getName());
            property.put("description", field.getText().descriptionEn());
            if (field.isList()) {
                property.put("type", "array");
                property.set("items", reference(field.getType()));
            } else {
                property.setAll(reference(field.getType()));
            }
        }
        if (!type.getRequiredNames().isEmpty()) {
            ArrayNode required = node.putArray("required");
            type.getRequiredNames().forEach(required::add);
        }
        node.put("additionalProperties", false);
        if (!type.getConditions().isEmpty()) {
            ArrayNode all = node.putArray("allOf");
            for (ObjectType.Condition c : type.getConditions()) {
                ObjectNode rule = all.addObject();
                ObjectNode when = rule.putObject("if");
                when.putObject("properties").putObject(c.whenField()).put("const", c.whenCode());
                when.putArray("required").add(c.whenField());
                ObjectNode then = rule.putObject("then");
                switch (c.requirement()) {
                    case PRESENT:
                        then.putArray("required").add(c.field());
                        break;
                    case ABSENT:
                        then.putObject("not").putArray("required").add(c.field());
                        break;
                    case INTEGER:
                        then.putObject("properties").putObject(c.field()).put("type", "integer");
                        break;
                    default:
                        then.putObject("properties").putObject(c.field()).put("pattern", c.pattern());
                }
            }
        }
    }

    /** A reference to a named type, or the schema of a scalar described in place. */
    private ObjectNode reference(ValueType<?> type) {
        ObjectNode node = NODES.objectNode();
        if (!type.getName().isEmpty()) {
            definitions.add(type);
            node.put("$ref", "#/$defs/" + type.getName());
        } else {
            scalar(node, (ScalarType<?>) type);
        }
        return node;
    }

    private static void scalar(ObjectNode node, ScalarType<?> scalar) {
        switch (scalar.getJson()) {
            case STRING:
                node.put("type", "string");
                break;
            case INTEGER:
                node.put("type", "integer");
                break;
            default:
                node.put("type", "number");
        }
        scalar.getPattern().ifPresent(p -> node.put("pattern", p));
        scalar.getFormat().ifPresent(f -> node.put("format", f));
        if (!scalar.getCodes().isEmpty()) {
            ArrayNode codes = node.putArray(scalar.hasOpenCodes() ? "examples" : "enum");
            scalar.getCodes().forEach(c -> codes.add(c.code()));
        }
        scalar.getMinimum().ifPresent(m -> node.put("minimum", m));
        scalar.getMaximum().ifPresent(m -> node.put("maximum", m));
        scalar.getExclusiveMinimum().ifPresent(m -> node.put("exclusiveMinimum", m));
    }

    private static DefaultPrettyPrinter printer() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator(""));
        printer.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        printer.indentObjectsWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        return printer;
    }
}
