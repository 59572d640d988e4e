package org.terrinclus.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import java.io.IOException;
import java.math.BigDecimal;

/** {@link Tokens} over a jackson-core 2 parser. */
final class JacksonTokens implements Tokens {
    // Failures stay jackson-core 2 exceptions here: RecordReading maps them, with the parser at hand.

    private static final Token[] TOKENS = new Token[JsonToken.values().length];

    static {
        java.util.Arrays.fill(TOKENS, Token.OTHER);
        TOKENS[JsonToken.START_OBJECT.ordinal()] = Token.START_OBJECT;
        TOKENS[JsonToken.END_OBJECT.ordinal()] = Token.END_OBJECT;
        TOKENS[JsonToken.START_ARRAY.ordinal()] = Token.START_ARRAY;
        TOKENS[JsonToken.END_ARRAY.ordinal()] = Token.END_ARRAY;
        TOKENS[JsonToken.FIELD_NAME.ordinal()] = Token.FIELD_NAME;
        TOKENS[JsonToken.VALUE_STRING.ordinal()] = Token.STRING;
        TOKENS[JsonToken.VALUE_NUMBER_INT.ordinal()] = Token.INTEGER;
        TOKENS[JsonToken.VALUE_NUMBER_FLOAT.ordinal()] = Token.DECIMAL;
        TOKENS[JsonToken.VALUE_TRUE.ordinal()] = Token.TRUE;
        TOKENS[JsonToken.VALUE_FALSE.ordinal()] = Token.FALSE;
        TOKENS[JsonToken.VALUE_NULL.ordinal()] = Token.NULL;
    }

    private final JsonParser parser;
    /** Writes kept unknown fields as compact JSON. */
    private final JsonFactory rawFactory;

    JacksonTokens(JsonParser parser, JsonFactory rawFactory) {
        this.parser = parser;
        this.rawFactory = rawFactory;
    }

    private static Token token(JsonToken t) {
        return t == null ? null : TOKENS[t.ordinal()];
    }

    /** A parser's location, as the reader's findings need it. */
    static Location at(JsonLocation location) {
        return location == null
                ? null
                : new Location(Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr()));
    }

    @Override
    public Token next() throws IOException {
        return token(parser.nextToken());
    }

    @Override
    public String nextFieldName() throws IOException {
        return parser.nextFieldName();
    }

    @Override
    public Token current() {
        return token(parser.currentToken());
    }

    @Override
    public String text() throws IOException {
        return parser.getText();
    }

    @Override
    public BigDecimal decimal() throws IOException {
        return parser.getDecimalValue();
    }

    @Override
    public boolean isInt() throws IOException {
        return parser.currentToken() == JsonToken.VALUE_NUMBER_INT
                && parser.getNumberType() == JsonParser.NumberType.INT;
    }

    @Override
    public int intValue() throws IOException {
        return parser.getIntValue();
    }

    @Override
    public void skipChildren() throws IOException {
        parser.skipChildren();
    }

    @Override
    public String pointer(int segmentsToDrop) {
        JsonPointer pointer = parser.getParsingContext().pathAsPointer();
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
        // Asked at every field and element (the record size budget): jackson-core's own parsers
        // know the offset without building a JsonLocation.
        if (parser instanceof ParserBase) {
            return Math.max(0, ((ParserBase) parser).getTokenCharacterOffset());
        }
        JsonLocation location = parser.currentTokenLocation();
        long bytes = location.getByteOffset();
        return bytes >= 0 ? bytes : Math.max(0, location.getCharOffset());
    }

    @Override
    public String raw(long maxLength) throws IOException {
        TokenCopy.BoundedWriter out = new TokenCopy.BoundedWriter(maxLength);
        try (JsonGenerator g = rawFactory.createGenerator(out)) {
            ExactCopy.copy(parser, g);
        }
        return out.toString();
    }
}
