package org.terrinclus.core.internal;

import java.math.BigDecimal;

/**
 * Puts outside values into messages with bounded length: a message never holds more than a
 * short excerpt of what it quotes, whatever the input, and says when it cut.
 */
public final class Quoting {

    /** The most characters of one quoted value kept in a message. */
    public static final int MAX_QUOTED = 80;

    private Quoting() {}

    /**
     * The value as it may appear in a message: whole if short, else its start and how long it is.
     * Never ends inside a surrogate pair.
     *
     * @param value a value from outside; null gives "null"
     * @return at most about {@link #MAX_QUOTED} characters plus a note of the length
     */
    public static String cut(String value) {
        return cut(value, MAX_QUOTED);
    }

    private static String cut(String value, int max) {
        if (value == null) {
            return "null";
        }
        if (value.length() <= max) {
            return value;
        }
        int end = max;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "… [" + value.length() + " characters, cut]";
    }

    /** The most characters of a whole message built from outside values, such as a parser's. */
    public static final int MAX_MESSAGE = 1000;

    /**
     * A whole message that may quote outside values at any length (a parser's, or another
     * library's): whole if under {@link #MAX_MESSAGE}, else cut, saying so.
     *
     * @param message a message; null gives "null"
     * @return at most about {@link #MAX_MESSAGE} characters plus a note of the length
     */
    public static String cutMessage(String message) {
        return cut(message, MAX_MESSAGE);
    }

    /**
     * A number as it may appear in a message: plain digits when short, else scientific notation,
     * so that a number like {@code 1E+1000000000} never expands into a billion digits.
     *
     * @param value a number
     * @return its text, of bounded length
     */
    public static String number(BigDecimal value) {
        int plainLength = Math.max(value.precision() - value.scale(), 1) + Math.max(value.scale(), 0) + 2;
        if (Math.abs((long) value.scale()) < MAX_QUOTED && plainLength <= MAX_QUOTED) {
            return value.toPlainString();
        }
        return cut(value.toString());
    }
}
