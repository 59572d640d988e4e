package org.terrinclus.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.terrinclus.spreadsheet.TerrinclusSpreadsheet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code terrinclus template}: writes an empty workbook to fill in, with lists and notes. */
@Command(
        name = "template",
        mixinStandardHelpOptions = true,
        versionProvider = TerrinclusCommand.Version.class,
        sortOptions = false,
        description = {
            "Writes an empty workbook to fill in: one sheet of records and one per repeated part (partners,"
                    + " funding, contributions…), titled columns, drop-down lists for every code list, and a"
                    + " Notes sheet that explains each column. What is filled in reads back with validate and"
                    + " convert."
        })
final class TemplateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--to",
            paramLabel = "xlsx",
            defaultValue = "xlsx",
            description = "The format (default: ${DEFAULT-VALUE}).")
    private TemplateFormat to;

    @Option(
            names = "--lang",
            paramLabel = "fr|en",
            defaultValue = "fr",
            description = "Language of the titles, lists and notes (default: ${DEFAULT-VALUE}).")
    private Lang lang;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "PATH",
            description = "The file to write (default: modele-fiches.xlsx, or records-template.xlsx in English).")
    private Path output;

    @Override
    public Integer call() throws IOException {
        Path file = output != null ? output : Path.of(lang.t("modele-fiches.xlsx", "records-template.xlsx"));
        try (OutputStream out = OutputFiles.open(file)) {
            TerrinclusSpreadsheet.strict().writeTemplate(lang.locale(), out);
        }
        spec.commandLine().getErr().println(lang.t("Modèle écrit : ", "Template written: ") + file);
        return TerrinclusCommand.OK;
    }
}
