package org.terrinclus.core.internal;

import java.math.BigDecimal;
import org.terrinclus.core.InvalidValueException;

/**
 * What numbers the format can write and read back: plain digits (never an exponent), at most
 * {@link #MAX_PLAIN_LENGTH} characters. A model value beyond that could not survive a round
 * trip through JSON, so it cannot exist.
 */
public final class Decimals {

    /** The longest number in plain digits, sign and point included; the readers' default limit. */
    public static final int MAX_PLAIN_LENGTH = 100;

    private Decimals() {}

    /**
     * The number of characters of the value in plain digits, without computing them.
     *
     * @param value a number
     * @return its length as {@link BigDecimal#toPlainString()} would write it, at least
     */
    public static long plainLength(BigDecimal value) {
        long scale = value.scale();
        long integerDigits = Math.max(value.precision() - scale, 1);
        return integerDigits + Math.max(scale, 0) + (scale > 0 ? 1 : 0) + (value.signum() < 0 ? 1 : 0);
    }

    /**
     * Checks that a number can be written in plain digits and read back.
     *
     * @param value a number
     * @return the value
     * @throws InvalidValueException if it is longer than {@link #MAX_PLAIN_LENGTH} in plain digits
     */
    public static BigDecimal checkWritable(BigDecimal value) {
        if (plainLength(value) > MAX_PLAIN_LENGTH) {
            String shown = Quoting.number(value);
            throw new InvalidValueException(
                    "Nombre hors limites " + shown + " : écrit en chiffres, il dépasserait " + MAX_PLAIN_LENGTH
                            + " caractères.",
                    "Number out of range " + shown + ": written in plain digits it would be longer than "
                            + MAX_PLAIN_LENGTH + " characters.");
        }
        return value;
    }
}
