package org.terrinclus.validation.internal;

import java.text.Normalizer;
import java.util.Locale;
import org.terrinclus.organisation.Organisation;

/** Compares organisations by name as a reader would: ignoring case, accents, punctuation and spacing. */
final class Names {

    private Names() {}

    /** The name reduced to lower-case letters and digits separated by single spaces. */
    static String normalize(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder normalized = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (space && normalized.length() > 0) {
                    normalized.append(' ');
                }
                space = false;
                normalized.appendCodePoint(c);
            } else {
                space = true;
            }
        }
        return normalized.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether two organisations are the same: same normalised name, and countries that do not
     * differ (equal, or unknown for one of them).
     */
    static boolean same(Organisation a, Organisation b) {
        if (!normalize(a.getName()).equals(normalize(b.getName()))) {
            return false;
        }
        return a.getCountry().isEmpty()
                || b.getCountry().isEmpty()
                || a.getCountry().equals(b.getCountry());
    }
}
