package org.terrinclus.validation.internal;

import java.text.Normalizer;
import java.util.Locale;
import org.terrinclus.organisation.Organisation;

/** Compares organisations by name as a reader would: ignoring case, accents, punctuation and spacing. */
final class Names {

    private Names() {}

    /** The name reduced to lower-case letters and digits separated by single spaces. */
    static String normalize(String name) {
        if (isPlainAscii(name)) {
            return normalizeAscii(name);
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder normalized = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            // Accents and invisible formatting (zero-width space and joiners, soft hyphen) are no
            // part of how a name reads: "Cité" with a zero-width space inside is still "Cité".
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.FORMAT) {
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

    /** Whether every char is ASCII: NFKD leaves such a name as it is. */
    private static boolean isPlainAscii(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** {@link #normalize} for an ASCII name: no decomposition, no code points, one pass. */
    private static String normalizeAscii(String name) {
        StringBuilder normalized = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
                letterOrDigit = true;
            }
            if (letterOrDigit) {
                if (space && normalized.length() > 0) {
                    normalized.append(' ');
                }
                space = false;
                normalized.append(c);
            } else {
                space = true;
            }
        }
        return normalized.toString();
    }

    /** The normalised names of organisations, computed once for pairwise comparisons. */
    static String[] normalizeAll(java.util.List<Organisation> organisations) {
        String[] keys = new String[organisations.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = normalize(organisations.get(i).getName());
        }
        return keys;
    }

    /** {@link #same} with names already normalised. */
    static boolean same(Organisation a, String aKey, Organisation b, String bKey) {
        // A name without letters or digits ("—", "...") reads as nothing: it is no one's duplicate.
        if (aKey.isEmpty() || !aKey.equals(bKey)) {
            return false;
        }
        return a.getCountry().isEmpty()
                || b.getCountry().isEmpty()
                || a.getCountry().equals(b.getCountry());
    }

    /**
     * Whether two organisations are the same: same normalised name, and countries that do not
     * differ (equal, or unknown for one of them).
     */
    static boolean same(Organisation a, Organisation b) {
        return same(a, normalize(a.getName()), b, normalize(b.getName()));
    }
}
