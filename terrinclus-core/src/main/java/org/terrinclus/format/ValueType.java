package org.terrinclus.format;

/**
 * The type of a field's value: a {@link ScalarType} (a string, a whole number or a number) or an
 * {@link ObjectType} (an object of the format).
 *
 * @param <V> the Java type of the value
 */
public sealed interface ValueType<V> permits ScalarType, ObjectType {

    /**
     * The name of the type in the schema's {@code $defs} and the documentation, as {@code
     * "Organisation"} or {@code "Country"}; empty for a scalar described in place.
     *
     * @return the name, or an empty string
     */
    String getName();
}
