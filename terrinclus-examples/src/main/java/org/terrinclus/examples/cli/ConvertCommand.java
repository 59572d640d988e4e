package org.terrinclus.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import org.terrinclus.iati.IatiExportOptions;
import org.terrinclus.iati.IatiPublicationRule;
import org.terrinclus.iati.IatiReadResult;
import org.terrinclus.iati.IatiReader;
import org.terrinclus.iati.TerrinclusIati;
import org.terrinclus.json.BulkReader;
import org.terrinclus.json.ReadResult;
import org.terrinclus.json.TerrinclusJson;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.spreadsheet.ColumnMapping;
import org.terrinclus.spreadsheet.SheetRecord;
import org.terrinclus.spreadsheet.SpreadsheetReading;
import org.terrinclus.spreadsheet.TerrinclusSpreadsheet;
import org.terrinclus.validation.Finding;
import org.terrinclus.validation.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code terrinclus convert}: reads records in any format the tool reads, writes them in another. */
@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        versionProvider = TerrinclusCommand.Version.class,
        sortOptions = false,
        description = {
            "Reads records and writes them in another format: a JSON array, JSON Lines, or an IATI 2.03"
                    + " activity file.",
            "Inputs are read as for validate: .json, .jsonl and IATI .xml files (a file of another extension"
                    + " by its content), and folders. Without INPUT, the twelve bundled pilot sheets.",
            "Errors and warnings of reading and writing go to the error stream, with a summary; records"
                    + " that cannot be read are not written."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every record was read and written without an error finding",
            "1:some record has an error finding of reading or writing (unreadable input counts)",
            "2:usage error (unknown option, bad value, path not found)",
            "3:internal error of the tool",
            "4:the output could not be written (disk full, no such folder, permission denied)"
        })
final class ConvertCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--to",
            required = true,
            paramLabel = "json|jsonl|iati|xlsx|csv",
            description = "The format to write; csv writes the sheet of records alone to a .csv output, else a"
                    + " .zip of one CSV file per table.")
    private ConvertFormat to;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "PATH",
            description = "The file to write; '-' or none for standard output.")
    private String output;

    @Option(
            names = "--lang",
            paramLabel = "fr|en",
            defaultValue = "fr",
            description = "Language of the messages (default: ${DEFAULT-VALUE}).")
    private Lang lang;

    @Option(
            names = "--lenient",
            description = "Keep fields the JSON format does not define instead of rejecting the record.")
    private boolean lenient;

    @Mixin
    private IatiOptions iati;

    @Option(
            names = "--headings",
            paramLabel = "paths|fr|en",
            defaultValue = "paths",
            description =
                    "Spreadsheet column headings: field paths, French or English titles (default: ${DEFAULT-VALUE}).")
    private HeadingsOption headings;

    @Option(
            names = "--mapping",
            paramLabel = "FILE",
            description = "Read spreadsheets in their owner's own columns, as this mapping file says"
                    + " (docs/spreadsheets.md).")
    private Path mapping;

    @Parameters(
            paramLabel = "INPUT",
            arity = "0..*",
            description = "Files (.json, .jsonl, .xml; .xlsx, .csv, .zip spreadsheets) and folders.")
    private List<String> paths;

    @Override
    public Integer call() {
        if (to.isBinary() && (output == null || output.equals("-"))) {
            throw new ParameterException(spec.commandLine(), "writing " + to + " needs --output PATH");
        }
        List<Source> sources = Inputs.resolve(spec, paths);
        IatiExportOptions options = iati.options(spec);
        ColumnMapping columns = Mappings.load(spec, mapping);
        PrintWriter err = spec.commandLine().getErr();
        Records records = new Records(sources, lenient ? TerrinclusJson.lenient() : TerrinclusJson.strict(), options);
        records.mapping = columns;
        Map<Integer, List<Finding>> written;
        boolean oneCsvTable =
                output != null && output.toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
        try (OutputStream out = open()) {
            written = to.write(records, out, new ConvertFormat.Settings(options, headings.headings(), oneCsvTable));
        } catch (IllegalArgumentException e) {
            // A record a spreadsheet cannot hold whole: refused, and no partial file is left.
            err.println("terrinclus: " + e.getMessage());
            try {
                Files.deleteIfExists(Path.of(output));
            } catch (IOException ignored) {
                // the message above already says nothing usable was written
            }
            return TerrinclusCommand.INVALID;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Map.Entry<Integer, List<Finding>> entry : written.entrySet()) {
            records.report(records.labels.get(entry.getKey()), entry.getValue());
        }
        err.println(lang.t(
                records.count + " fiche(s) écrite(s) ; " + records.errors + " erreur(s), " + records.warnings
                        + " avertissement(s), " + records.infos + " information(s)"
                        + (records.infos > 0 ? " (validate les montre toutes)" : "") + ".",
                records.count + " record(s) written; " + records.errors + " error(s), " + records.warnings
                        + " warning(s), " + records.infos + " information(s)"
                        + (records.infos > 0 ? " (validate shows them all)" : "") + "."));
        err.flush();
        return records.errors > 0 ? TerrinclusCommand.INVALID : TerrinclusCommand.OK;
    }

    private OutputStream open() throws IOException {
        if (output == null || output.equals("-")) {
            return new WriterOutputStream(spec.commandLine().getOut());
        }
        Path file;
        try {
            file = Path.of(output);
        } catch (RuntimeException e) {
            throw new ParameterException(spec.commandLine(), "cannot write " + output + ": " + e.getMessage());
        }
        return OutputFiles.open(file);
    }

    /** The records of the sources, read as they are written; findings go to the error stream. */
    private final class Records implements Iterator<ProjectRecord> {
        private final Iterator<Source> sources;
        private final TerrinclusJson json;
        private final Map<Integer, String> labels = new java.util.HashMap<>();
        private Source source;
        private BulkReader jsonReader;
        private IatiReader iatiReader;
        private Iterator<SheetRecord> sheetReader;
        ColumnMapping mapping;
        private ProjectRecord next;
        int count;
        int errors;
        int warnings;
        int infos;

        private final IatiExportOptions options;

        Records(List<Source> sources, TerrinclusJson json, IatiExportOptions options) {
            this.sources = new ArrayList<>(sources).iterator();
            this.json = json;
            this.options = options;
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (jsonReader != null && jsonReader.hasNext()) {
                    ReadResult read = jsonReader.next();
                    take(read.getRecord().orElse(null), read.getFindings(), read.getIndex());
                } else if (sheetReader != null && sheetReader.hasNext()) {
                    SheetRecord read = sheetReader.next();
                    take(read.getRecord().orElse(null), read.getFindings(), read.getIndex());
                } else if (iatiReader != null && iatiReader.hasNext()) {
                    IatiReadResult read = iatiReader.next();
                    take(read.getRecord().orElse(null), read.getFindings(), read.getIndex());
                } else if (!openNext()) {
                    return false;
                }
            }
            return true;
        }

        private boolean openNext() {
            closeCurrent();
            if (!sources.hasNext()) {
                return false;
            }
            source = sources.next();
            try {
                InputStream in = source.open();
                if (source.isSpreadsheet()) {
                    TerrinclusSpreadsheet sheets = TerrinclusSpreadsheet.of(json.getMode());
                    SpreadsheetReading reading;
                    try (in) {
                        reading = (mapping == null ? sheets : sheets.withMapping(mapping))
                                .read(in, source.name().replaceAll(".*[/\\\\]", ""));
                    }
                    report(source.name(), reading.getFindings());
                    sheetReader = reading.getRecords().iterator();
                } else if (source.isIati()) {
                    iatiReader = TerrinclusIati.create().readAll(in);
                } else {
                    jsonReader = json.readAll(in, source.format());
                }
            } catch (IOException e) {
                report(
                        source.name(),
                        RecordResult.unreadable(source.name(), 0, e).findings());
            }
            return true;
        }

        private void closeCurrent() {
            try {
                if (jsonReader != null) {
                    jsonReader.close();
                }
            } catch (IOException e) {
                // every record of it is read already
            }
            if (iatiReader != null) {
                iatiReader.close();
            }
            jsonReader = null;
            iatiReader = null;
            sheetReader = null;
        }

        private void take(ProjectRecord record, List<Finding> findings, int index) {
            String label = source.name() + "#" + index + (record == null ? "" : " (" + record.getId() + ")");
            report(label, findings);
            if (record != null && to == ConvertFormat.IATI) {
                report(label, IatiPublicationRule.check(record, options));
            }
            if (record != null) {
                labels.put(count, label);
                count++;
                next = record;
            }
        }

        void report(String label, List<Finding> findings) {
            PrintWriter err = spec.commandLine().getErr();
            for (Finding finding : findings) {
                if (finding.getSeverity() == Severity.INFO) {
                    infos++;
                    continue;
                }
                if (finding.getSeverity() == Severity.ERROR) {
                    errors++;
                } else {
                    warnings++;
                }
                String where = finding.getLine()
                        .map(line -> " " + line
                                + finding.getColumn().map(c -> ":" + c).orElse(""))
                        .orElse("");
                err.println(label + ": " + finding.getSeverity().getLabel(lang.locale()) + " " + finding.getRule()
                        + " " + (finding.getPath().isEmpty() ? "/" : finding.getPath()) + where + " "
                        + finding.getMessage(lang.locale()));
            }
        }

        @Override
        public ProjectRecord next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ProjectRecord record = next;
            next = null;
            return record;
        }
    }
}
