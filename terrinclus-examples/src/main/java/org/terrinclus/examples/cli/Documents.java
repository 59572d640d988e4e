package org.terrinclus.examples.cli;

import com.openhtmltopdf.util.XRLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** What the commands that write documents (render, report --format html) share. */
final class Documents {

    /**
     * PDFBox and openhtmltopdf log through java.util.logging (font fallbacks, timings); the tool
     * keeps its error stream for what the user must read. Kept here because java.util.logging
     * holds loggers weakly.
     */
    private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

    private Documents() {}

    /**
     * Checks an {@code --output} path before any work: its folder must exist (a usage error
     * otherwise, rather than a failure after reading every record).
     */
    static void checkOutput(CommandSpec spec, Path output, boolean folderAllowed) {
        if (output == null || (folderAllowed && Files.isDirectory(output))) {
            return;
        }
        if (!folderAllowed && Files.isDirectory(output)) {
            throw new ParameterException(spec.commandLine(), "--output " + output + " is a folder: give a file");
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new ParameterException(spec.commandLine(), "--output " + output + ": folder not found: " + parent);
        }
    }

    /** Silences the PDF libraries' logging, for the tool only (the library leaves it to its host). */
    static void quietLogging() {
        PDFBOX_LOG.setLevel(Level.SEVERE);
        XRLog.setLoggingEnabled(false);
    }
}
