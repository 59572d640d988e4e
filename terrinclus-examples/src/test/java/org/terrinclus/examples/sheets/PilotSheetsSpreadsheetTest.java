package org.terrinclus.examples.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.terrinclus.examples.PilotSheets;
import org.terrinclus.json.TerrinclusJson;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.spreadsheet.Headings;
import org.terrinclus.spreadsheet.SheetRecord;
import org.terrinclus.spreadsheet.SpreadsheetReading;
import org.terrinclus.spreadsheet.TerrinclusSpreadsheet;

/** Every bundled sheet survives JSON → XLSX → JSON and JSON → CSV → JSON unchanged. */
class PilotSheetsSpreadsheetTest {

    private final TerrinclusJson json = TerrinclusJson.strict();

    @ParameterizedTest
    @EnumSource(Headings.class)
    void everySheetRoundTripsThroughOneWorkbook(Headings headings) {
        TerrinclusSpreadsheet sheets = TerrinclusSpreadsheet.strict().withHeadings(headings);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sheets.writeXlsx(PilotSheets.all(), out);
        assertUnchanged(sheets.read(new ByteArrayInputStream(out.toByteArray()), "pilots.xlsx"));
    }

    @Test
    void everySheetRoundTripsThroughCsvFiles() {
        TerrinclusSpreadsheet sheets = TerrinclusSpreadsheet.strict();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sheets.writeCsvZip(PilotSheets.all(), out);
        assertUnchanged(sheets.read(new ByteArrayInputStream(out.toByteArray()), "pilots.zip"));
    }

    @Test
    void eachSheetRoundTripsAlone() {
        TerrinclusSpreadsheet sheets = TerrinclusSpreadsheet.strict();
        for (ProjectRecord record : PilotSheets.all()) {
            ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
            sheets.writeXlsx(List.of(record), xlsx);
            SpreadsheetReading reading = sheets.read(new ByteArrayInputStream(xlsx.toByteArray()), "one.xlsx");
            assertThat(reading.getRecords()).hasSize(1);
            assertThat(reading.getRecords().get(0).getRecord())
                    .as(record.getId())
                    .contains(record);
        }
    }

    private void assertUnchanged(SpreadsheetReading reading) {
        List<ProjectRecord> pilots = PilotSheets.all();
        assertThat(reading.getFindings()).isEmpty();
        assertThat(reading.getRecords()).hasSize(pilots.size());
        for (int i = 0; i < pilots.size(); i++) {
            SheetRecord read = reading.getRecords().get(i);
            assertThat(read.getFindings()).as(pilots.get(i).getId()).isEmpty();
            // The JSON text is the same, byte for byte, as the bundled sheet written again.
            assertThat(json.writePrettyString(read.getRecord().orElseThrow()))
                    .isEqualTo(json.writePrettyString(pilots.get(i)));
        }
    }
}
