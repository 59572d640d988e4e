package org.terrinclus.examples.cli;

import java.util.Locale;

/** What {@code render} writes: an HTML page or a PDF document. */
enum DocumentFormat {
    HTML,
    PDF;

    /** The file extension, as {@code html}. */
    String extension() {
        return toString();
    }

    /** The option value, as {@code html}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
