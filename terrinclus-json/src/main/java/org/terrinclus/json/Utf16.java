package org.terrinclus.json;

import org.terrinclus.core.internal.Writable;

/** Well-formed UTF-16: a high surrogate always followed by a low one, a low one always preceded. */
final class Utf16 {

    private Utf16() {}

    /** The index of the first lone surrogate in the text, or -1 if it is well-formed; the model's own test. */
    static int loneSurrogate(CharSequence text) {
        return Writable.loneSurrogate(text);
    }
}
