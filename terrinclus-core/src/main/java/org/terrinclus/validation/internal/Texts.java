package org.terrinclus.validation.internal;

/**
 * Text as a person sees it: which characters show nothing. Used wherever a rule asks whether a
 * text is present, so that a title of zero-width spaces is as blank as an empty one.
 */
public final class Texts {

    private Texts() {}

    /** Whether the text shows nothing: only spaces of any width, invisible formatting or controls. */
    public static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!isInvisible(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /**
     * Whether a character shows nothing by itself: white space (no-break and em spaces included),
     * formatting characters (zero-width space and joiners, soft hyphen, word joiner, byte-order
     * mark), controls, and the blank fillers of Hangul and Braille.
     */
    public static boolean isInvisible(int c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.FORMAT
                || type == Character.CONTROL
                || c == 0x115F
                || c == 0x1160
                || c == 0x3164
                || c == 0xFFA0
                || c == 0x2800
                || c == 0x200B;
    }
}
