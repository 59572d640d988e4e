package org.terrinclus.spreadsheet.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes records (as JSON trees of the format) as the rows of the layout's tables. Refuses a
 * record with a field the layout does not know, rather than dropping it.
 */
public final class Flattener {

    /** Every field of the record must be in the layout: nothing is dropped silently. */
    public static void checkKnown(JsonNode record) {
        checkKnown(record, FormatDescription.get().getRoot(), "");
    }

    private static void checkKnown(JsonNode node, Field field, String pointer) {
        switch (field.getKind()) {
            case OBJECT:
                for (Map.Entry<String, JsonNode> entry : node.properties()) {
                    Field property = field.getProperties().get(entry.getKey());
                    String at =
                            pointer + "/" + entry.getKey().replace("~", "~0").replace("/", "~1");
                    if (property == null) {
                        throw new IllegalArgumentException("The field at " + at
                                + " is not defined by the format and has no column in a spreadsheet;"
                                + " write this record as JSON to keep it");
                    }
                    checkKnown(entry.getValue(), property, at);
                }
                break;
            case ARRAY:
                for (int i = 0; i < node.size(); i++) {
                    checkKnown(node.get(i), field.getItems(), pointer + "/" + i);
                }
                break;
            default:
                if (!node.isValueNode()) {
                    throw new IllegalArgumentException("The value at " + pointer + " should be a single value");
                }
        }
    }

    /** The rows of a table for one record: each row is one cell per heading of the table. */
    public static List<List<Object>> rows(Layout.Table table, JsonNode record) {
        List<List<Object>> rows = new ArrayList<>();
        String id = record.path("id").asText("");
        if (table.isMain()) {
            List<Object> row = new ArrayList<>();
            for (Layout.Column column : table.getColumns()) {
                row.add(cell(column, record));
            }
            rows.add(row);
            return rows;
        }
        String[] names = (table.getPath() + "/0").split("/");
        expand(record, names, 0, new ArrayList<>(), (element, positions) -> {
            List<Object> row = new ArrayList<>();
            row.add(id);
            for (int i = 0; i < positions.size() - 1; i++) {
                row.add(BigDecimal.valueOf(positions.get(i) + 1L));
            }
            for (Layout.Column column : table.getColumns()) {
                row.add(cell(column, element));
            }
            rows.add(row);
        });
        return rows;
    }

    private interface ElementSink {
        void accept(JsonNode element, List<Integer> positions);
    }

    private static void expand(JsonNode node, String[] names, int at, List<Integer> positions, ElementSink sink) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return;
        }
        if (at == names.length) {
            sink.accept(node, positions);
            return;
        }
        if (names[at].equals("0")) {
            for (int i = 0; i < node.size(); i++) {
                positions.add(i);
                expand(node.get(i), names, at + 1, positions, sink);
                positions.remove(positions.size() - 1);
            }
        } else {
            expand(node.get(names[at]), names, at + 1, positions, sink);
        }
    }

    /** A cell: {@code null} for a blank, a {@link BigDecimal} for a number, else text. */
    private static Object cell(Layout.Column column, JsonNode element) {
        JsonNode value = element;
        for (String name : column.getRelative()) {
            value = value.path(name);
        }
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (column.isJoined()) {
            List<String> parts = new ArrayList<>();
            value.forEach(item -> parts.add(item.asText()));
            return String.join("; ", parts);
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        return value.asText();
    }
}
