package org.terrinclus.json;

import org.terrinclus.core.internal.Quoting;

/** Bounds what the readers quote in their findings (see {@link Quoting}). */
final class Messages {

    /** The most findings kept for one record; past it, one finding says how many were left out. */
    static final int MAX_FINDINGS = 200;

    private Messages() {}

    static String cut(String value) {
        return Quoting.cut(value);
    }

    static String cutMessage(String message) {
        return Quoting.cutMessage(message);
    }
}
