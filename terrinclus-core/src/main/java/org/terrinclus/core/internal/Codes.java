package org.terrinclus.core.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Lookup of enum constants by their stable code. Internal: not part of the public API. */
public final class Codes {

    /** Code → constant, per enum; readers look codes up for every record, so build each map once. */
    private static final Map<Class<?>, Map<String, ?>> BY_CODE = new ConcurrentHashMap<>();

    private Codes() {}

    /**
     * The constant of {@code type} whose code is {@code code}.
     *
     * @param what what the code names, for the error message ("organisation kind")
     * @throws IllegalArgumentException listing the valid codes, if none matches
     */
    public static <E extends Enum<E>> E fromCode(Class<E> type, String code, Function<E, String> codeOf, String what) {
        E constant = find(type, code, codeOf);
        if (constant == null) {
            throw new IllegalArgumentException(
                    "Unknown " + what + " '" + code + "': expected one of " + list(type, codeOf));
        }
        return constant;
    }

    /** The constant of {@code type} whose code is {@code code}, or null. */
    @SuppressWarnings("unchecked")
    public static <E extends Enum<E>> E find(Class<E> type, String code, Function<E, String> codeOf) {
        Map<String, ?> byCode = BY_CODE.get(type);
        if (byCode == null) {
            byCode = byCode(type, codeOf);
        }
        return (E) byCode.get(code);
    }

    private static <E extends Enum<E>> Map<String, ?> byCode(Class<E> type, Function<E, String> codeOf) {
        return BY_CODE.computeIfAbsent(type, t -> {
            Map<String, E> map = new HashMap<>();
            for (E constant : type.getEnumConstants()) {
                map.put(codeOf.apply(constant), constant);
            }
            return Map.copyOf(map);
        });
    }

    /** The codes of {@code type}, comma-separated, for messages. */
    public static <E extends Enum<E>> String list(Class<E> type, Function<E, String> codeOf) {
        return Arrays.stream(type.getEnumConstants()).map(codeOf).collect(Collectors.joining(", "));
    }
}
