package org.terrinclus.json;

/** Well-formed UTF-16: a high surrogate always followed by a low one, a low one always preceded. */
final class Utf16 {

    private Utf16() {}

    /** The index of the first lone surrogate in the text, or -1 if it is well-formed. */
    static int loneSurrogate(CharSequence text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            return i;
        }
        return -1;
    }
}
