package org.terrinclus.spreadsheet.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a mapping file says of one column: the field it fills, how its values are written, what
 * it implies for other fields, or that it is an amount of the funding table.
 */
public final class MappedColumn {

    final String heading;
    /** The field filled, as a path with 0 for the first item ({@code partners/0/name}); or null. */
    final String field;
    /** Written value (as {@link CodeLists#key}) → value of the format. */
    final Map<String, String> values = new LinkedHashMap<>();
    /** Fields set when the cell is not blank: path → value. */
    final Map<String, String> also = new LinkedHashMap<>();
    /** A field derived from how the value starts ("Département de…" → departement). */
    String deriveField;

    final Map<String, String> derivePrefixes = new LinkedHashMap<>();
    String deriveOtherwise;
    /** For a column of amounts: the funder, as fields of an organisation, or null for the lead. */
    Map<String, String> funder;

    boolean contribution;
    /** Why the column is not read, when it is deliberately left out. */
    String ignored;

    private MappedColumn(String heading, String field) {
        this.heading = heading;
        this.field = field;
    }

    /** Reads a column's rule; the message of the exception names the column and the problem. */
    public static MappedColumn parse(String heading, JsonNode rule) {
        if (rule.isTextual()) {
            return checked(new MappedColumn(heading, rule.asText()));
        }
        if (!rule.isObject()) {
            throw new IllegalArgumentException(
                    "The rule of column \"" + heading + "\" must be a field path or an object");
        }
        MappedColumn column = new MappedColumn(
                heading, rule.hasNonNull("field") ? rule.get("field").asText() : null);
        rule.path("values")
                .properties()
                .forEach(e -> column.values.put(
                        CodeLists.key(e.getKey()), e.getValue().asText()));
        rule.path("also")
                .properties()
                .forEach(e -> column.also.put(e.getKey(), e.getValue().asText()));
        JsonNode derive = rule.path("derive");
        if (derive.isObject()) {
            column.deriveField = derive.path("field").asText(null);
            derive.path("prefixes")
                    .properties()
                    .forEach(e -> column.derivePrefixes.put(
                            CodeLists.key(e.getKey()), e.getValue().asText()));
            column.deriveOtherwise = derive.path("otherwise").asText(null);
        }
        JsonNode contribution = rule.path("contribution");
        if (contribution.isObject()) {
            column.contribution = true;
            JsonNode funder = contribution.path("funder");
            if (funder.isObject()) {
                column.funder = new LinkedHashMap<>();
                Map<String, String> fields = column.funder;
                funder.properties()
                        .forEach(e -> fields.put(e.getKey(), e.getValue().asText()));
            } else if (!"lead".equals(funder.asText())) {
                throw new IllegalArgumentException("The funder of column \"" + heading
                        + "\" must be \"lead\" or an organisation {\"name\": …, \"kind\": …}");
            }
        }
        if (rule.has("ignore")) {
            column.ignored = rule.get("ignore").asText();
        }
        if (column.field == null && !column.contribution && column.ignored == null) {
            throw new IllegalArgumentException(
                    "The rule of column \"" + heading + "\" needs \"field\", \"contribution\" or \"ignore\"");
        }
        return checked(column);
    }

    private static MappedColumn checked(MappedColumn column) {
        check(column.heading, column.field);
        check(column.heading, column.deriveField);
        column.also.keySet().forEach(path -> check(column.heading, path));
        return column;
    }

    static void check(String heading, String path) {
        if (path != null && column(path).isEmpty()) {
            throw new IllegalArgumentException("The mapping of column \"" + heading + "\" names the field \"" + path
                    + "\", which the format does not have (see docs/spreadsheets.md for the paths)");
        }
    }

    static Optional<Layout.Column> column(String path) {
        return Layout.get().column(path.replaceAll("/\\d+(?=/|$)", "/0"));
    }
}
