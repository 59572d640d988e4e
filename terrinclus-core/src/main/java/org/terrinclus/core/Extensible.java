package org.terrinclus.core;

import java.io.Serializable;
import java.util.Map;

/**
 * A part of a record that can carry fields this version of the library does not know.
 *
 * <p>A lenient reader keeps such fields, as raw JSON text keyed by field name, so that a record
 * written by a newer version survives a round trip through an older one. They take part in
 * equality. Records built in Java normally have none.
 *
 * <p>Every part of a record is {@link Serializable}, so that distributed jobs (Spark, Flink) can
 * ship records between workers.
 */
public interface Extensible extends Serializable {

    /** Fields unknown to this version, by name, each as its raw JSON text; empty by default. */
    Map<String, String> getUnknownFields();
}
