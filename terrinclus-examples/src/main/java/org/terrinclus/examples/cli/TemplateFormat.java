package org.terrinclus.examples.cli;

import java.util.Locale;

/** The formats of a template to fill in: an XLSX workbook. */
enum TemplateFormat {
    XLSX;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
