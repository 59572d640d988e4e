package org.terrinclus.examples.cli;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.terrinclus.iati.IatiExportOptions;
import org.terrinclus.iati.TerrinclusIati;
import org.terrinclus.json.BulkFormat;
import org.terrinclus.json.TerrinclusJson;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.spreadsheet.Headings;
import org.terrinclus.spreadsheet.TerrinclusSpreadsheet;
import org.terrinclus.validation.Finding;

/**
 * The formats {@code convert} writes. A new format is one more constant: its option value and how
 * it writes a stream of records.
 */
enum ConvertFormat {
    /** A JSON array of records, indented. */
    JSON {
        @Override
        Map<Integer, List<Finding>> write(Iterator<ProjectRecord> records, OutputStream out, Settings settings) {
            TerrinclusJson.strict().writeAll(records, out, BulkFormat.JSON, true);
            return Map.of();
        }
    },
    /** JSON Lines: one compact record per line. */
    JSONL {
        @Override
        Map<Integer, List<Finding>> write(Iterator<ProjectRecord> records, OutputStream out, Settings settings) {
            TerrinclusJson.strict().writeAll(records, out, BulkFormat.JSON_LINES, false);
            return Map.of();
        }
    },
    /** An IATI 2.03 activity file, one activity per record. */
    IATI {
        @Override
        Map<Integer, List<Finding>> write(Iterator<ProjectRecord> records, OutputStream out, Settings settings) {
            return TerrinclusIati.create().write(records, out, settings.iati).getFindingsByRecord();
        }
    },

    /** An XLSX workbook in the spreadsheet layout (docs/spreadsheets.md). */
    XLSX {
        @Override
        Map<Integer, List<Finding>> write(Iterator<ProjectRecord> records, OutputStream out, Settings settings) {
            TerrinclusSpreadsheet.strict().withHeadings(settings.headings).writeXlsx(all(records), out);
            return Map.of();
        }
    },
    /** CSV: the sheet of records alone in a {@code .csv} output, else a zip of one CSV file per table. */
    CSV {
        @Override
        Map<Integer, List<Finding>> write(Iterator<ProjectRecord> records, OutputStream out, Settings settings) {
            TerrinclusSpreadsheet sheets = TerrinclusSpreadsheet.strict().withHeadings(settings.headings);
            if (settings.oneCsvTable) {
                sheets.writeCsv(all(records), out);
            } else {
                sheets.writeCsvZip(all(records), out);
            }
            return Map.of();
        }
    };

    /** A workbook is written whole: every record first, then every sheet. */
    private static List<ProjectRecord> all(Iterator<ProjectRecord> records) {
        List<ProjectRecord> all = new java.util.ArrayList<>();
        records.forEachRemaining(all::add);
        return all;
    }

    /** True for a format written as a file (a workbook, a zip), never to standard output. */
    boolean isBinary() {
        return this == XLSX || this == CSV;
    }

    /** What a format may need beyond the records. */
    static final class Settings {
        final IatiExportOptions iati;
        final Headings headings;
        /** CSV: the sheet of records alone, rather than a zip of one file per table. */
        final boolean oneCsvTable;

        Settings(IatiExportOptions iati) {
            this(iati, Headings.PATHS, false);
        }

        Settings(IatiExportOptions iati, Headings headings, boolean oneCsvTable) {
            this.iati = iati;
            this.headings = headings;
            this.oneCsvTable = oneCsvTable;
        }
    }

    /**
     * Writes the records to the stream, flushed and not closed.
     *
     * @return the findings of writing, by record index (what the format requires and a record lacks)
     */
    abstract Map<Integer, List<Finding>> write(Iterator<ProjectRecord> records, OutputStream out, Settings settings);

    /** The option value, as {@code jsonl}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
