package org.terrinclus.examples.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.terrinclus.spreadsheet.ColumnMapping;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Loads the {@code --mapping} file of a command; a bad one is a usage error that says why. */
final class Mappings {

    private Mappings() {}

    static ColumnMapping load(CommandSpec spec, Path file) {
        if (file == null) {
            return null;
        }
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), "mapping file not found: " + file);
        }
        try {
            return ColumnMapping.load(file);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new ParameterException(spec.commandLine(), "bad mapping file " + file + ": " + e.getMessage());
        }
    }
}
