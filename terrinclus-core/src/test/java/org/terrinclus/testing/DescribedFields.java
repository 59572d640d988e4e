package org.terrinclus.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.terrinclus.format.Field;
import org.terrinclus.format.ObjectType;
import org.terrinclus.format.ScalarType;
import org.terrinclus.format.Scalars;

/**
 * Fills, from the format's description, the optional fields of a type that {@link
 * RecordGenerator} does not build by hand: a field added to the format is generated without a
 * change here. A field of a kind this class cannot invent makes it fail, naming the field.
 */
final class DescribedFields {

    private static final List<String> WORDS = List.of(
            "coopération", "jeunesse", "formation", "Dschang", "Sousse", "marché", "réseau", "atelier", "FR-1234-A");

    private DescribedFields() {}

    /**
     * Gives most optional fields outside {@code handled} a value.
     *
     * @param type the type described
     * @param builder a builder of that type
     * @param handled the fields the caller builds itself
     * @param random the generator's randomness
     */
    static <T> void fill(ObjectType<T> type, Object builder, Set<String> handled, Random random) {
        for (Field<T, ?> field : type.getFields()) {
            if (handled.contains(field.getName()) || field.isRequired() || random.nextInt(4) == 0) {
                continue;
            }
            if (!(field.getType() instanceof ScalarType)) {
                throw new IllegalStateException("RecordGenerator cannot invent " + type + "." + field
                        + ": build it by hand in RecordGenerator and list it as handled");
            }
            ScalarType<?> scalar = (ScalarType<?>) field.getType();
            if (field.isList()) {
                List<Object> values = new ArrayList<>();
                for (int i = 1 + random.nextInt(2); i > 0; i--) {
                    values.add(sample(scalar, type, field, random));
                }
                field.set(builder, values);
            } else {
                field.set(builder, sample(scalar, type, field, random));
            }
        }
    }

    private static Object sample(ScalarType<?> scalar, ObjectType<?> type, Field<?, ?> field, Random random) {
        if (!scalar.getCodes().isEmpty()) {
            return scalar.read(scalar.getCodes()
                    .get(random.nextInt(scalar.getCodes().size()))
                    .code());
        }
        if (scalar == Scalars.TEXT) {
            return WORDS.get(random.nextInt(WORDS.size())) + " " + (1 + random.nextInt(99));
        }
        if (scalar == Scalars.DATE) {
            return LocalDate.of(1990 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
        }
        if (scalar == Scalars.YEAR) {
            return Year.of(1990 + random.nextInt(40));
        }
        if (scalar == Scalars.PERIOD) {
            return Period.ofMonths(1 + random.nextInt(60));
        }
        if (scalar == Scalars.NUMBER || scalar == Scalars.POSITIVE_NUMBER || scalar == Scalars.AMOUNT) {
            return BigDecimal.valueOf(1 + random.nextInt(100_000), random.nextInt(3));
        }
        if (scalar == Scalars.COUNTRY) {
            return Scalars.COUNTRY.read(List.of("FR", "SN", "TN", "CM", "BF").get(random.nextInt(5)));
        }
        throw new IllegalStateException("RecordGenerator cannot invent a value of " + scalar + " for " + type + "."
                + field + ": add a sample to DescribedFields");
    }
}
