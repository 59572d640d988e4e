package org.terrinclus.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.terrinclus.funding.Money;
import org.terrinclus.project.ProjectDates;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.validation.Finding;

/**
 * The hostile cases of the second round, each ending in a finding or in an exact round trip.
 * The build runs this class in a JVM with a 64 MB heap (see this module's pom).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileInputTest {

    private static final TerrinclusJson STRICT = TerrinclusJson.strict();
    private static final String HEAD = "{\"formatVersion\":\"1.0\",\"id\":\"x\",";

    private static List<String> rules(ReadResult result) {
        return result.getFindings().stream().map(Finding::getRule).collect(Collectors.toList());
    }

    private static byte[] bytes(String before, int[] middle, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        for (int b : middle) {
            out.write(b);
        }
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static List<int[]> invalidUtf8() {
        return List.of(
                new int[] {0xC0, 0xAF}, // overlong "/"
                new int[] {0xE0, 0x80, 0xAF}, // overlong "/"
                new int[] {0xF0, 0x80, 0x80, 0xAF}, // overlong "/"
                new int[] {0xF4, 0x90, 0x80, 0x80}, // U+110000
                new int[] {0xF7, 0xBF, 0xBF, 0xBF}, // beyond U+10FFFF
                new int[] {0xED, 0xA0, 0x80}, // an encoded surrogate
                new int[] {0xE2, 0x82}); // cut
    }

    @ParameterizedTest
    @MethodSource("invalidUtf8")
    void invalidUtf8IsRefusedAtItsPlace(int[] sequence) throws IOException {
        byte[] json = bytes(HEAD + "\"title\":\"a", sequence, "b\"}");
        int column = (HEAD + "\"title\":\"a").length() + 1;
        List<ReadResult> results = new ArrayList<>();
        results.add(STRICT.read(json));
        results.add(STRICT.read(new ByteArrayInputStream(json)));
        for (BulkFormat format : BulkFormat.values()) {
            try (BulkReader reader = STRICT.readAll(new ByteArrayInputStream(json), format)) {
                results.add(reader.next());
            }
        }
        for (ReadResult result : results) {
            assertThat(result.isRead()).isFalse();
            assertThat(rules(result)).containsExactly("json.encoding");
            assertThat(result.getFindings().get(0).getLine()).contains(1);
            assertThat(result.getFindings().get(0).getColumn()).contains(column);
        }
    }

    @Test
    void escapedLoneSurrogatesAreRefusedInValuesNamesAndKeptFields() {
        assertThat(rules(STRICT.read(HEAD + "\"title\":\"a\\ud800\"}"))).containsExactly("json.encoding");
        assertThat(rules(STRICT.read(HEAD + "\"title\":\"\\udc00\\udc00\"}"))).containsExactly("json.encoding");
        assertThat(rules(TerrinclusJson.lenient().read(HEAD + "\"title\":\"t\",\"x\\ud800\":1}")))
                .containsExactly("json.encoding");
        assertThat(rules(TerrinclusJson.lenient().read(HEAD + "\"title\":\"t\",\"x\":[\"\\ud800\"]}")))
                .contains("json.encoding");
        // A complete pair is a character, and it is kept.
        ProjectRecord pair = STRICT.read(HEAD + "\"title\":\"\\ud83d\\ude00\"}").orElseThrow();
        assertThat(pair.getTitle()).isEqualTo("\uD83D\uDE00");
    }

    @Test
    void crlfJsonLinesReportATruncatedRecordOnItsOwnLine() throws IOException {
        String good = HEAD.replace("\"x\"", "\"g\"") + "\"title\":\"t\"}";
        for (String ending : List.of("\n", "\r\n")) {
            String text = good + ending + "{\"formatVersion\":\"1.0\"," + ending + good + ending;
            try (BulkReader reader = STRICT.readAll(
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), BulkFormat.JSON_LINES)) {
                List<ReadResult> results = reader.stream().collect(Collectors.toList());
                assertThat(results).extracting(ReadResult::isRead).containsExactly(true, false, true);
                Finding truncated = results.get(1).getFindings().get(0);
                assertThat(truncated.getLine())
                        .as(ending.length() + " byte ending")
                        .contains(2);
                assertThat(truncated.getColumn()).isPresent().get().isNotEqualTo(1);
            }
        }
    }

    @Test
    void aByteOrderMarkOnALaterLineIsReported() throws IOException {
        String good = HEAD + "\"title\":\"t\"}";
        String text = good + "\n\uFEFF" + good.replace("\"x\"", "\"y\"") + "\n";
        try (BulkReader reader = STRICT.readAll(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), BulkFormat.JSON_LINES)) {
            List<ReadResult> results = reader.stream().collect(Collectors.toList());
            assertThat(results).extracting(ReadResult::isRead).containsExactly(true, true);
            assertThat(rules(results.get(1))).containsExactly("json.bom");
            assertThat(results.get(1).getFindings().get(0).getLine()).contains(2);
        }
    }

    @Test
    void numbersTheFormatNeverWritesAreRefusedNotRewritten() {
        for (String number : List.of("1e2", "1E+3", "1e-2", "-0", "-0.0", "0e0")) {
            ReadResult amount = STRICT.read(HEAD + "\"title\":\"t\",\"funding\":[{\"contributions\":[{\"kind\":"
                    + "\"amount\",\"amount\":{\"amount\":" + number + ",\"currency\":\"EUR\"}}]}]}");
            assertThat(rules(amount)).as(number).containsExactly("json.value");
            ReadResult figure = STRICT.read(HEAD + "\"title\":\"t\",\"keyFigures\":[{\"kind\":\"count\",\"value\":"
                    + number + ",\"label\":\"l\"}]}");
            assertThat(rules(figure)).as(number).containsExactly("json.value");
        }
        for (String period : List.of("P0Y1M", "P1W", "P01M", "P1Y0D")) {
            ReadResult result = STRICT.read(HEAD + "\"title\":\"t\",\"dates\":{\"duration\":\"" + period + "\"}}");
            assertThat(rules(result)).as(period).containsExactly("json.value");
        }
        ReadResult big = STRICT.read(HEAD + "\"title\":\"t\",\"dates\":{\"launch\":99999999999999999999}}");
        assertThat(rules(big)).containsExactly("json.value");
        assertThat(big.getFindings().get(0).getMessageEn())
                .contains("out of range")
                .doesNotContain("found");
    }

    @Test
    void theWriterRefusesWhatTheReaderWouldNotReadBack() {
        ProjectRecord base = STRICT.read(HEAD + "\"title\":\"t\"}").orElseThrow();
        // What needs no JSON parser to decide is refused by the model, at construction.
        for (String[] field : new String[][] {{"a", ""}, {"a", " "}, {"title", "\"u\""}}) {
            assertThat(catchThrowable(() -> ProjectRecord.builder()
                            .from(base)
                            .putUnknownFields(field[0], field[1])
                            .build()))
                    .as("%s=%s", field[0], field[1])
                    .isInstanceOf(org.terrinclus.core.InvalidValueException.class)
                    .hasMessageContaining("unknown field '" + field[0] + "'");
        }
        // Whether a raw value is one JSON value needs a parser: the writer refuses it.
        for (String[] field : new String[][] {{"a", "1 2"}, {"a", "{"}}) {
            ProjectRecord record = ProjectRecord.builder()
                    .from(base)
                    .putUnknownFields(field[0], field[1])
                    .build();
            Throwable thrown = catchThrowable(() -> STRICT.writeString(record));
            assertThat(thrown)
                    .as("%s=%s", field[0], field[1])
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("unknown field '" + field[0] + "'");
        }
        assertThat(catchThrowable(() -> Money.eur("1E+1000"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(catchThrowable(
                        () -> Money.of(new BigDecimal("1E+1000000000"), java.util.Currency.getInstance("EUR"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1E+1000000000");
        for (int year : new int[] {99999, -5, 999, 10000}) {
            assertThat(catchThrowable(
                            () -> ProjectDates.builder().launch(Year.of(year)).build()))
                    .as("year %d", year)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void manyLongUnknownKeysThroughTheJacksonModuleGiveABoundedMessage() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new TerrinclusModule());
        StringBuilder json = new StringBuilder(HEAD + "\"title\":\"t\"");
        String key = "k".repeat(20_000);
        for (int i = 0; json.length() < 4_000_000; i++) {
            json.append(",\"").append(key).append(i).append("\":1");
        }
        json.append('}');
        Throwable thrown = catchThrowable(() -> mapper.readValue(json.toString(), ProjectRecord.class));
        assertThat(thrown).isNotNull();
        assertThat(thrown.getMessage().length()).isLessThan(20_000);
        assertThat(thrown.getMessage()).contains("more findings");
    }

    @Test
    void oneHugeKeyWithTheHostsLimitRaisedGivesABoundedMessage() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNameLength(10_000_000)
                        .build())
                .build();
        ObjectMapper mapper = new ObjectMapper(factory).registerModule(new TerrinclusModule());
        String json = HEAD + "\"title\":\"t\",\"" + "k".repeat(3_000_000) + "\":1}";
        Throwable thrown = catchThrowable(() -> mapper.readValue(json, ProjectRecord.class));
        assertThat(thrown).isNotNull();
        assertThat(thrown.getMessage().length()).isLessThan(5_000);
        assertThat(thrown.getMessage()).contains("characters, cut");
    }

    @Test
    void findingsOfOneRecordAreBounded() {
        StringBuilder json = new StringBuilder(HEAD + "\"title\":\"t\"");
        for (int i = 0; i < 100_000; i++) {
            json.append(",\"u").append(i).append("\":1");
        }
        json.append('}');
        ReadResult result = STRICT.read(json.toString());
        assertThat(result.isRead()).isFalse();
        assertThat(result.getFindings()).hasSize(Messages.MAX_FINDINGS + 1);
        assertThat(result.getFindings().get(Messages.MAX_FINDINGS).getMessageEn())
                .startsWith((100_000 - Messages.MAX_FINDINGS) + " more findings");
    }
}
