package org.terrinclus.json;

/** How several records are laid out in one file. */
public enum BulkFormat {
    /** JSON Lines: one record per line ({@code .jsonl}). A bad line does not stop the others. */
    JSON_LINES,
    /** A JSON array of records, or a single record object ({@code .json}). */
    JSON
}
