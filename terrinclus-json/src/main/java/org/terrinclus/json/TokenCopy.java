package org.terrinclus.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;

/**
 * Copies the value {@link Tokens} are on as compact JSON text, numbers exactly as written, for
 * any parser behind the seam. Iterative, so deep nesting cannot overflow the stack; bounded, so
 * that a kept field cannot exhaust memory.
 */
final class TokenCopy {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private TokenCopy() {}

    static String raw(Tokens tokens, long maxLength) throws IOException {
        BoundedWriter out = new BoundedWriter(maxLength);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            copy(tokens, g);
        }
        return out.toString();
    }

    private static void copy(Tokens tokens, JsonGenerator g) throws IOException {
        int depth = 0;
        // The names of each open object, to refuse duplicate keys in kept fields too.
        ArrayDeque<Set<String>> names = new ArrayDeque<>();
        Tokens.Token token = tokens.current();
        while (true) {
            switch (token) {
                case START_OBJECT:
                    g.writeStartObject();
                    names.push(new HashSet<>());
                    depth++;
                    break;
                case START_ARRAY:
                    g.writeStartArray();
                    depth++;
                    break;
                case END_OBJECT:
                    g.writeEndObject();
                    names.pop();
                    depth--;
                    break;
                case END_ARRAY:
                    g.writeEndArray();
                    depth--;
                    break;
                case FIELD_NAME:
                    String name = tokens.text();
                    if (!names.peek().add(name)) {
                        throw new Tokens.Failure(
                                Tokens.FailureKind.DUPLICATE_KEY,
                                "Duplicate field '" + name + "'",
                                tokens.location(),
                                null);
                    }
                    g.writeFieldName(name);
                    break;
                case STRING:
                    g.writeString(tokens.text());
                    break;
                case INTEGER:
                case DECIMAL:
                    g.writeNumber(tokens.text());
                    break;
                case TRUE:
                    g.writeBoolean(true);
                    break;
                case FALSE:
                    g.writeBoolean(false);
                    break;
                case NULL:
                    g.writeNull();
                    break;
                default:
                    throw new Tokens.Failure(
                            Tokens.FailureKind.SYNTAX, "Unexpected token " + token, tokens.location(), null);
            }
            if (depth == 0) {
                return;
            }
            token = tokens.next();
            if (token == null) {
                throw new Tokens.Failure(
                        Tokens.FailureKind.TRUNCATED, "Unexpected end of input", tokens.location(), null);
            }
        }
    }

    /** A writer that refuses to grow past a bound, so that kept fields cannot exhaust memory. */
    static final class BoundedWriter extends Writer {
        private final StringBuilder text = new StringBuilder();
        private final long max;

        BoundedWriter(long max) {
            this.max = max;
        }

        @Override
        public void write(char[] buffer, int offset, int length) {
            if (text.length() + (long) length > max) {
                throw new ReadContext.LimitExceeded("a kept unknown field is longer than " + max + " characters");
            }
            text.append(buffer, offset, length);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
