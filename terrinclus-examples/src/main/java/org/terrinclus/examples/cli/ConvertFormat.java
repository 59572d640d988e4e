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
    };

    /** What a format may need beyond the records. */
    static final class Settings {
        final IatiExportOptions iati;

        Settings(IatiExportOptions iati) {
            this.iati = iati;
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
