package org.terrinclus.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.terrinclus.json.TerrinclusJson;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.testing.RecordGenerator;

/**
 * Records → XLSX → records and records → CSV files → records are the identity, for many seeded
 * random records, written several to a workbook so that rows of different records interleave in
 * every sheet. A failure names its seed; replay it with {@code -Dterrinclus.seed=N}.
 */
class RoundTripPropertyTest {

    static List<Long> seeds() {
        return RecordGenerator.seeds(150);
    }

    private static List<ProjectRecord> records(long seed) {
        RecordGenerator generator = new RecordGenerator(seed);
        List<ProjectRecord> records = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ProjectRecord record = generator.next();
            // Ids must tell records apart in one workbook.
            records.add(ProjectRecord.builder()
                    .from(record)
                    .id(record.getId() + "-" + i)
                    .build());
        }
        return records;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void xlsxRoundTripIsTheIdentity(long seed) {
        List<ProjectRecord> records = records(seed);
        for (Headings headings : Headings.values()) {
            TerrinclusSpreadsheet sheets = TerrinclusSpreadsheet.strict().withHeadings(headings);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            sheets.writeXlsx(records, out);
            SpreadsheetReading reading = sheets.read(new ByteArrayInputStream(out.toByteArray()), "records.xlsx");
            assertSame(seed, headings + " xlsx", records, reading);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void csvRoundTripIsTheIdentity(long seed) {
        List<ProjectRecord> records = records(seed);
        TerrinclusSpreadsheet sheets = TerrinclusSpreadsheet.strict();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sheets.writeCsvZip(records, out);
        SpreadsheetReading reading = sheets.read(new ByteArrayInputStream(out.toByteArray()), "records.zip");
        assertSame(seed, "csv", records, reading);
    }

    @org.junit.jupiter.api.Test
    void aWorkbookOfThousandsOfRowsPerSheetRoundTrips() {
        RecordGenerator generator = new RecordGenerator(42);
        List<ProjectRecord> records = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            ProjectRecord record = generator.next();
            records.add(ProjectRecord.builder()
                    .from(record)
                    .id(record.getId() + "-" + i)
                    .build());
        }
        TerrinclusSpreadsheet sheets = TerrinclusSpreadsheet.strict();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sheets.writeXlsx(records, out);
        SpreadsheetReading reading = sheets.read(new ByteArrayInputStream(out.toByteArray()), "many.xlsx");
        assertThat(reading.getFindings()).isEmpty();
        List<ProjectRecord> back = new ArrayList<>();
        reading.getRecords().forEach(r -> back.add(r.getRecord().orElseThrow()));
        assertThat(back).isEqualTo(records);
    }

    static void assertSame(long seed, String what, List<ProjectRecord> records, SpreadsheetReading reading) {
        assertThat(reading.getFindings()).as("seed %d, %s", seed, what).isEmpty();
        assertThat(reading.getRecords()).as("seed %d, %s", seed, what).hasSize(records.size());
        TerrinclusJson json = TerrinclusJson.strict();
        for (int i = 0; i < records.size(); i++) {
            SheetRecord read = reading.getRecords().get(i);
            assertThat(read.getFindings())
                    .as("seed %d, %s, record %d", seed, what, i)
                    .isEmpty();
            assertThat(json.writePrettyString(read.getRecord().orElseThrow()))
                    .as("seed %d, %s, record %d", seed, what, i)
                    .isEqualTo(json.writePrettyString(records.get(i)));
            assertThat(read.getRecord()).contains(records.get(i));
        }
    }
}
