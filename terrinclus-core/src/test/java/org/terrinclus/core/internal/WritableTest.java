package org.terrinclus.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.terrinclus.core.InvalidValueException;
import org.terrinclus.format.Field;
import org.terrinclus.format.Format;
import org.terrinclus.format.ObjectType;
import org.terrinclus.format.Scalars;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.project.Quote;
import org.terrinclus.testing.RecordGenerator;

/**
 * The model refuses, at construction, every text no UTF-8 document can hold and every unknown
 * field that could not be written back. Driven by the format's description: each text field of
 * each type, found in generated records, is rebuilt with a lone surrogate and must be refused.
 */
class WritableTest {

    private static final Set<Object> TEXT_TYPES = Set.of(Scalars.TEXT, Scalars.ID);

    @Test
    void loneSurrogatesAreFoundWherePairsAreKept() {
        assertThat(Writable.loneSurrogate("plain")).isEqualTo(-1);
        assertThat(Writable.loneSurrogate("")).isEqualTo(-1);
        assertThat(Writable.loneSurrogate("a\uD83D\uDE00b")).isEqualTo(-1);
        assertThat(Writable.loneSurrogate("a\uD800")).isEqualTo(1);
        assertThat(Writable.loneSurrogate("\uDC00a")).isZero();
        assertThat(Writable.loneSurrogate("ab\uDE00\uD83D")).isEqualTo(2);
        assertThat(Writable.loneSurrogate("\uD83D\uD83D\uDE00")).isZero();
        assertThat(Writable.loneSurrogate("\uD83D\uDE00\uDE00")).isEqualTo(2);
    }

    @Test
    void aRecordBuiltInCodeWithALoneSurrogateIsRefusedSayingWhere() {
        Throwable thrown = catchThrowable(() ->
                ProjectRecord.builder().id("x").title("lone \ud800 surrogate").build());
        assertThat(thrown)
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("title: character 6 is half of a character (U+D800, a lone surrogate) that no UTF-8"
                        + " text can hold; complete the pair or remove it.");
        assertThat(((InvalidValueException) thrown).getMessage(java.util.Locale.FRENCH))
                .startsWith("title : le caractère 6 est un demi-caractère (U+D800");
        assertThat(ProjectRecord.builder()
                        .id("x")
                        .title("pair \uD83D\uDE00")
                        .build()
                        .getTitle())
                .isEqualTo("pair \uD83D\uDE00");
    }

    @Test
    void unknownFieldsThatCouldNotBeWrittenBackAreRefused() {
        for (String[] field :
                new String[][] {{"text", "\"u\""}, {"a", ""}, {"a", " \n\t"}, {"a\ud800", "1"}, {"a", "\"\ud800\""}}) {
            Throwable thrown = catchThrowable(() -> Quote.builder()
                    .text("t")
                    .putUnknownFields(field[0], field[1])
                    .build());
            assertThat(thrown).as("%s=%s", field[0], field[1]).isInstanceOf(InvalidValueException.class);
        }
        // A raw value that is not JSON needs a parser to tell: the JSON writer refuses it, not the model.
        assertThat(Quote.builder()
                        .text("t")
                        .putUnknownFields("a", "1 2")
                        .build()
                        .getUnknownFields())
                .containsEntry("a", "1 2");
        assertThat(Quote.builder()
                        .text("t")
                        .putUnknownFields("texts", "\"\"")
                        .build()
                        .getUnknownFields())
                .containsEntry("texts", "\"\"");
    }

    @Test
    void everyTextFieldOfEveryTypeRefusesALoneSurrogate() {
        Set<String> expected = new TreeSet<>();
        for (ObjectType<?> type : Format.types()) {
            for (Field<?, ?> field : type.getFields()) {
                if (TEXT_TYPES.contains(field.getType())) {
                    expected.add(type.getName() + "." + field.getName());
                }
            }
        }
        Set<String> refused = new TreeSet<>();
        Set<String> extensible = new TreeSet<>();
        for (long seed : RecordGenerator.seeds(150)) {
            ProjectRecord record = new RecordGenerator(seed).next();
            walk(Format.RECORD, record, refused, extensible, seed);
        }
        assertThat(refused)
                .as("text fields found in generated records and refused")
                .isEqualTo(expected);
        assertThat(extensible)
                .containsAll(Format.types().stream()
                        .filter(ObjectType::isExtensible)
                        .map(ObjectType::getName)
                        .collect(java.util.stream.Collectors.toList()));
    }

    private static <T> void walk(ObjectType<T> type, T owner, Set<String> refused, Set<String> extensible, long seed) {
        assertThat(rebuild(type, owner, null, null, Map.of()))
                .as("seed %d: %s rebuilt", seed, type)
                .isEqualTo(owner);
        for (Field<T, ?> field : type.getFields()) {
            List<?> values = field.values(owner);
            if (field.getType() instanceof ObjectType) {
                walkAll((ObjectType<?>) field.getType(), values, refused, extensible, seed);
            } else if (TEXT_TYPES.contains(field.getType()) && !values.isEmpty()) {
                String broken = values.get(0) + "\uDBFF";
                Object value = field.isList() ? List.of(broken) : broken;
                Throwable thrown = catchThrowable(() -> rebuild(type, owner, field, value, Map.of()));
                assertThat(thrown)
                        .as("seed %d: %s.%s", seed, type, field)
                        .isInstanceOf(InvalidValueException.class)
                        .hasMessageStartingWith(field.getName() + ": character ");
                refused.add(type.getName() + "." + field.getName());
            }
        }
        if (type.isExtensible()) {
            String known = type.getFields().get(type.getFields().size() - 1).getName();
            for (Map<String, String> unknown : List.of(
                    Map.of(known, "1"),
                    Map.of("later", ""),
                    Map.of("later\uDC00", "1"),
                    Map.of("later", "\"\uDC00\""))) {
                assertThat(catchThrowable(() -> rebuild(type, owner, null, null, unknown)))
                        .as("seed %d: %s %s", seed, type, unknown)
                        .isInstanceOf(InvalidValueException.class);
            }
            Map<String, String> kept = new LinkedHashMap<>(type.unknownFields(owner));
            kept.put("later", "{\"a\":[1]}");
            assertThat(type.unknownFields(rebuild(type, owner, null, null, kept)))
                    .containsEntry("later", "{\"a\":[1]}");
            extensible.add(type.getName());
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void walkAll(
            ObjectType<T> type, List<?> values, Set<String> refused, Set<String> extensible, long seed) {
        for (Object value : values) {
            walk(type, (T) value, refused, extensible, seed);
        }
    }

    /** The owner rebuilt through the format's description, one field replaced, unknown fields added. */
    private static <T> T rebuild(
            ObjectType<T> type, T owner, Field<T, ?> replaced, Object value, Map<String, String> unknown) {
        Object builder = type.newBuilder();
        for (Field<T, ?> field : type.getFields()) {
            if (field == replaced) {
                field.set(builder, value);
                continue;
            }
            Object held = field.get(owner);
            if (held instanceof Optional) {
                ((Optional<?>) held).ifPresent(v -> field.set(builder, v));
            } else if (held instanceof List) {
                field.set(builder, new ArrayList<>((List<?>) held));
            } else {
                field.set(builder, held);
            }
        }
        Map<String, String> fields = new LinkedHashMap<>(type.unknownFields(owner));
        fields.putAll(unknown);
        fields.forEach((name, raw) -> type.putUnknownField(builder, name, raw));
        return type.build(builder);
    }
}
