package org.terrinclus.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.validation.Finding;

class BulkReadingTest {

    private final TerrinclusJson json = TerrinclusJson.strict();

    private static String record(String id) {
        return "{\"formatVersion\":\"1.0\",\"id\":\"" + id + "\",\"title\":\"t\"}";
    }

    private List<ReadResult> readAll(String text, BulkFormat format) throws IOException {
        return readAll(json, text, format);
    }

    private static List<ReadResult> readAll(TerrinclusJson json, String text, BulkFormat format) throws IOException {
        try (BulkReader reader =
                json.readAll(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format)) {
            List<ReadResult> results = new ArrayList<>();
            reader.forEachRemaining(results::add);
            return results;
        }
    }

    @Test
    void jsonLinesWithOneBadLineStillReadsTheGoodOnes() throws IOException {
        String text = record("a") + "\n{\"formatVersion\":\"1.0\",\"id\":\"b\"\n\n  \n" + record("c") + "\r\n"
                + "{\"formatVersion\":\"1.0\",\"id\":\"d\",\"title\":7}\n" + record("e");
        List<ReadResult> results = readAll(text, BulkFormat.JSON_LINES);

        assertThat(results)
                .extracting(
                        ReadResult::getIndex,
                        ReadResult::isRead,
                        r -> r.getLine().orElse(-1),
                        r -> r.getId().orElse(null))
                .containsExactly(
                        tuple(0, true, 1, "a"),
                        tuple(1, false, 2, "b"),
                        tuple(2, true, 5, "c"),
                        tuple(3, false, 6, "d"),
                        tuple(4, true, 7, "e"));
        assertThat(results.get(1).getFindings()).extracting(Finding::getRule).containsExactly("json.syntax");
        assertThat(results.get(3).getFindings())
                .extracting(Finding::getRule, Finding::getPath, f -> f.getLine().orElse(-1))
                .containsExactly(tuple("json.type", "/title", 6));
    }

    @Test
    void aLineOverTheRecordLimitIsSkippedWithoutKeepingIt() throws IOException {
        TerrinclusJson small =
                TerrinclusJson.of(ReadMode.STRICT, JsonLimits.defaults().withMaxDocumentLength(1000));
        String huge = "{\"formatVersion\":\"1.0\",\"id\":\"big\",\"title\":\"" + "x".repeat(200_000) + "\"}";
        String text = record("a") + "\n" + huge + "\n" + record("c") + "\n";
        List<ReadResult> results;
        try (BulkReader reader =
                small.readAll(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), BulkFormat.JSON_LINES)) {
            results = reader.stream().collect(Collectors.toList());
        }
        assertThat(results).extracting(ReadResult::isRead).containsExactly(true, false, true);
        assertThat(results.get(1).getFindings())
                .extracting(Finding::getRule, f -> f.getLine().orElse(-1))
                .containsExactly(tuple("json.limit", 2));
    }

    /** Takes every record with nextLater, then reads them on a pool, last taken first. */
    private static List<ReadResult> readLater(TerrinclusJson json, String text, BulkFormat format) throws Exception {
        List<Supplier<ReadResult>> taken = new ArrayList<>();
        try (BulkReader reader =
                json.readAll(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format)) {
            Supplier<ReadResult> next;
            while ((next = reader.nextLater()) != null) {
                taken.add(next);
            }
            assertThat(reader.nextLater()).isNull();
            assertThat(reader.hasNext()).isFalse();
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<ReadResult>> futures = new ArrayList<>();
            for (int i = taken.size() - 1; i >= 0; i--) {
                futures.add(0, pool.submit(taken.get(i)::get));
            }
            List<ReadResult> results = new ArrayList<>();
            for (Future<ReadResult> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void recordsTakenForLaterReadTheSameOnAnyThread() throws Exception {
        TerrinclusJson small =
                TerrinclusJson.of(ReadMode.STRICT, JsonLimits.defaults().withMaxDocumentLength(1000));
        String huge = "{\"formatVersion\":\"1.0\",\"id\":\"big\",\"title\":\"" + "x".repeat(5_000) + "\"}";
        String lines = "\uFEFF" + record("a") + "\n{\"formatVersion\":\"1.0\",\"id\":\"b\"\n\n  \n" + record("c")
                + "\r\n" + huge + "\n{\"formatVersion\":\"1.0\",\"id\":\"d\",\"title\":7}\n"
                + record("e") + " {}\n" + record("f");
        String array =
                "[\n" + record("a") + ",\n{\"formatVersion\":\"1.0\",\"id\":\"b\",\"title\":7},\n" + record("c") + "]";

        List<ReadResult> linesNow = readAll(small, lines, BulkFormat.JSON_LINES);
        List<ReadResult> linesLater = readLater(small, lines, BulkFormat.JSON_LINES);
        assertThat(linesLater).isEqualTo(linesNow).hasSize(7);
        assertThat(linesLater)
                .extracting(
                        ReadResult::getIndex,
                        ReadResult::isRead,
                        r -> r.getLine().orElse(-1))
                .containsExactly(
                        tuple(0, true, 1),
                        tuple(1, false, 2),
                        tuple(2, true, 5),
                        tuple(3, false, 6),
                        tuple(4, false, 7),
                        tuple(5, false, 8),
                        tuple(6, true, 9));
        assertThat(linesLater.get(0).getFindings()).extracting(Finding::getRule).containsExactly("json.bom");
        assertThat(linesLater.get(3).getFindings()).extracting(Finding::getRule).containsExactly("json.limit");
        assertThat(linesLater.get(4).getFindings())
                .extracting(
                        Finding::getRule,
                        Finding::getPath,
                        f -> f.getLine().orElse(-1),
                        f -> f.getColumn().orElse(-1))
                .containsExactly(tuple("json.type", "/title", 7, 41));

        assertThat(readLater(json, array, BulkFormat.JSON))
                .isEqualTo(readAll(array, BulkFormat.JSON))
                .hasSize(3);
    }

    @Test
    void nextLaterAfterHasNextHandsOnTheRecordAlreadyRead() throws IOException {
        String text = record("a") + "\n" + record("b") + "\n";
        try (BulkReader reader =
                json.readAll(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), BulkFormat.JSON_LINES)) {
            assertThat(reader.hasNext()).isTrue();
            assertThat(reader.nextLater().get().getId()).contains("a");
            assertThat(reader.nextLater().get().getId()).contains("b");
            assertThat(reader.nextLater()).isNull();
        }
    }

    @Test
    void anArrayOfRecordsWithOneBadElement() throws IOException {
        String text = "[\n" + record("a")
                + ",\n{\"formatVersion\":\"1.0\",\"id\":\"b\",\"title\":\"t\",\"sdgGoals\":[18]},\n42,\n" + record("d")
                + "\n]";
        List<ReadResult> results = readAll(text, BulkFormat.JSON);

        assertThat(results).extracting(ReadResult::isRead).containsExactly(true, false, false, true);
        assertThat(results.get(1).getFindings())
                .extracting(Finding::getRule, Finding::getPath, f -> f.getLine().orElse(-1))
                .containsExactly(tuple("json.value", "/sdgGoals/0", 3));
        assertThat(results.get(2).getFindings()).extracting(Finding::getRule).containsExactly("json.type");
        assertThat(results.get(3).getRecord().map(ProjectRecord::getId)).contains("d");
    }

    @Test
    void anOversizedElementOfAnArrayIsSkipped() throws IOException {
        TerrinclusJson small =
                TerrinclusJson.of(ReadMode.STRICT, JsonLimits.defaults().withMaxDocumentLength(2000));
        StringBuilder partners = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            partners.append(i == 0 ? "" : ",").append("{\"name\":\"p").append(i).append("\",\"kind\":\"other\"}");
        }
        String big = "{\"formatVersion\":\"1.0\",\"id\":\"big\",\"title\":\"t\",\"partners\":[" + partners + "]}";
        String text = "[" + record("a") + "," + big + "," + record("c") + "]";
        List<ReadResult> results;
        try (BulkReader reader =
                small.readAll(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), BulkFormat.JSON)) {
            results = reader.stream().collect(Collectors.toList());
        }
        assertThat(results).extracting(ReadResult::isRead).containsExactly(true, false, true);
        assertThat(results.get(1).getFindings()).extracting(Finding::getRule).containsExactly("json.limit");
    }

    @Test
    void brokenSyntaxInAnArrayEndsTheStreamWithAFinding() throws IOException {
        List<ReadResult> results = readAll("[" + record("a") + ", {\"id\" 1}, " + record("c") + "]", BulkFormat.JSON);
        assertThat(results).extracting(ReadResult::isRead).containsExactly(true, false);
        assertThat(results.get(1).getFindings()).extracting(Finding::getRule).containsExactly("json.syntax");
    }

    @Test
    void aSingleRecordOrAnEmptySourceInJsonFormat() throws IOException {
        assertThat(readAll(record("solo"), BulkFormat.JSON))
                .extracting(r -> r.getId().orElse(null))
                .containsExactly("solo");
        assertThat(readAll("[]", BulkFormat.JSON)).isEmpty();
        assertThat(readAll("", BulkFormat.JSON))
                .singleElement()
                .satisfies(r ->
                        assertThat(r.getFindings()).extracting(Finding::getRule).containsExactly("json.syntax"));
        assertThat(readAll("[" + record("a"), BulkFormat.JSON))
                .extracting(ReadResult::isRead)
                .containsExactly(true, false);
        assertThat(readAll("", BulkFormat.JSON_LINES)).isEmpty();
    }

    @Test
    void writtenBulkFilesReadBack() throws IOException {
        List<ProjectRecord> records = List.of(
                JsonContractTest.fullRecord(),
                ProjectRecord.builder().id("b").title("deux").build());
        for (BulkFormat format : BulkFormat.values()) {
            for (boolean pretty : new boolean[] {false, true}) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                assertThat(json.writeAll(records.iterator(), out, format, pretty))
                        .isEqualTo(2);
                try (BulkReader reader = json.readAll(new ByteArrayInputStream(out.toByteArray()), format)) {
                    assertThat(reader.stream().map(ReadResult::orElseThrow)).containsExactlyElementsOf(records);
                }
                if (format == BulkFormat.JSON_LINES) {
                    assertThat(out.toString(StandardCharsets.UTF_8).split("\n")).hasSize(2);
                }
            }
        }
    }

    @Test
    void theReaderIsAnIteratorThatEnds() throws IOException {
        try (BulkReader reader = json.readAll(
                new ByteArrayInputStream(record("a").getBytes(StandardCharsets.UTF_8)), BulkFormat.JSON_LINES)) {
            assertThat(reader.next().isRead()).isTrue();
            assertThat(reader.hasNext()).isFalse();
            assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class);
        }
    }

    @Test
    void closingTheReaderClosesTheStream() throws IOException {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(record("a").getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        json.readAll(in, BulkFormat.JSON).close();
        assertThat(closed[0]).isTrue();
    }
}
