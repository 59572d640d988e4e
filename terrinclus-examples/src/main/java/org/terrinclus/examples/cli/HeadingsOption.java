package org.terrinclus.examples.cli;

import java.util.Locale;
import org.terrinclus.spreadsheet.Headings;

/** The {@code --headings} option: column headings as paths, or French or English titles. */
enum HeadingsOption {
    PATHS(Headings.PATHS),
    FR(Headings.FRENCH),
    EN(Headings.ENGLISH);

    private final Headings headings;

    HeadingsOption(Headings headings) {
        this.headings = headings;
    }

    Headings headings() {
        return headings;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
