package org.terrinclus.json;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * The JSON tokens of one document, as the record reader consumes them: the narrow seam between
 * the reader and a streaming parser. {@link JacksonTokens} implements it on jackson-core 2; a
 * parser of another generation (Jackson 3) needs only another implementation, and the reader's
 * findings keep the parser's own lines and columns.
 */
interface Tokens {

    /** The kinds of token the reader tells apart. */
    enum Token {
        START_OBJECT,
        END_OBJECT,
        START_ARRAY,
        END_ARRAY,
        FIELD_NAME,
        STRING,
        /** A number without fraction or exponent. */
        INTEGER,
        /** A number with a fraction or an exponent. */
        DECIMAL,
        TRUE,
        FALSE,
        NULL,
        /** Anything else the parser may report (embedded objects…). */
        OTHER
    }

    /** Where a token is in the source; line and column start at 1, 0 when unknown. */
    record Location(int line, int column) {}

    /** Moves to the next token; null at the end of input. */
    Token next() throws IOException;

    /** Moves to the next token and returns the field name if it is one, null otherwise. */
    String nextFieldName() throws IOException;

    /** The token the parser is on; null before the first or after the last. */
    Token current();

    /** The text of the current string token. */
    String text() throws IOException;

    /** The exact value of the current number token, as written. */
    BigDecimal decimal() throws IOException;

    /** Whether the current number token fits an {@code int}. */
    boolean isInt() throws IOException;

    /** The value of the current number token, when {@link #isInt()}. */
    int intValue() throws IOException;

    /** Skips the current value: to the end of its object or array, if it opens one. */
    void skipChildren() throws IOException;

    /**
     * The JSON Pointer of the current token, without its first segments (those of a container
     * around the record).
     */
    String pointer(int segmentsToDrop);

    /** Where the current token starts. */
    Location location();

    /** Where the current token starts, in bytes (or characters for text input) from the start. */
    long offset();

    /**
     * The current value as compact JSON text, numbers kept exactly as written.
     *
     * @throws ReadContext.LimitExceeded if the text would be longer than {@code maxLength}
     */
    String raw(long maxLength) throws IOException;
}
