package org.terrinclus.examples.cli;

import java.util.Locale;

/** How a command prints its result: text for people, or one JSON document for programs. */
enum OutputFormat {
    TEXT,
    JSON;

    /** The option value, as {@code text}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
