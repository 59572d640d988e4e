package org.terrinclus.format;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One field of an {@link ObjectType}: its JSON name, its value type, whether it is required or
 * a list, its title and description, and how to get its value from the model and give it to a
 * builder.
 *
 * @param <T> the model type the field belongs to
 * @param <V> the Java type of one value of the field
 */
public final class Field<T, V> {

    /** How many values a field holds, and whether it may be absent. */
    public enum Presence {
        /** Exactly one value; a reader refuses an object without it. */
        REQUIRED,
        /** Zero or one value; absent values are omitted. */
        OPTIONAL,
        /**
         * Optional in JSON, but always present in the model, which gives it a {@linkplain
         * Field#getDefault() default} when it is absent; writers omit the default.
         */
        DEFAULTED,
        /** A JSON array of values; empty lists are omitted by writers. */
        LIST
    }

    private final String name;
    private final ValueType<V> type;
    private final Presence presence;
    private final Text text;
    private final Function<T, ?> get;
    private final BiConsumer<Object, Object> set;
    private final V omitted;

    Field(
            String name,
            ValueType<V> type,
            Presence presence,
            Text text,
            Function<T, ?> get,
            BiConsumer<Object, Object> set,
            V omitted) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.presence = presence;
        this.text = text;
        this.get = get;
        this.set = set;
        this.omitted = omitted;
    }

    /**
     * The JSON name, as {@code "declaredTotal"}; also the Java property name.
     *
     * @return the name
     */
    public String getName() {
        return name;
    }

    /**
     * The type of one value: a scalar, or an object of the format.
     *
     * @return the value type
     */
    public ValueType<V> getType() {
        return type;
    }

    /**
     * Whether the field is required, optional or a list.
     *
     * @return its presence
     */
    public Presence getPresence() {
        return presence;
    }

    /**
     * Whether a reader refuses an object without this field.
     *
     * @return true for a required field
     */
    public boolean isRequired() {
        return presence == Presence.REQUIRED;
    }

    /**
     * Whether the field holds a JSON array.
     *
     * @return true for a list
     */
    public boolean isList() {
        return presence == Presence.LIST;
    }

    /**
     * The field's title and one-line description, in French and English.
     *
     * @return the texts
     */
    public Text getText() {
        return text;
    }

    /**
     * The field's values in an object of the model: none, one, or the list's items. An optional
     * value equal to its default (a key figure's multiplier of 1) counts as none, since it is
     * not written.
     *
     * @param owner the object of the model
     * @return the values, in order
     */
    @SuppressWarnings("unchecked")
    public List<V> values(T owner) {
        Object value = get.apply(owner);
        switch (presence) {
            case LIST:
                return (List<V>) value;
            case OPTIONAL:
                return ((Optional<V>) value).map(List::of).orElse(List.of());
            default:
                return value.equals(omitted) ? List.of() : List.of((V) value);
        }
    }

    /**
     * The value as the model holds it: {@code V} for a required or defaulted field, {@code
     * Optional<V>} for an optional one, {@code List<V>} for a list.
     *
     * @param owner the object of the model
     * @return the value, never null
     */
    public Object get(T owner) {
        return get.apply(owner);
    }

    /**
     * The value a writer leaves out, for a field that is optional in JSON but always present in
     * the model (a key figure's multiplier, 1).
     *
     * @return the default, if any
     */
    public Optional<V> getDefault() {
        return Optional.ofNullable(omitted);
    }

    /**
     * Gives a value to a builder of the owning type, from {@link ObjectType#newBuilder()}; for a
     * list, adds each element of the given list after those the builder already holds.
     *
     * @param builder the builder
     * @param value one value ({@code V}), or a {@code List<V>} for a list
     */
    public void set(Object builder, Object value) {
        if (presence == Presence.LIST) {
            for (Object element : (List<?>) value) {
                set.accept(builder, element);
            }
        } else {
            set.accept(builder, value);
        }
    }

    /**
     * Adds one element to a list field of a builder of the owning type: a reader gives each
     * element as it reads it, with no list of its own for the builder to copy.
     *
     * @param builder the builder
     * @param element one value of the list
     * @throws IllegalStateException if the field is not a list
     */
    public void add(Object builder, Object element) {
        if (presence != Presence.LIST) {
            throw new IllegalStateException(name + " is not a list");
        }
        set.accept(builder, element);
    }

    @Override
    public String toString() {
        return name;
    }
}
