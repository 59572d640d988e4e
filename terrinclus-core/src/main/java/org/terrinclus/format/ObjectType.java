package org.terrinclus.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.terrinclus.core.Extensible;

/**
 * A JSON object of the format, as {@code Organisation} or {@code Money}: its fields in the order
 * writers put them, whether it keeps unknown fields, and how to build its model type.
 *
 * @param <T> the model type
 */
public final class ObjectType<T> implements ValueType<T> {

    /**
     * A requirement on one field that depends on the code in another, as "a contribution of kind
     * {@code not-evaluable} has no {@code amount}". The model checks it when building; schemas
     * and documentation state it.
     *
     * @param whenField the field holding the code, as {@code "kind"}
     * @param whenCode the code, as {@code "not-evaluable"}
     * @param field the field the requirement is on
     * @param requirement what must hold of it
     * @param pattern the regular expression, for {@link Requirement#PATTERN}; empty otherwise
     */
    public record Condition(String whenField, String whenCode, String field, Requirement requirement, String pattern) {}

    /** What a {@link Condition} requires of its field. */
    public enum Requirement {
        /** The field must be present. */
        PRESENT,
        /** The field must be absent. */
        ABSENT,
        /** The field's number must be whole. */
        INTEGER,
        /** The field's string must match the condition's pattern. */
        PATTERN
    }

    /** Where a builder puts a field it does not know, as raw JSON text. */
    @FunctionalInterface
    interface UnknownFieldSink<B> {
        void put(B builder, String name, String rawJson);
    }

    private final String name;
    private final Class<T> javaType;
    private final Text text;
    private final List<Field<T, ?>> fields;
    private final Map<String, Field<T, ?>> byName;
    private final List<String> required;
    private final List<Condition> conditions;
    private final Supplier<Object> newBuilder;
    private final Function<Object, T> build;
    private final UnknownFieldSink<Object> unknown;

    private ObjectType(Builder<T, ?> b) {
        this.name = b.name;
        this.javaType = b.javaType;
        this.text = b.text;
        this.fields = List.copyOf(b.fields);
        Map<String, Field<T, ?>> map = new HashMap<>();
        List<String> req = new ArrayList<>();
        for (Field<T, ?> f : fields) {
            map.put(f.getName(), f);
            if (f.isRequired()) {
                req.add(f.getName());
            }
        }
        this.byName = map;
        this.required = List.copyOf(req);
        this.conditions = List.copyOf(b.conditions);
        this.newBuilder = b.newBuilder;
        this.build = b.build;
        this.unknown = b.unknown;
    }

    @Override
    public String getName() {
        return name;
    }

    /**
     * The model's type, as {@code Organisation.class}.
     *
     * @return the Java type
     */
    public Class<T> getJavaType() {
        return javaType;
    }

    /**
     * What the object is, in French and English.
     *
     * @return its title and description
     */
    public Text getText() {
        return text;
    }

    /**
     * The fields, in the order writers put them.
     *
     * @return the fields
     */
    public List<Field<T, ?>> getFields() {
        return fields;
    }

    /**
     * The field of the given JSON name.
     *
     * @param name a JSON name
     * @return the field, or null if the object has no such field
     */
    public Field<T, ?> field(String name) {
        return byName.get(name);
    }

    /**
     * The names of the required fields, in order.
     *
     * @return the names
     */
    public List<String> getRequiredNames() {
        return required;
    }

    /**
     * Requirements on a field that depend on a code in another.
     *
     * @return the conditions
     */
    public List<Condition> getConditions() {
        return conditions;
    }

    /**
     * Whether a lenient reader keeps fields this version does not know ({@link Extensible}); false
     * for closed objects ({@code Money}, {@code Identifier}).
     *
     * @return true if unknown fields are kept
     */
    public boolean isExtensible() {
        return unknown != null;
    }

    /**
     * A new, empty builder of the model type, to give to {@link Field#set} and {@link #build}.
     *
     * @return the builder
     */
    public Object newBuilder() {
        return newBuilder.get();
    }

    /**
     * Builds the model's object; the model checks its invariants here.
     *
     * @param builder a builder from {@link #newBuilder()}
     * @return the object
     * @throws IllegalArgumentException or {@link IllegalStateException} if the values do not
     *     make an object (a required value missing, an invariant broken)
     */
    public T build(Object builder) {
        return build.apply(builder);
    }

    /**
     * Keeps a field this version does not know in a builder, for an extensible type.
     *
     * @param builder a builder from {@link #newBuilder()}
     * @param name the field's name
     * @param rawJson its value as JSON text
     * @throws UnsupportedOperationException if the type is closed
     */
    public void putUnknownField(Object builder, String name, String rawJson) {
        if (unknown == null) {
            throw new UnsupportedOperationException(this.name + " keeps no unknown fields");
        }
        unknown.put(builder, name, rawJson);
    }

    /**
     * The unknown fields an object keeps, by name, as raw JSON text.
     *
     * @param value an object of the model
     * @return its unknown fields; empty for a closed type
     */
    public Map<String, String> unknownFields(T value) {
        return value instanceof Extensible ? ((Extensible) value).getUnknownFields() : Map.of();
    }

    @Override
    public String toString() {
        return name;
    }

    // ---- building the description

    static <T, B> Builder<T, B> of(
            String name, Class<T> javaType, Supplier<B> newBuilder, Function<B, T> build, Text text) {
        return new Builder<>(name, javaType, newBuilder, build, text);
    }

    /** Collects an object type's fields in order, then {@link #build()}s it. */
    static final class Builder<T, B> {
        private final String name;
        private final Class<T> javaType;
        private final Text text;
        private final Supplier<Object> newBuilder;
        private final Function<Object, T> build;
        private final List<Field<T, ?>> fields = new ArrayList<>();
        private final List<Condition> conditions = new ArrayList<>();
        private UnknownFieldSink<Object> unknown;

        @SuppressWarnings("unchecked")
        private Builder(String name, Class<T> javaType, Supplier<B> newBuilder, Function<B, T> build, Text text) {
            this.name = name;
            this.javaType = javaType;
            this.text = text;
            this.newBuilder = newBuilder::get;
            this.build = b -> build.apply((B) b);
        }

        @SuppressWarnings("unchecked")
        Builder<T, B> extensible(UnknownFieldSink<B> sink) {
            this.unknown = (b, n, raw) -> sink.put((B) b, n, raw);
            return this;
        }

        <V> Builder<T, B> required(
                String name, ValueType<V> type, Function<T, V> get, BiConsumer<B, V> set, Text text) {
            return add(name, type, Field.Presence.REQUIRED, get, set, null, text);
        }

        <V> Builder<T, B> optional(
                String name, ValueType<V> type, Function<T, Optional<V>> get, BiConsumer<B, V> set, Text text) {
            return add(name, type, Field.Presence.OPTIONAL, get, set, null, text);
        }

        /** An optional field whose model value is never absent: the default is not written. */
        <V> Builder<T, B> defaulted(
                String name, ValueType<V> type, Function<T, V> get, BiConsumer<B, V> set, V omitted, Text text) {
            return add(name, type, Field.Presence.DEFAULTED, get, set, Objects.requireNonNull(omitted), text);
        }

        /** A list field, given to the builder one element at a time by {@code add}, as {@code Builder::addItems}. */
        <V> Builder<T, B> list(
                String name, ValueType<V> type, Function<T, List<V>> get, BiConsumer<B, V> add, Text text) {
            return add(name, type, Field.Presence.LIST, get, add, null, text);
        }

        Builder<T, B> condition(String whenField, String whenCode, String field, Requirement requirement) {
            return condition(whenField, whenCode, field, requirement, "");
        }

        Builder<T, B> condition(
                String whenField, String whenCode, String field, Requirement requirement, String pattern) {
            conditions.add(new Condition(whenField, whenCode, field, requirement, pattern));
            return this;
        }

        @SuppressWarnings("unchecked")
        private <V, X> Builder<T, B> add(
                String name,
                ValueType<V> type,
                Field.Presence presence,
                Function<T, ?> get,
                BiConsumer<B, X> set,
                V omitted,
                Text text) {
            Objects.requireNonNull(text, name);
            BiConsumer<Object, Object> setter = (b, v) -> set.accept((B) b, (X) v);
            fields.add(new Field<T, V>(name, type, presence, text, get, setter, omitted));
            return this;
        }

        ObjectType<T> build() {
            return new ObjectType<>(this);
        }
    }
}
