package org.terrinclus.spreadsheet;

/**
 * How a written spreadsheet names its sheets and columns. Reading accepts all three, column by
 * column.
 */
public enum Headings {
    /**
     * Each column is headed by its field's path, {@code funding/0/declaredTotal/amount}; numbers
     * are written in the machine form (a dot for decimals, no thousands separator). The layout
     * for programs, and the one whose CSV round trip is exact.
     */
    PATHS,
    /** Columns headed by their French titles, sheets named in French: for people. */
    FRENCH,
    /** Columns headed by their English titles, sheets named in English: for people. */
    ENGLISH;

    boolean isFrench() {
        return this == FRENCH;
    }
}
