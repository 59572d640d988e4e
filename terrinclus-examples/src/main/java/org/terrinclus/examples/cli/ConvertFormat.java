package org.terrinclus.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.terrinclus.json.BulkFormat;
import org.terrinclus.json.TerrinclusJson;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.spreadsheet.Headings;
import org.terrinclus.spreadsheet.TerrinclusSpreadsheet;

/**
 * The formats {@code convert} writes: each knows how to write a list of records. A new format is
 * one more constant here.
 */
enum ConvertFormat {
    /** A JSON array of records (one record alone when there is only one), indented. */
    JSON {
        @Override
        void write(List<ProjectRecord> records, Path output, Headings headings, OutputStream out) {
            TerrinclusJson json = TerrinclusJson.strict();
            if (records.size() == 1) {
                json.write(records.get(0), out, true);
            } else {
                json.writeAll(records.iterator(), out, BulkFormat.JSON, true);
            }
        }
    },
    /** JSON Lines: one record per line. */
    JSONL {
        @Override
        void write(List<ProjectRecord> records, Path output, Headings headings, OutputStream out) {
            TerrinclusJson.strict().writeAll(records.iterator(), out, BulkFormat.JSON_LINES, false);
        }
    },
    /** An XLSX workbook in the spreadsheet layout. */
    XLSX {
        @Override
        void write(List<ProjectRecord> records, Path output, Headings headings, OutputStream out) {
            TerrinclusSpreadsheet.strict().withHeadings(headings).writeXlsx(records, out);
        }
    },
    /** CSV: one table when the output ends with {@code .csv}, else a zip of one CSV file per table. */
    CSV {
        @Override
        void write(List<ProjectRecord> records, Path output, Headings headings, OutputStream out) {
            TerrinclusSpreadsheet sheets = TerrinclusSpreadsheet.strict().withHeadings(headings);
            if (output != null && output.toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                sheets.writeCsv(records, out);
            } else {
                sheets.writeCsvZip(records, out);
            }
        }
    };

    /** Writes the records; the output path (null for standard output) may choose a variant. */
    abstract void write(List<ProjectRecord> records, Path output, Headings headings, OutputStream out)
            throws IOException;

    /** True for a format written as a file (a workbook, a zip), never to standard output. */
    boolean isBinary() {
        return this == XLSX || this == CSV;
    }

    /** The format a file name asks for, by its extension. */
    static Optional<ConvertFormat> of(Path output) {
        String name = output.getFileName() == null
                ? ""
                : output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Optional.of(JSONL);
        }
        if (name.endsWith(".json")) {
            return Optional.of(JSON);
        }
        if (name.endsWith(".xlsx")) {
            return Optional.of(XLSX);
        }
        if (name.endsWith(".csv") || name.endsWith(".zip")) {
            return Optional.of(CSV);
        }
        return Optional.empty();
    }

    /** The option value, as {@code xlsx}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
