package org.terrinclus.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.validation.ValidationReport;

/**
 * One input of a {@link PortfolioReport}: a record as read (or nothing, when it could not be
 * read), where it came from, and the findings of reading and validating it. When the record was
 * read from a spreadsheet, {@link Builder#cell(String, String)} tells the report which cell each
 * JSON Pointer came from, so that the validation summary can say where to look in the workbook.
 */
public final class RecordEntry {

    private final String source;
    private final int index;
    private final ProjectRecord record;
    private final ValidationReport findings;
    private final Map<String, String> cells;

    private RecordEntry(Builder builder) {
        this.source = Objects.requireNonNull(builder.source, "source");
        this.index = builder.index;
        this.record = builder.record;
        this.findings = builder.findings;
        this.cells = Map.copyOf(builder.cells);
    }

    /** A record with the findings of validating it, named by its id. */
    public static RecordEntry of(ProjectRecord record, ValidationReport findings) {
        return builder()
                .source(record.getId())
                .record(record)
                .findings(findings)
                .build();
    }

    /** A builder of an entry. */
    public static Builder builder() {
        return new Builder();
    }

    /** Where the record came from: a file name, or any name that tells the reader where to look. */
    public String getSource() {
        return source;
    }

    /** The record's position in its source, from 0. */
    public int getIndex() {
        return index;
    }

    /** The record, if it could be read. */
    public Optional<ProjectRecord> getRecord() {
        return Optional.ofNullable(record);
    }

    /** The findings of reading and validating the record. */
    public ValidationReport getFindings() {
        return findings;
    }

    /** Spreadsheet cells by JSON Pointer (as {@code Projets!C12}); empty for other inputs. */
    public Map<String, String> getCells() {
        return cells;
    }

    /** How the report names the entry: the record's id when it has one, else its source and index. */
    String name() {
        if (record != null) {
            return record.getId().equals(source) ? source : record.getId() + " (" + source + ")";
        }
        return source + " #" + (index + 1);
    }

    /** Builds a {@link RecordEntry}. */
    public static final class Builder {
        private String source;
        private int index;
        private ProjectRecord record;
        private ValidationReport findings = ValidationReport.empty();
        private final Map<String, String> cells = new LinkedHashMap<>();

        private Builder() {}

        /** Where the record came from (required). */
        public Builder source(String source) {
            this.source = Objects.requireNonNull(source, "source");
            return this;
        }

        /** The record's position in its source, from 0. */
        public Builder index(int index) {
            if (index < 0) {
                throw new IllegalArgumentException("An index counts from 0, got " + index);
            }
            this.index = index;
            return this;
        }

        /** The record as read; leave it out for input that could not be read. */
        public Builder record(ProjectRecord record) {
            this.record = Objects.requireNonNull(record, "record");
            return this;
        }

        /** The findings of reading and validating the record. */
        public Builder findings(ValidationReport findings) {
            this.findings = Objects.requireNonNull(findings, "findings");
            return this;
        }

        /** The spreadsheet cell a JSON Pointer of the record was read from. */
        public Builder cell(String pointer, String cell) {
            cells.put(Objects.requireNonNull(pointer, "pointer"), Objects.requireNonNull(cell, "cell"));
            return this;
        }

        /** The entry. */
        public RecordEntry build() {
            return new RecordEntry(this);
        }
    }
}
