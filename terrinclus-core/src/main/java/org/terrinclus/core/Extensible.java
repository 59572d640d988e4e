package org.terrinclus.core;

import java.util.Map;

/**
 * A part of a record that can carry fields this version of the library does not know.
 *
 * <p>A lenient reader keeps such fields, as raw JSON text keyed by field name, so that a record
 * written by a newer version survives a round trip through an older one. They take part in
 * equality. Records built in Java normally have none.
 */
public interface Extensible {

    /** Fields unknown to this version, by name, each as its raw JSON text; empty by default. */
    Map<String, String> getUnknownFields();
}
