package org.terrinclus.validation.internal;

import java.text.Normalizer;
import java.util.Locale;
import org.terrinclus.organisation.Organisation;

/** Compares organisations by name as a reader would: ignoring case, accents, punctuation and spacing. */
final class Names {

    private Names() {}

    /** The name reduced to lower-case letters and digits separated by single spaces. */
    static String normalize(String name) {
        char[] normalized = new char[name.length()];
        int length = 0;
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            char becomes = c < LATIN.length ? LATIN[c] : OTHER;
            if (becomes == SEPARATOR) {
                space = true;
            } else if (becomes == OTHER) {
                return normalizeByDecomposition(name);
            } else if (becomes != DROPPED) {
                if (space && length > 0) {
                    normalized[length++] = ' ';
                }
                space = false;
                normalized[length++] = becomes;
            }
        }
        return new String(normalized, 0, length);
    }

    /**
     * {@link #normalizeByDecomposition} of each character of Latin scripts (U+0000 to U+024F),
     * worked out once: the one letter or digit it becomes, {@link #DROPPED} (accents, invisible
     * formatting), {@link #SEPARATOR} (what separates words), or {@link #OTHER} when it becomes
     * more than one character ("Ĳ", "½"). Each character of these blocks decomposes on its own,
     * so a name of them normalises character by character to the same result, without the cost
     * of the decomposition. The markers are noncharacters, never the result of a decomposition.
     */
    private static final char[] LATIN = new char[0x250];

    private static final char DROPPED = '\uFFFF';
    private static final char SEPARATOR = '\uFFFE';
    private static final char OTHER = '\uFDD0';

    static {
        for (char c = 0; c < LATIN.length; c++) {
            // Between two letters, the character shows what it becomes: "a?a" gives "a" + piece + "a".
            String between = normalizeByDecomposition("a" + c + "a");
            String piece = between.substring(1, between.length() - 1);
            LATIN[c] = piece.isEmpty()
                    ? DROPPED
                    : piece.equals(" ") ? SEPARATOR : piece.length() == 1 ? piece.charAt(0) : OTHER;
        }
    }

    /** {@link #normalize} by Unicode compatibility decomposition: every character, at a cost. */
    static String normalizeByDecomposition(String name) {
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
