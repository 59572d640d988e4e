package org.terrinclus.json;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * Where the record writer puts JSON tokens: the writing side of the seam of {@link Tokens}, for
 * adapters of a generator other than jackson-core 2's (the {@code terrinclus-jackson3} module).
 * Applications use {@link TerrinclusJson} or a Jackson module instead.
 *
 * @see FormatCodec
 */
public interface TokenWriter {

    /** Opens an object. */
    void startObject() throws IOException;

    /** Closes the current object. */
    void endObject() throws IOException;

    /** Opens an array. */
    void startArray() throws IOException;

    /** Closes the current array. */
    void endArray() throws IOException;

    /** Writes a field name in the current object. */
    void name(String name) throws IOException;

    /** Writes a string. */
    void string(String value) throws IOException;

    /** Writes a whole number. */
    void number(int value) throws IOException;

    /** Writes a decimal number, plainly (never in exponent form). */
    void number(BigDecimal value) throws IOException;

    /** Writes a number exactly as its JSON text says, as {@code 2.50}. */
    void numberText(String text) throws IOException;

    /** Writes a boolean. */
    void bool(boolean value) throws IOException;

    /** Writes null. */
    void nul() throws IOException;
}
