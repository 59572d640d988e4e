package org.terrinclus.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.terrinclus.iati.IatiExportOptions;
import org.terrinclus.iati.IatiPublicationRule;
import org.terrinclus.json.TerrinclusJson;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.spreadsheet.ColumnMapping;
import org.terrinclus.validation.Finding;
import org.terrinclus.validation.Profile;
import org.terrinclus.validation.RecordValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code terrinclus validate}: reads and validates records, and reports every finding. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = TerrinclusCommand.Version.class,
        sortOptions = false,
        description = {
            "Reads and validates project records, and prints every finding: the problems of reading the JSON"
                    + " and, for each record that could be read, those of validating it.",
            "A .json file holds one record or an array of records; a .jsonl file one record per line;"
                    + " a folder is searched for *.json and *.jsonl files, recursively. Without PATH, the twelve"
                    + " bundled pilot sheets are validated."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:no record has an error finding",
            "1:some record has an error finding (unreadable input counts)",
            "2:usage error (unknown option, bad value, path not found)",
            "3:internal error of the tool"
        })
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--profile",
            paramLabel = "draft|publication|iati",
            defaultValue = "publication",
            description = "Rules to apply: those of a draft, those of a sheet ready to publish, or those and the"
                    + " IATI checks of what convert --to iati would publish (default: ${DEFAULT-VALUE}).")
    private ProfileOption profile;

    @Option(
            names = "--lang",
            paramLabel = "fr|en",
            defaultValue = "fr",
            description = "Language of the messages (default: ${DEFAULT-VALUE}).")
    private Lang lang;

    @Option(
            names = "--format",
            paramLabel = "text|json",
            defaultValue = "text",
            description = "text for people, or one JSON object for programs (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Option(
            names = "--lenient",
            description = "Keep fields the format does not define, as information findings, instead of"
                    + " rejecting the record.")
    private boolean lenient;

    @Option(
            names = "--mapping",
            paramLabel = "FILE",
            description = "Read spreadsheets in their owner's own columns, as this mapping file says"
                    + " (docs/spreadsheets.md).")
    private Path mapping;

    @Mixin
    private IatiOptions iati;

    @Parameters(
            paramLabel = "PATH",
            arity = "0..*",
            description = "Files (.json, .jsonl; .xlsx, .csv, .zip spreadsheets) and folders (of .json and .jsonl).")
    private List<String> paths;

    @Override
    public Integer call() {
        List<Source> sources = Inputs.resolve(spec, paths);
        TerrinclusJson json = lenient ? TerrinclusJson.lenient() : TerrinclusJson.strict();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Profile chosen = profile.profile();
        Summary summary = new Summary();
        try (ResultSink sink = new StopWhenOutputCloses(
                format == OutputFormat.JSON ? new JsonResults(out, lang) : new TextResults(out, lang, chosen), out)) {
            summary = validate(
                    sources,
                    json,
                    chosen,
                    profile == ProfileOption.IATI ? iatiChecks(iati.options(spec)) : null,
                    new Progress(err, lang),
                    sink,
                    Mappings.load(spec, mapping));
        } catch (OutputClosed e) {
            summary = e.summary;
        }
        return summary.invalid() > 0 ? TerrinclusCommand.INVALID : TerrinclusCommand.OK;
    }

    /** Thrown to stop reading when nobody reads the output any more, as with {@code | head}. */
    private static final class OutputClosed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Summary summary;

        OutputClosed(Summary summary) {
            super("output closed", null, false, false);
            this.summary = summary;
        }
    }

    /** Checks now and then that the output still goes somewhere. */
    private static final class StopWhenOutputCloses implements ResultSink {
        private final ResultSink sink;
        private final PrintWriter out;
        private final Summary seen = new Summary();

        StopWhenOutputCloses(ResultSink sink, PrintWriter out) {
            this.sink = sink;
            this.out = out;
        }

        @Override
        public void start() {
            sink.start();
        }

        @Override
        public void accept(RecordResult result) {
            sink.accept(result);
            seen.add(result);
            if (seen.records() % 1024 == 0 && out.checkError()) {
                throw new OutputClosed(seen);
            }
        }

        @Override
        public void finish(Summary summary) {
            sink.finish(summary);
        }

        @Override
        public void close() {
            sink.close();
        }
    }

    /** Reads and validates the sources, in parallel, and hands the results to the sink in order. */
    static Summary validate(
            List<Source> sources, TerrinclusJson json, Profile profile, Progress progress, ResultSink sink) {
        return validate(sources, json, profile, null, progress, sink, null);
    }

    /** The IATI profile's checks of a record, with the given export options. */
    private static Function<ProjectRecord, List<Finding>> iatiChecks(IatiExportOptions options) {
        return record -> IatiPublicationRule.check(record, options);
    }

    /** The same, with extra checks, and reading spreadsheets with a mapping of their columns when one is given. */
    static Summary validate(
            List<Source> sources,
            TerrinclusJson json,
            Profile profile,
            Function<ProjectRecord, List<Finding>> extra,
            Progress progress,
            ResultSink sink,
            ColumnMapping mapping) {
        CompletableFuture<RecordValidator> validator = RecordPipeline.startValidator();
        Summary summary = new Summary();
        sink.start();
        try (RecordPipeline pipeline = new RecordPipeline(json, validator, profile, extra).withMapping(mapping)) {
            pipeline.run(sources, progress, result -> {
                summary.add(result);
                sink.accept(result);
            });
        }
        sink.finish(summary);
        return summary;
    }
}
