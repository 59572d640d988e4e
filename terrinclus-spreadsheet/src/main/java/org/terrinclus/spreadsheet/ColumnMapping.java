package org.terrinclus.spreadsheet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.terrinclus.spreadsheet.internal.MappedColumn;
import org.terrinclus.spreadsheet.internal.MappingRules;

/**
 * How to read a portfolio kept in its owner's own columns — one row per project, columns named as
 * they chose: which column holds which field, how their values are written, which columns are
 * amounts of the funding table. Read from a small JSON file (docs/spreadsheets.md describes it).
 *
 * <pre>{@code
 * ColumnMapping mapping = ColumnMapping.load(Path.of("appel-a-projets.mapping.json"));
 * SpreadsheetReading reading = TerrinclusSpreadsheet.strict().withMapping(mapping).read(file);
 * }</pre>
 */
public final class ColumnMapping {

    private final String title;
    private final MappingRules rules;

    private ColumnMapping(String title, MappingRules rules) {
        this.title = title;
        this.rules = rules;
    }

    /**
     * Reads a mapping file.
     *
     * @param file the mapping, in JSON
     * @return the mapping
     * @throws IllegalArgumentException if the file is not a mapping, or names a field the format
     *     does not have; the message says what and where
     * @throws UncheckedIOException if the file cannot be read
     */
    public static ColumnMapping load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a mapping from a stream.
     *
     * @param in the mapping, in JSON; not closed
     * @return the mapping
     * @throws IllegalArgumentException if it is not a mapping, or names a field the format does
     *     not have
     * @throws UncheckedIOException if the stream fails
     */
    public static ColumnMapping read(InputStream in) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("The mapping is not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || !root.isObject() || !root.path("columns").isObject()) {
            throw new IllegalArgumentException("A mapping is a JSON object with \"columns\": {heading: rule…}");
        }
        Map<String, MappedColumn> columns = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : root.get("columns").properties()) {
            columns.put(entry.getKey(), MappedColumn.parse(entry.getKey(), entry.getValue()));
        }
        Map<String, String> constants = new LinkedHashMap<>();
        root.path("constants")
                .properties()
                .forEach(e -> constants.put(e.getKey(), e.getValue().asText()));
        List<String> idColumns = new ArrayList<>();
        root.path("id").path("from").forEach(c -> idColumns.add(c.asText()));
        ObjectNode unused = (ObjectNode) root;
        return new ColumnMapping(
                unused.path("title").asText(""),
                MappingRules.of(
                        columns, constants, idColumns, root.path("currency").asText("EUR")));
    }

    /**
     * Returns the mapping's title.
     *
     * @return what the mapping is for, as its file says; may be empty
     */
    public String getTitle() {
        return title;
    }

    MappingRules rules() {
        return rules;
    }
}
