package org.terrinclus.examples.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.terrinclus.json.TerrinclusJson;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.spreadsheet.ColumnMapping;
import org.terrinclus.validation.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code terrinclus convert}: reads records (JSON, JSON Lines, XLSX, CSV) and writes them in
 * another format. Nothing is written when a record cannot be read: its findings are printed
 * instead, so that no record is silently left out.
 */
@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        versionProvider = TerrinclusCommand.Version.class,
        sortOptions = false,
        description = {
            "Reads records and writes them in another format: JSON, JSON Lines, an XLSX workbook or CSV"
                    + " (one table in a .csv file, or a .zip of one CSV file per table).",
            "Inputs are read as validate reads them (.json, .jsonl, .xlsx, .csv, .zip, folders). If a record"
                    + " cannot be read, its findings go to stderr and nothing is written."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:the records were written",
            "1:some record could not be read; nothing was written",
            "2:usage error (unknown option, bad value, path not found)",
            "3:internal error of the tool"
        })
final class ConvertCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--to",
            paramLabel = "json|jsonl|xlsx|csv",
            description = "The format to write; by default, the output's extension tells.")
    private ConvertFormat to;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "PATH",
            description = "The file to write; standard output if absent (text formats only).")
    private Path output;

    @Option(
            names = "--headings",
            paramLabel = "paths|fr|en",
            defaultValue = "paths",
            description = "Spreadsheet column headings: field paths, French or English titles"
                    + " (default: ${DEFAULT-VALUE}).")
    private HeadingsOption headings;

    @Option(
            names = "--lenient",
            description = "Read fields the format does not define (JSON only keeps them; a spreadsheet refuses them).")
    private boolean lenient;

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr", description = "Language of the messages.")
    private Lang lang;

    @Option(
            names = "--mapping",
            paramLabel = "FILE",
            description = "Read spreadsheets in their owner's own columns, as this mapping file says"
                    + " (docs/spreadsheets.md).")
    private Path mapping;

    @Parameters(
            paramLabel = "PATH",
            arity = "1..*",
            description = "Files (.json, .jsonl, .xlsx, .csv, .zip) and folders.")
    private List<Path> paths;

    @Override
    public Integer call() throws IOException {
        ConvertFormat format = to;
        if (format == null && output != null) {
            format = ConvertFormat.of(output).orElse(null);
        }
        if (format == null) {
            throw new ParameterException(
                    spec.commandLine(),
                    "say which format to write: --to json|jsonl|xlsx|csv, or an --output with that extension");
        }
        if (output == null && format.isBinary()) {
            throw new ParameterException(spec.commandLine(), "writing " + format + " needs --output PATH");
        }
        List<Source> sources = Inputs.resolve(spec, paths);
        TerrinclusJson json = lenient ? TerrinclusJson.lenient() : TerrinclusJson.strict();
        PrintWriter err = spec.commandLine().getErr();
        List<ProjectRecord> records = new ArrayList<>();
        List<RecordResult> failed = new ArrayList<>();
        ColumnMapping columns = Mappings.load(spec, mapping);
        try (RecordPipeline pipeline = new RecordPipeline(json, null, Profile.DRAFT).withMapping(columns)) {
            pipeline.run(sources, new Progress(err, lang), result -> {
                if (result.record().isPresent() && result.isValid()) {
                    records.add(result.record().get());
                } else if (!result.isValid()) {
                    failed.add(result);
                }
            });
        }
        if (!failed.isEmpty()) {
            TextResults text = new TextResults(err, lang, Profile.DRAFT);
            failed.forEach(text::accept);
            err.println(lang.t(
                    failed.size() + " source(s) ou fiche(s) illisible(s) : rien n'est écrit.",
                    failed.size() + " unreadable source(s) or record(s): nothing is written."));
            return TerrinclusCommand.INVALID;
        }
        try {
            if (output == null) {
                writeTo(format, records, spec.commandLine().getOut());
            } else {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
                    format.write(records, output, headings.headings(), out);
                }
                err.println(lang.t(
                        records.size() + " fiche(s) écrite(s) dans " + output,
                        records.size() + " record(s) written to " + output));
            }
        } catch (IllegalArgumentException e) {
            err.println("terrinclus: " + e.getMessage());
            if (output != null) {
                Files.deleteIfExists(output);
            }
            return TerrinclusCommand.INVALID;
        }
        return TerrinclusCommand.OK;
    }

    /** Text formats to the command's own output writer, so that tests see them. */
    private void writeTo(ConvertFormat format, List<ProjectRecord> records, PrintWriter out) throws IOException {
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        format.write(records, null, headings.headings(), buffer);
        out.print(buffer.toString(java.nio.charset.StandardCharsets.UTF_8));
        out.flush();
    }
}
