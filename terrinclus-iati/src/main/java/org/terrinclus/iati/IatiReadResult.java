package org.terrinclus.iati;

import java.util.List;
import java.util.Optional;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.validation.Finding;
import org.terrinclus.validation.Severity;

/**
 * One activity of an IATI file read as a record, with the findings of reading it: what did not
 * map, each with its line, column and element path. Every activity gives a record; a result
 * without a record carries findings on the file itself (not IATI, broken XML after the last
 * activity…).
 */
public final class IatiReadResult {

    private final ProjectRecord record;
    private final List<Finding> findings;
    private final int index;
    private final int line;

    IatiReadResult(ProjectRecord record, List<Finding> findings, int index, int line) {
        this.record = record;
        this.findings = List.copyOf(findings);
        this.index = index;
        this.line = line;
    }

    /**
     * Returns the record made of the activity.
     *
     * @return the record, or empty for findings on the file itself
     */
    public Optional<ProjectRecord> getRecord() {
        return Optional.ofNullable(record);
    }

    /**
     * Returns the findings of reading the activity, in document order.
     *
     * @return the findings
     */
    public List<Finding> getFindings() {
        return findings;
    }

    /**
     * Returns the activity's position in the file.
     *
     * @return from 0; for findings on the file, the number of activities before them
     */
    public int getIndex() {
        return index;
    }

    /**
     * Returns the line where the activity starts, or of the first finding on the file.
     *
     * @return the line, from 1
     */
    public int getLine() {
        return line;
    }

    /**
     * Returns whether a finding is an error.
     *
     * @return true if some finding is an error
     */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.getSeverity() == Severity.ERROR);
    }

    @Override
    public String toString() {
        return "IatiReadResult{index=" + index + ", line=" + line + ", id=" + (record == null ? null : record.getId())
                + ", findings=" + findings + "}";
    }
}
