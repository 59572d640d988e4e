package org.terrinclus.spreadsheet;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.terrinclus.validation.Finding;
import org.terrinclus.validation.Severity;

/**
 * What reading a spreadsheet gave: its records, each with its findings and cells, and the
 * findings about the file itself or about rows that belong to no record (an unknown column, a
 * row whose record id is unknown, a file that is not a workbook…).
 */
public final class SpreadsheetReading {

    private final List<SheetRecord> records;
    private final List<Finding> findings;
    private final Map<Finding, CellLocation> cells;

    SpreadsheetReading(List<SheetRecord> records, List<Finding> findings, Map<Finding, CellLocation> cells) {
        this.records = List.copyOf(records);
        this.findings = List.copyOf(findings);
        this.cells = cells;
    }

    /**
     * Returns the records, in the order of the sheet of records.
     *
     * @return the records read, or that could not be read, with their findings
     */
    public List<SheetRecord> getRecords() {
        return records;
    }

    /**
     * Returns the findings about the file, or about rows that belong to no record.
     *
     * @return the findings, in the order met
     */
    public List<Finding> getFindings() {
        return findings;
    }

    /**
     * Returns the cell a finding of {@link #getFindings()} is about, when it has one.
     *
     * @param finding a finding about the file
     * @return the cell, or empty for the file as a whole
     */
    public Optional<CellLocation> locate(Finding finding) {
        return Optional.ofNullable(cells.get(finding));
    }

    /**
     * Tells whether anything could not be read: an error about the file, or about a record.
     *
     * @return true when some finding of reading is an error
     */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.getSeverity() == Severity.ERROR)
                || records.stream().anyMatch(SheetRecord::hasErrors);
    }
}
