package org.terrinclus.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import org.terrinclus.json.BulkFormat;

/**
 * One input of the tool: a file or a bundled sheet, how its records are laid out, and how to
 * open it. A source that could not even be listed (a folder that cannot be read) carries the
 * exception instead.
 */
final class Source {

    /** Opens the bytes of a source. */
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    private final String name;
    private final BulkFormat format;
    private final Opener opener;
    private final IOException failure;
    private final boolean spreadsheet;
    private final boolean iati;

    private Source(
            String name, BulkFormat format, Opener opener, IOException failure, boolean spreadsheet, boolean iati) {
        this.name = Objects.requireNonNull(name, "name");
        this.format = format;
        this.opener = opener;
        this.failure = failure;
        this.spreadsheet = spreadsheet;
        this.iati = iati;
    }

    static Source of(String name, BulkFormat format, Opener opener) {
        return new Source(name, format, opener, null, false, false);
    }

    /** A spreadsheet: an XLSX workbook, a CSV table, or a zip of CSV tables. */
    static Source spreadsheet(String name, Opener opener) {
        return new Source(name, null, opener, null, true, false);
    }

    /** An IATI activity file. */
    static Source iati(String name, Opener opener) {
        return new Source(name, BulkFormat.JSON, opener, null, false, true);
    }

    /** Whether the source is an IATI activity file rather than JSON. */
    boolean isIati() {
        return iati;
    }

    static Source failed(String name, IOException failure) {
        return new Source(
                name,
                BulkFormat.JSON,
                () -> {
                    throw failure;
                },
                failure,
                false,
                false);
    }

    /** True for a workbook or CSV file, read with the spreadsheet layout rather than as JSON. */
    boolean isSpreadsheet() {
        return spreadsheet;
    }

    /** How the tool names the source in its output: the path, or {@code bundled/01-aude.json}. */
    String name() {
        return name;
    }

    BulkFormat format() {
        return format;
    }

    InputStream open() throws IOException {
        return opener.open();
    }

    Optional<IOException> failure() {
        return Optional.ofNullable(failure);
    }

    @Override
    public String toString() {
        return name;
    }
}
