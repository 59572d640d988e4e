package org.terrinclus.spreadsheet;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.validation.Finding;
import org.terrinclus.validation.Severity;

/**
 * One record read from a spreadsheet: the record, if it could be read, the findings of reading
 * it, and the cell behind each value, so that any finding about it — of reading, or of
 * validating the record afterwards — can be shown at its cell ({@code Financement!C7}).
 */
public final class SheetRecord {

    private final ProjectRecord record;
    private final List<Finding> findings;
    private final int index;
    private final String id;
    private final CellLocation row;
    private final Map<String, CellLocation> cells;
    private final Map<Finding, CellLocation> findingCells;

    SheetRecord(
            ProjectRecord record,
            List<Finding> findings,
            int index,
            String id,
            CellLocation row,
            Map<String, CellLocation> cells,
            Map<Finding, CellLocation> findingCells) {
        this.record = record;
        this.findings = List.copyOf(findings);
        this.index = index;
        this.id = id;
        this.row = row;
        this.cells = cells;
        this.findingCells = findingCells;
    }

    /**
     * Returns the record, when it could be read.
     *
     * @return the record; empty when a finding of reading it is an error
     */
    public Optional<ProjectRecord> getRecord() {
        return Optional.ofNullable(record);
    }

    /**
     * Returns the problems found while reading the record; {@link #locate} gives each one's cell.
     *
     * @return the findings, in the order met
     */
    public List<Finding> getFindings() {
        return findings;
    }

    /**
     * Tells whether a finding of reading is an error.
     *
     * @return true when the record could not be read
     */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.getSeverity() == Severity.ERROR);
    }

    /**
     * Returns the position of the record among those of its workbook.
     *
     * @return the index, counted from 0
     */
    public int getIndex() {
        return index;
    }

    /**
     * Returns the record's id as its row gives it, even when the record could not be read.
     *
     * @return the id, or empty when the row has none
     */
    public Optional<String> getId() {
        return Optional.ofNullable(id);
    }

    /**
     * Returns the first cell of the record's row in the sheet of records.
     *
     * @return the cell, as {@code Fiches!A3}
     */
    public CellLocation getRow() {
        return row;
    }

    /**
     * Returns the cell a finding is about: the cell it was reported at, or else the cell of the
     * value at its JSON Pointer, or of the nearest value or row that holds it. Works for the
     * findings of validating the record as well as for those of reading it.
     *
     * @param finding a finding about this record
     * @return the cell; the record's row when nothing nearer is known
     */
    public CellLocation locate(Finding finding) {
        CellLocation explicit = findingCells.get(finding);
        if (explicit != null) {
            return explicit;
        }
        return locate(finding.getPath());
    }

    /**
     * Returns the cell of the value at a JSON Pointer, or of the nearest value or row that holds
     * it.
     *
     * @param pointer a JSON Pointer into the record, as {@code /funding/0/declaredTotal}
     * @return the cell; the record's row when nothing nearer is known
     */
    public CellLocation locate(String pointer) {
        String path = pointer;
        while (!path.isEmpty()) {
            CellLocation cell = cells.get(path);
            if (cell != null) {
                return cell;
            }
            // A value with several cells (an amount and its currency) is shown at its first one.
            for (Map.Entry<String, CellLocation> entry : cells.entrySet()) {
                if (entry.getKey().startsWith(path + "/") && firstOf(entry.getKey(), path)) {
                    return entry.getValue();
                }
            }
            path = path.substring(0, path.lastIndexOf('/'));
        }
        return row;
    }

    private boolean firstOf(String key, String path) {
        String rest = key.substring(path.length() + 1);
        return !rest.contains("/") && (rest.equals("amount") || rest.equals("name") || rest.equals("0"));
    }

    @Override
    public String toString() {
        return "SheetRecord[" + row + (id == null ? "" : ", " + id) + ", " + findings.size() + " findings]";
    }
}
