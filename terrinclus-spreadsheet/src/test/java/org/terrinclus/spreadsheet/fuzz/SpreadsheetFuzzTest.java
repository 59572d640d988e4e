package org.terrinclus.spreadsheet.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.spreadsheet.SheetRecord;
import org.terrinclus.spreadsheet.SpreadsheetReading;
import org.terrinclus.spreadsheet.TerrinclusSpreadsheet;

/**
 * Fuzzes the spreadsheet readers (XLSX, zip of CSV files, CSV): whatever the bytes, reading gives
 * records and findings — never an exception, a stack overflow or a hang — and the records read
 * survive a round trip through a workbook unchanged.
 *
 * <p>In the normal build this replays the committed seed corpus under {@code
 * src/test/resources/org/terrinclus/spreadsheet/fuzz/SpreadsheetFuzzTestInputs}; with {@code
 * JAZZER_FUZZ=1} in the environment, Jazzer explores new inputs.
 */
class SpreadsheetFuzzTest {

    private static final TerrinclusSpreadsheet SHEETS = TerrinclusSpreadsheet.strict();

    @FuzzTest(maxDuration = "10m")
    void readAnything(byte[] input) {
        for (String name : new String[] {"input.xlsx", "input.csv"}) {
            SpreadsheetReading reading = SHEETS.read(new ByteArrayInputStream(input), name);
            List<ProjectRecord> records = new ArrayList<>();
            for (SheetRecord record : reading.getRecords()) {
                assertThat(record.getRecord().isPresent()).isEqualTo(!record.hasErrors());
                record.getFindings().forEach(f -> assertThat(record.locate(f)).isNotNull());
                record.getRecord().ifPresent(records::add);
            }
            // Records with distinct ids survive a workbook: write them, read them back.
            if (!records.isEmpty()
                    && records.stream().map(ProjectRecord::getId).distinct().count() == records.size()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                SHEETS.writeXlsx(records, out);
                SpreadsheetReading back = SHEETS.read(new ByteArrayInputStream(out.toByteArray()), "back.xlsx");
                List<ProjectRecord> again = new ArrayList<>();
                back.getRecords().forEach(r -> r.getRecord().ifPresent(again::add));
                assertThat(again).isEqualTo(records);
            }
        }
    }
}
