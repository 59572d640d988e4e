package org.terrinclus.examples.cli;

import com.openhtmltopdf.util.XRLog;
import java.util.logging.Level;
import java.util.logging.Logger;

/** What the commands that write documents (render, report --format html) share. */
final class Documents {

    /**
     * PDFBox and openhtmltopdf log through java.util.logging (font fallbacks, timings); the tool
     * keeps its error stream for what the user must read. Kept here because java.util.logging
     * holds loggers weakly.
     */
    private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

    private Documents() {}

    /** Silences the PDF libraries' logging, for the tool only (the library leaves it to its host). */
    static void quietLogging() {
        PDFBOX_LOG.setLevel(Level.SEVERE);
        XRLog.setLoggingEnabled(false);
    }
}
