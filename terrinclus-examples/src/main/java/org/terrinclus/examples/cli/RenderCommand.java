package org.terrinclus.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.terrinclus.json.TerrinclusJson;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.render.SheetRenderer;
import org.terrinclus.validation.Finding;
import org.terrinclus.validation.RecordValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code terrinclus render}: records as printable sheets, in HTML or PDF. */
@Command(
        name = "render",
        mixinStandardHelpOptions = true,
        versionProvider = TerrinclusCommand.Version.class,
        sortOptions = false,
        description = {
            "Writes each record as a printable sheet, laid out as the guide's sheets: an HTML page (self-contained,"
                    + " prints on A4, reads on a phone) or a PDF document with its fonts embedded.",
            "With --with-findings, each finding of validation is marked beside the part of the sheet it concerns"
                    + " and all are listed at the end (a proofreading view). One record goes to --output PATH, or"
                    + " to standard output; several go to the folder --output PATH, one file per record named after"
                    + " its id. Without INPUT, the twelve bundled pilot sheets."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every record was rendered",
            "1:some record or file could not be read (its findings go to standard error)",
            "2:usage error (unknown option, bad value, path not found, several records without an output folder)",
            "3:internal error of the tool",
            "4:the output could not be written (disk full, no such folder, permission denied)"
        })
final class RenderCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private TerrinclusCommand parent;

    @Option(
            names = "--format",
            paramLabel = "html|pdf",
            defaultValue = "html",
            description = "html or pdf (default: ${DEFAULT-VALUE}).")
    private DocumentFormat format;

    @Option(
            names = "--lang",
            paramLabel = "fr|en",
            defaultValue = "fr",
            description = "Language of the sheet's headings and labels (default: ${DEFAULT-VALUE}).")
    private Lang lang;

    @Option(
            names = "--with-findings",
            description = "Show the findings of validation beside the parts of the sheet they concern.")
    private boolean withFindings;

    @Option(
            names = "--profile",
            paramLabel = "draft|publication",
            defaultValue = "publication",
            description = "Rules applied for --with-findings (default: ${DEFAULT-VALUE}).")
    private ProfileOption profile;

    @Option(
            names = "--output",
            paramLabel = "PATH",
            description = "The file to write (one record), or the folder to write into (several records; created"
                    + " if needed). Default: standard output, for one record.")
    private Path output;

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Files (.json, .jsonl) and folders.")
    private List<String> paths;

    @Override
    public Integer call() throws IOException {
        List<Source> sources = Inputs.resolve(spec, paths);
        Documents.checkOutput(spec, output, true);
        PrintWriter err = spec.commandLine().getErr();
        Documents.quietLogging();
        CompletableFuture<RecordValidator> validator = withFindings ? RecordPipeline.startValidator() : null;
        SheetRenderer renderer = SheetRenderer.create();
        List<RecordResult> unreadable = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        Set<String> names = new HashSet<>();
        boolean[] first = {true};
        // One record may go to standard output or a file: keep the first one until the second shows up.
        RecordResult[] single = {null};
        try (RecordPipeline pipeline = new RecordPipeline(TerrinclusJson.strict(), validator, profile.profile())) {
            pipeline.run(sources, new Progress(err, lang), result -> {
                if (result.record().isEmpty()) {
                    unreadable.add(result);
                    return;
                }
                if (first[0]) {
                    first[0] = false;
                    single[0] = result;
                    return;
                }
                Path folder = folder();
                if (single[0] != null) {
                    written.add(write(renderer, single[0], folder, names));
                    single[0] = null;
                }
                written.add(write(renderer, result, folder, names));
            });
        }
        if (single[0] != null) {
            writeOne(renderer, single[0]);
        }
        for (RecordResult result : unreadable) {
            for (Finding finding : result.findings()) {
                err.println(result.source() + " #" + (result.index() + 1) + ": "
                        + finding.getSeverity().getLabel(lang.locale())
                        + " " + finding.getRule() + " " + (finding.getPath().isEmpty() ? "" : finding.getPath() + " ")
                        + finding.getLine()
                                .map(l -> lang.t("ligne ", "line ") + l + " ")
                                .orElse("")
                        + finding.getMessage(lang.locale()));
            }
        }
        if (!written.isEmpty()) {
            err.println(
                    lang.t(written.size() + " fiches écrites dans ", written.size() + " sheets written to ") + output);
        }
        err.flush();
        return unreadable.isEmpty() ? TerrinclusCommand.OK : TerrinclusCommand.INVALID;
    }

    /** The output folder for several records; a usage error without one. */
    private Path folder() {
        if (output == null) {
            throw new ParameterException(
                    spec.commandLine(),
                    "the input holds several records: give a folder with --output to write one file per record");
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--output " + output + " is a file, but the input holds several records:" + " give a folder");
        }
        try {
            OutputFiles.createFolder(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return output;
    }

    private void writeOne(SheetRenderer renderer, RecordResult result) throws IOException {
        if (output == null) {
            if (format == DocumentFormat.PDF && System.console() != null) {
                throw new ParameterException(
                        spec.commandLine(), "a PDF is not for a terminal: give a file with --output, or redirect");
            }
            // Bytes go to the process's standard output, past the PrintWriter, as the PDF is binary.
            PrintWriter out = spec.commandLine().getOut();
            out.flush();
            OutputStream stream = parent.binaryOut();
            render(renderer, result, stream);
            stream.flush();
            return;
        }
        Path target = Files.isDirectory(output)
                ? output.resolve(fileName(result.record().get(), new HashSet<>()))
                : output;
        try (OutputStream stream = OutputFiles.open(target)) {
            render(renderer, result, stream);
        }
    }

    private Path write(SheetRenderer renderer, RecordResult result, Path folder, Set<String> names) {
        Path target = folder.resolve(fileName(result.record().get(), names));
        try (OutputStream stream = OutputFiles.open(target)) {
            render(renderer, result, stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    private void render(SheetRenderer renderer, RecordResult result, OutputStream stream) throws IOException {
        ProjectRecord record = result.record().get();
        if (format == DocumentFormat.PDF) {
            renderer.writePdf(record, lang.locale(), withFindings ? result.report() : null, stream);
        } else {
            String html = withFindings
                    ? renderer.html(record, lang.locale(), result.report())
                    : renderer.html(record, lang.locale());
            stream.write(html.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A file name from the record's id, safe on every file system, unique within the run. */
    private String fileName(ProjectRecord record, Set<String> names) {
        String base = record.getId().replaceAll("[^A-Za-z0-9._-]", "_");
        if (base.isEmpty() || base.startsWith(".")) {
            base = "record" + base;
        }
        if (base.length() > 100) {
            base = base.substring(0, 100);
        }
        String name = base;
        for (int n = 2; !names.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            name = base + "-" + n;
        }
        return name + "." + format.extension();
    }
}
