package org.terrinclus.examples.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.terrinclus.iati.IatiReadResult;
import org.terrinclus.json.ReadResult;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.spreadsheet.CellLocation;
import org.terrinclus.spreadsheet.SheetRecord;
import org.terrinclus.spreadsheet.SpreadsheetReading;
import org.terrinclus.validation.Finding;
import org.terrinclus.validation.Severity;
import org.terrinclus.validation.ValidationReport;

/**
 * What the tool found about one record of a source: the findings of reading it and, if it could
 * be read, of validating it, sorted by path.
 */
final class RecordResult {

    /** The rule of the finding reported when a file cannot be opened or read to the end. */
    static final String UNREADABLE_RULE = "file.unreadable";

    private final String source;
    private final int index;
    private final String id;
    private final Integer line;
    private final ProjectRecord record;
    private final ValidationReport report;
    /** The cell of each finding, for a record read from a spreadsheet; null otherwise. */
    private final Function<Finding, Optional<CellLocation>> cells;

    private RecordResult(
            String source, int index, String id, Integer line, ProjectRecord record, ValidationReport report) {
        this(source, index, id, line, record, report, null);
    }

    private RecordResult(
            String source,
            int index,
            String id,
            Integer line,
            ProjectRecord record,
            ValidationReport report,
            Function<Finding, Optional<CellLocation>> cells) {
        this.source = source;
        this.index = index;
        this.id = id;
        this.line = line;
        this.record = record;
        this.report = report;
        this.cells = cells;
    }

    /** A record read from a spreadsheet, with the findings of validating it when it could be read. */
    static RecordResult ofSheet(String source, SheetRecord read, ValidationReport validation) {
        ValidationReport report = ValidationReport.of(read.getFindings()).plus(validation);
        return new RecordResult(
                source,
                read.getIndex(),
                read.getId().orElse(null),
                null,
                read.getRecord().orElse(null),
                report,
                finding -> Optional.of(read.locate(finding)));
    }

    /** The findings about a spreadsheet itself, or its rows that belong to no record. */
    static RecordResult ofSheetFile(String source, int index, SpreadsheetReading reading) {
        return new RecordResult(
                source, index, null, null, null, ValidationReport.of(reading.getFindings()), reading::locate);
    }

    /** A record as read, with the findings of validating it when it could be read. */
    static RecordResult of(String source, ReadResult read, ValidationReport validation) {
        ValidationReport report = ValidationReport.of(read.getFindings()).plus(validation);
        return new RecordResult(
                source,
                read.getIndex(),
                read.getId().orElse(null),
                read.getLine().orElse(null),
                read.getRecord().orElse(null),
                report);
    }

    /** An activity of an IATI file as read, with the findings of validating its record. */
    static RecordResult of(String source, IatiReadResult read, ValidationReport validation) {
        ValidationReport report = ValidationReport.of(read.getFindings()).plus(validation);
        return new RecordResult(
                source,
                read.getIndex(),
                read.getRecord().map(ProjectRecord::getId).orElse(null),
                read.getLine(),
                read.getRecord().orElse(null),
                report);
    }

    /** A source that could not be opened, or failed while being read, at the given record index. */
    static RecordResult unreadable(String source, int index, IOException failure) {
        String reason = reason(failure);
        Finding finding = Finding.of(
                UNREADABLE_RULE,
                Severity.ERROR,
                "",
                "Le fichier ne peut pas être lu : " + reason.replace("permission denied", "permission refusée"),
                "The file cannot be read: " + reason);
        return new RecordResult(source, index, null, null, null, ValidationReport.of(List.of(finding)));
    }

    private static String reason(IOException failure) {
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof NoSuchFileException) {
            return "no such file";
        }
        String message = failure.getMessage();
        return message == null || message.isBlank()
                ? failure.getClass().getSimpleName()
                : message.replaceAll("\\s+", " ");
    }

    String source() {
        return source;
    }

    int index() {
        return index;
    }

    Optional<String> id() {
        return Optional.ofNullable(id);
    }

    Optional<Integer> line() {
        return Optional.ofNullable(line);
    }

    /** The record, if it could be read. */
    Optional<ProjectRecord> record() {
        return Optional.ofNullable(record);
    }

    ValidationReport report() {
        return report;
    }

    /** The spreadsheet cell a finding is about, for a record read from a spreadsheet. */
    Optional<CellLocation> cell(Finding finding) {
        return cells == null ? Optional.empty() : cells.apply(finding);
    }

    List<Finding> findings() {
        return report.getFindings();
    }

    /** No finding is an error. */
    boolean isValid() {
        return report.isValid();
    }
}
