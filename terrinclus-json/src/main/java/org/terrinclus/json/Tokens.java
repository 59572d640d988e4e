package org.terrinclus.json;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * The JSON tokens of one document, as the record reader consumes them: the narrow seam between
 * the reader and a streaming parser, for adapters of a parser generation other than the
 * jackson-core 2 this artifact uses (the {@code terrinclus-jackson3} module implements it on
 * Jackson 3); applications use {@link TerrinclusJson} or a Jackson module instead. Findings keep
 * the parser's own lines and columns. A parser's failure is thrown as a {@link Failure}, which
 * says what kind of failure it is, so that every adapter reports the same findings.
 *
 * @see FormatCodec
 */
public interface Tokens {

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

    /**
     * Where a token is in the source.
     *
     * @param line the line, from 1; 0 when unknown
     * @param column the column, from 1; 0 when unknown
     */
    record Location(int line, int column) {}

    /** What a parser's failure is, as the reader reports it. */
    enum FailureKind {
        /** A size limit of the parser was exceeded. */
        LIMIT,
        /** An object has the same key twice. */
        DUPLICATE_KEY,
        /** Bytes that are not UTF-8. */
        ENCODING,
        /** The input ends inside a value. */
        TRUNCATED,
        /** Anything else that is not JSON. */
        SYNTAX
    }

    /** A parser's failure, as an adapter translates it; the reader turns it into a finding. */
    final class Failure extends IOException {
        private static final long serialVersionUID = 1L;

        private final FailureKind kind;
        private final String detail;
        private final transient Location location;

        /**
         * A failure of the given kind.
         *
         * @param kind what kind of failure
         * @param detail the parser's own message, without location
         * @param location where the parser stopped, or null when unknown
         * @param cause the parser's exception
         */
        public Failure(FailureKind kind, String detail, Location location, Throwable cause) {
            super(detail, cause);
            this.kind = kind;
            this.detail = detail;
            this.location = location;
        }

        /** What kind of failure it is. */
        public FailureKind getKind() {
            return kind;
        }

        /** The parser's message, without location. */
        public String getDetail() {
            return detail;
        }

        /** Where the parser stopped, or null when unknown. */
        public Location getLocation() {
            return location;
        }
    }

    /**
     * Moves to the next token.
     *
     * @return the token, or null at the end of input
     * @throws IOException a {@link Failure} when the input is not well-formed JSON
     */
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
     * The current value as compact JSON text, numbers kept exactly as written, leaving the
     * parser on its last token. The default copies token by token; an adapter may do it faster.
     *
     * @param maxLength the longest text accepted; a longer one is refused as a limit exceeded
     * @return the text
     * @throws IOException if the parser fails
     */
    default String raw(long maxLength) throws IOException {
        return TokenCopy.raw(this, maxLength);
    }
}
