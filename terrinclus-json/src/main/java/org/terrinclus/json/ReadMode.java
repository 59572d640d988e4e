package org.terrinclus.json;

/** How a reader treats fields the format does not define. */
public enum ReadMode {
    /** Unknown fields are errors ({@code json.unknown-field}); the record is refused. */
    STRICT,
    /**
     * Unknown fields are kept, reported as information, and written back unchanged, so that a
     * record from a newer version of the format survives a round trip.
     */
    LENIENT
}
