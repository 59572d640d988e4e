package org.terrinclus.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.terrinclus.core.InvalidValueException;

/** Dates are read by hand; they must accept exactly what a regular expression and LocalDate.parse accept. */
class DateReadingTest {

    private static final Pattern SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    /** The reading this replaced, as the oracle. */
    private static LocalDate oracle(String text) {
        if (!SHAPE.matcher(text).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void assertReadsLikeTheOracle(String text) {
        LocalDate expected = oracle(text);
        if (expected != null) {
            assertThat(Scalars.DATE.read(text)).as(text).isEqualTo(expected);
        } else {
            assertThatThrownBy(() -> Scalars.DATE.read(text))
                    .as(text)
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("Invalid date '" + text + "': write an existing ISO-8601 date YYYY-MM-DD, as"
                            + " 2021-03-15.");
        }
    }

    @Test
    void chosenDates() {
        List<String> texts = List.of(
                "2021-03-15",
                "2020-02-29",
                "2021-02-29",
                "2021-13-01",
                "2021-00-10",
                "2021-01-00",
                "2021-04-31",
                "0000-01-01",
                "9999-12-31",
                "2021-1-01",
                "2021-01-1",
                "21-01-01",
                "+2021-01-01",
                "2021/01/01",
                "2021-01-01 ",
                " 2021-01-01",
                "2021-01-01T00:00",
                "",
                "２０２１-01-01",
                "202a-01-01",
                "2021-0a-01",
                "2021--1-01",
                "2021-01--1",
                "20210101000");
        for (String text : texts) {
            assertReadsLikeTheOracle(text);
        }
        assertThat(Scalars.DATE.read("2020-02-29")).isEqualTo(LocalDate.of(2020, 2, 29));
    }

    @Test
    void randomTextsOfTheShape() {
        long seed = Long.getLong("terrinclus.seed", 17L);
        Random random = new Random(seed);
        String alphabet = "0123456789-/+ a٣";
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            char[] chars = String.format(
                            "%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(14), random.nextInt(33))
                    .toCharArray();
            if (random.nextInt(4) == 0) {
                chars[random.nextInt(chars.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            texts.add(new String(chars));
        }
        for (String text : texts) {
            assertReadsLikeTheOracle(text);
        }
    }
}
