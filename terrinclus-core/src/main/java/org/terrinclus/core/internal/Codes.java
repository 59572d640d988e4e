package org.terrinclus.core.internal;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Lookup of enum constants by their stable code. Internal: not part of the public API. */
public final class Codes {

    private Codes() {}

    /**
     * The constant of {@code type} whose code is {@code code}.
     *
     * @param what what the code names, for the error message ("organisation kind")
     * @throws IllegalArgumentException listing the valid codes, if none matches
     */
    public static <E extends Enum<E>> E fromCode(Class<E> type, String code, Function<E, String> codeOf, String what) {
        for (E constant : type.getEnumConstants()) {
            if (codeOf.apply(constant).equals(code)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("Unknown " + what + " '" + code + "': expected one of "
                + Arrays.stream(type.getEnumConstants()).map(codeOf).collect(Collectors.joining(", ")));
    }
}
