package org.terrinclus.jackson3;

import java.io.CharConversionException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import org.terrinclus.json.Tokens;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * {@link Tokens} over a Jackson 3 parser: the format's one reader, driven by the parser the
 * application's mapper opened, so that findings carry the lines and columns of the original
 * text. Jackson 3's exceptions become {@link Tokens.Failure}s of the same kinds as jackson-core
 * 2's, hence the same findings.
 */
final class Jackson3Tokens implements Tokens {

    private static final Token[] TOKENS = new Token[JsonToken.values().length];

    static {
        Arrays.fill(TOKENS, Token.OTHER);
        TOKENS[JsonToken.START_OBJECT.ordinal()] = Token.START_OBJECT;
        TOKENS[JsonToken.END_OBJECT.ordinal()] = Token.END_OBJECT;
        TOKENS[JsonToken.START_ARRAY.ordinal()] = Token.START_ARRAY;
        TOKENS[JsonToken.END_ARRAY.ordinal()] = Token.END_ARRAY;
        TOKENS[JsonToken.PROPERTY_NAME.ordinal()] = Token.FIELD_NAME;
        TOKENS[JsonToken.VALUE_STRING.ordinal()] = Token.STRING;
        TOKENS[JsonToken.VALUE_NUMBER_INT.ordinal()] = Token.INTEGER;
        TOKENS[JsonToken.VALUE_NUMBER_FLOAT.ordinal()] = Token.DECIMAL;
        TOKENS[JsonToken.VALUE_TRUE.ordinal()] = Token.TRUE;
        TOKENS[JsonToken.VALUE_FALSE.ordinal()] = Token.FALSE;
        TOKENS[JsonToken.VALUE_NULL.ordinal()] = Token.NULL;
    }

    private final JsonParser parser;

    Jackson3Tokens(JsonParser parser) {
        this.parser = parser;
    }

    private static Token token(JsonToken t) {
        return t == null ? null : TOKENS[t.ordinal()];
    }

    static Location at(TokenStreamLocation location) {
        return location == null
                ? null
                : new Location(Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr()));
    }

    /** What stopped the parser, as the reader reports it; the same kinds as for jackson-core 2. */
    Failure failure(JacksonException e) {
        String detail = e.getOriginalMessage();
        TokenStreamLocation where = e.getLocation();
        if (where == null || where.getLineNr() <= 0) {
            where = parser.currentLocation();
        }
        FailureKind kind;
        if (e instanceof StreamConstraintsException) {
            kind = FailureKind.LIMIT;
        } else if (detail != null && detail.startsWith("Duplicate ")) {
            kind = FailureKind.DUPLICATE_KEY;
        } else if (e.getCause() instanceof CharConversionException
                || (detail != null && (detail.contains("UTF-8") || detail.contains("UTF8")))) {
            kind = FailureKind.ENCODING;
        } else if (e instanceof UnexpectedEndOfInputException) {
            kind = FailureKind.TRUNCATED;
        } else {
            kind = FailureKind.SYNTAX;
        }
        return new Failure(kind, detail, at(where), e);
    }

    @Override
    public Token next() throws IOException {
        try {
            return token(parser.nextToken());
        } catch (JacksonException e) {
            throw failure(e);
        }
    }

    @Override
    public String nextFieldName() throws IOException {
        try {
            return parser.nextName();
        } catch (JacksonException e) {
            throw failure(e);
        }
    }

    @Override
    public Token current() {
        return token(parser.currentToken());
    }

    @Override
    public String text() throws IOException {
        try {
            return parser.getString();
        } catch (JacksonException e) {
            throw failure(e);
        }
    }

    @Override
    public BigDecimal decimal() throws IOException {
        try {
            return parser.getDecimalValue();
        } catch (JacksonException e) {
            throw failure(e);
        }
    }

    @Override
    public boolean isInt() throws IOException {
        try {
            return parser.currentToken() == JsonToken.VALUE_NUMBER_INT
                    && parser.getNumberType() == JsonParser.NumberType.INT;
        } catch (JacksonException e) {
            throw failure(e);
        }
    }

    @Override
    public int intValue() throws IOException {
        try {
            return parser.getIntValue();
        } catch (JacksonException e) {
            throw failure(e);
        }
    }

    @Override
    public void skipChildren() throws IOException {
        try {
            parser.skipChildren();
        } catch (JacksonException e) {
            throw failure(e);
        }
    }

    @Override
    public String pointer(int segmentsToDrop) {
        JsonPointer pointer = parser.streamReadContext().pathAsPointer();
        for (int i = 0; i < segmentsToDrop && pointer != null && !pointer.matches(); i++) {
            pointer = pointer.tail();
        }
        return pointer == null ? "" : pointer.toString();
    }

    @Override
    public Location location() {
        return at(parser.currentTokenLocation());
    }

    @Override
    public long offset() {
        TokenStreamLocation location = parser.currentTokenLocation();
        long bytes = location.getByteOffset();
        return bytes >= 0 ? bytes : Math.max(0, location.getCharOffset());
    }
}
