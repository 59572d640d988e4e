package org.terrinclus.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Copies the value a parser is on to a generator token by token, keeping numbers exactly as
 * written ({@code 2.50} stays {@code 2.50}), which Jackson's own copy does not: it goes through
 * {@code double}. Iterative, so deep nesting cannot overflow the stack.
 */
final class ExactCopy {

    private ExactCopy() {}

    static void copy(JsonParser p, JsonGenerator g) throws IOException {
        copy(p, new GeneratorWriter(g));
    }

    static void copy(JsonParser p, TokenWriter g) throws IOException {
        int depth = 0;
        // The names of each open object, to refuse duplicate keys in kept fields too.
        java.util.ArrayDeque<java.util.Set<String>> names = new java.util.ArrayDeque<>();
        JsonToken token = p.currentToken();
        while (true) {
            switch (token) {
                case START_OBJECT:
                    g.startObject();
                    names.push(new java.util.HashSet<>());
                    depth++;
                    break;
                case START_ARRAY:
                    g.startArray();
                    depth++;
                    break;
                case END_OBJECT:
                    g.endObject();
                    names.pop();
                    depth--;
                    break;
                case END_ARRAY:
                    g.endArray();
                    depth--;
                    break;
                case FIELD_NAME:
                    if (!names.peek().add(p.currentName())) {
                        throw new JsonParseException(p, "Duplicate field '" + p.currentName() + "'");
                    }
                    g.name(p.currentName());
                    break;
                case VALUE_STRING:
                    g.string(p.getText());
                    break;
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    g.numberText(p.getText());
                    break;
                case VALUE_TRUE:
                    g.bool(true);
                    break;
                case VALUE_FALSE:
                    g.bool(false);
                    break;
                case VALUE_NULL:
                    g.nul();
                    break;
                default:
                    throw new IllegalStateException("Unexpected token " + token);
            }
            if (depth == 0) {
                return;
            }
            token = p.nextToken();
            if (token == null) {
                throw new com.fasterxml.jackson.core.io.JsonEOFException(p, null, "Unexpected end of input");
            }
        }
    }
}
