package org.terrinclus.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.terrinclus.funding.Money;
import org.terrinclus.project.ProjectDates;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.validation.Finding;

/**
 * Hostile cases that are more than bytes to read (the catalogue, {@code HostileCatalogueTest},
 * has those): what the writer and the model refuse, positions with LF and CRLF, the Jackson
 * module's messages. The build runs this class in a JVM with a 64 MB heap (see this module's pom).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileInputTest {

    private static final TerrinclusJson STRICT = TerrinclusJson.strict();
    private static final String HEAD = "{\"formatVersion\":\"1.0\",\"id\":\"x\",";

    private static List<String> rules(ReadResult result) {
        return result.getFindings().stream().map(Finding::getRule).collect(Collectors.toList());
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
    void aWholeNumberTooLargeSaysOutOfRangeNotWhatItFound() {
        // The catalogue checks the finding; here, its words (the first round said "expected a whole
        // number, found a whole number").
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
