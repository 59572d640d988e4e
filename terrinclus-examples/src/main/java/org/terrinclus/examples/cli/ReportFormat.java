package org.terrinclus.examples.cli;

import java.util.Locale;

/** What {@code report} prints: text tables, or one self-contained HTML page. */
enum ReportFormat {
    TEXT,
    HTML;

    /** The option value, as {@code text}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
