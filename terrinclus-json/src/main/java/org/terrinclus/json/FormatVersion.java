package org.terrinclus.json;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.terrinclus.format.Format;

/**
 * The version of the JSON format, written first in every record. A reader accepts every
 * version of its major number: a newer minor version only adds fields, which a lenient reader
 * keeps.
 */
final class FormatVersion {

    /** The version this library writes. */
    static final String CURRENT = Format.VERSION;

    private static final int MAJOR = 1;
    private static final Pattern VERSION = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");

    private FormatVersion() {}

    static void check(String version, ReadContext c) {
        Matcher m = VERSION.matcher(version);
        if (!m.matches()) {
            c.error(
                    JsonRules.FORMAT_VERSION,
                    "Version de format illisible « " + version + " » : écrivez \"" + CURRENT + "\".",
                    "Unreadable format version '" + version + "': write \"" + CURRENT + "\".");
        } else if (Integer.parseInt(m.group(1)) != MAJOR) {
            c.error(
                    JsonRules.FORMAT_VERSION,
                    "Version de format " + version + " non prise en charge : ce lecteur lit les versions " + MAJOR
                            + ".x.",
                    "Format version " + version + " is not supported: this reader reads versions " + MAJOR + ".x.");
        }
    }
}
