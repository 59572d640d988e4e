package org.terrinclus.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrinclus.examples.PilotSheets;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.spreadsheet.Headings;
import org.terrinclus.spreadsheet.SheetRecord;
import org.terrinclus.spreadsheet.SpreadsheetReading;
import org.terrinclus.spreadsheet.TerrinclusSpreadsheet;
import org.terrinclus.validation.Finding;
import org.terrinclus.validation.Profile;
import org.terrinclus.validation.RecordValidator;

/** The README's spreadsheet example: write a workbook, read it back, show findings at their cells. */
class SpreadsheetExampleTest {

    @TempDir
    Path folder;

    @Test
    void recordsGoToAWorkbookAndComeBackWithFindingsAtTheirCells() throws IOException {
        List<ProjectRecord> records = PilotSheets.all();
        Path file = folder.resolve("fiches.xlsx");
        Path template = folder.resolve("modele.xlsx");
        List<String> lines = new ArrayList<>();
        // tag::spreadsheet-round-trip[]
        TerrinclusSpreadsheet sheets = TerrinclusSpreadsheet.strict().withHeadings(Headings.FRENCH);
        try (OutputStream out = Files.newOutputStream(file)) {
            sheets.writeXlsx(records, out); // a sheet of records, one sheet per repeated part
        }
        try (OutputStream out = Files.newOutputStream(template)) {
            sheets.writeTemplate(Locale.FRENCH, out); // empty, with drop-down lists and notes
        }

        SpreadsheetReading reading = sheets.read(file); // never throws on bad input
        RecordValidator validator = RecordValidator.create();
        for (SheetRecord read : reading.getRecords()) {
            ProjectRecord record = read.getRecord().orElseThrow(); // equal to the one written
            for (Finding finding :
                    validator.validate(record, Profile.PUBLICATION).getFindings()) {
                lines.add(read.locate(finding) + " " + finding.getRule() + " : " + finding.getMessage(Locale.FRENCH));
            }
        }
        // Financement!C2 funding.total.mismatch : Le total déclaré (67 159 €) diffère…
        // end::spreadsheet-round-trip[]
        List<ProjectRecord> back = new ArrayList<>();
        reading.getRecords().forEach(r -> back.add(r.getRecord().orElseThrow()));
        assertThat(back).isEqualTo(records);
        assertThat(reading.getFindings()).isEmpty();
        assertThat(lines.get(0)).startsWith("Financement!C2 funding.total.mismatch : Le total déclaré (67");
        assertThat(template).isNotEmptyFile();
    }
}
