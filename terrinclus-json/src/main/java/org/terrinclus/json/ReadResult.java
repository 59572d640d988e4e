package org.terrinclus.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.validation.Finding;
import org.terrinclus.validation.Severity;

/**
 * What reading one record gave: the record, if it could be read, and every problem found on the
 * way. A record is returned only when no finding is an error; information findings (unknown
 * fields kept by a lenient reader) and warnings may come with it.
 */
public final class ReadResult {

    private final ProjectRecord record;
    private final List<Finding> findings;
    private final int index;
    private final String id;
    private final Integer line;

    ReadResult(ProjectRecord record, List<Finding> findings, int index, String id, Integer line) {
        this.record = record;
        this.findings = List.copyOf(findings);
        this.index = index;
        this.id = id;
        this.line = line;
    }

    /** The record; empty when an error finding prevented reading it. */
    public Optional<ProjectRecord> getRecord() {
        return Optional.ofNullable(record);
    }

    /** The problems found while reading, in the order met. */
    public List<Finding> getFindings() {
        return findings;
    }

    /** Whether the record was read: no finding is an error. */
    public boolean isRead() {
        return record != null;
    }

    /** Whether some finding is an error. */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.getSeverity() == Severity.ERROR);
    }

    /** The record's position in its source, from 0: its index in an array, or its line's rank. */
    public int getIndex() {
        return index;
    }

    /** The record's id, when the reader got that far, even if the record could not be read. */
    public Optional<String> getId() {
        return record != null ? Optional.of(record.getId()) : Optional.ofNullable(id);
    }

    /** The line where the record starts in its source, when known. */
    public Optional<Integer> getLine() {
        return Optional.ofNullable(line);
    }

    /** The record, or an exception listing the errors. */
    public ProjectRecord orElseThrow() {
        if (record == null) {
            throw new RecordReadException(findings);
        }
        return record;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReadResult
                && Objects.equals(record, ((ReadResult) o).record)
                && findings.equals(((ReadResult) o).findings)
                && index == ((ReadResult) o).index
                && Objects.equals(line, ((ReadResult) o).line);
    }

    @Override
    public int hashCode() {
        return Objects.hash(record, findings, index, line);
    }

    @Override
    public String toString() {
        return "ReadResult{index=" + index + (line != null ? ", line=" + line : "") + ", id=" + getId().orElse("?")
                + ", read=" + isRead() + ", findings=" + findings + "}";
    }
}
