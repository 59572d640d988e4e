package org.terrinclus.validation.internal;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * Converts Jakarta Validation property paths to JSON Pointers (RFC 6901) into a record's JSON
 * form, whose names are the model's property names.
 *
 * <p>{@code funding[0].contributions[2].amount} becomes {@code /funding/0/contributions/2/amount};
 * the path of a class-level constraint on the record becomes {@code ""}. Container element nodes
 * ({@code <list element>}) and bean nodes add no name; an {@code Optional} adds nothing.
 */
public final class JsonPointers {

    private JsonPointers() {}

    /** The JSON Pointer of a property path. */
    public static String of(Path path) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    pointer.append('/').append(node.getIndex());
                } else if (node.getKey() != null) {
                    pointer.append('/').append(escape(String.valueOf(node.getKey())));
                }
            }
            ElementKind kind = node.getKind();
            if (kind != ElementKind.BEAN && kind != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                pointer.append('/').append(escape(node.getName()));
            }
        }
        return pointer.toString();
    }

    /** Escapes a reference token: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
