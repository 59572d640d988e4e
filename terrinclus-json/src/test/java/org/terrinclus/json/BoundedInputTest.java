package org.terrinclus.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.terrinclus.validation.Finding;

/**
 * Hostile and malformed input gives a finding in bounded time and memory. The build runs this
 * class alone in a JVM with a 32 MB heap (see this module's pom), so a reader that buffered a
 * 50 MB string or a whole bulk file would fail here with an OutOfMemoryError.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class BoundedInputTest {

    private final TerrinclusJson strict = TerrinclusJson.strict();

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    /** A stream of {@code count} copies of one byte, generated on the fly. */
    private static InputStream repeat(byte b, long count) {
        return new InputStream() {
            long left = count;

            @Override
            public int read() {
                if (left == 0) {
                    return -1;
                }
                left--;
                return b & 0xFF;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left == 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + n, b);
                left -= n;
                return n;
            }
        };
    }

    private static InputStream concat(InputStream... parts) {
        return new SequenceInputStream(Collections.enumeration(List.of(parts)));
    }

    private static List<String> rules(ReadResult result) {
        return result.getFindings().stream().map(Finding::getRule).collect(Collectors.toList());
    }

    @Test
    void hundredThousandDeepNesting() {
        ReadResult arrays = strict.read(repeat((byte) '[', 100_000));
        assertThat(rules(arrays)).contains("json.limit");
        ReadResult inField = strict.read(concat(
                text("{\"formatVersion\":\"1.0\",\"id\":\"x\",\"title\":\"t\",\"x\":"), repeat((byte) '[', 100_000)));
        assertThat(rules(inField)).contains("json.limit");
        ReadResult lenient = TerrinclusJson.lenient()
                .read(concat(
                        text("{\"formatVersion\":\"1.0\",\"id\":\"x\",\"title\":\"t\",\"x\":"),
                        repeat((byte) '{', 1),
                        repeat((byte) ' ', 1),
                        text("\"a\":"),
                        repeat((byte) '[', 100_000)));
        assertThat(rules(lenient)).contains("json.limit");
    }

    @Test
    void aNumberOfAMillionDigits() {
        ReadResult result = strict.read(concat(
                text("{\"formatVersion\":\"1.0\",\"id\":\"x\",\"title\":\"t\",\"sdgGoals\":["),
                repeat((byte) '7', 1_000_000),
                text("]}")));
        assertThat(result.getFindings()).singleElement().satisfies(f -> {
            assertThat(f.getRule()).isEqualTo("json.limit");
            assertThat(f.getPath()).isEqualTo("/sdgGoals/0");
        });
    }

    @Test
    void aFiftyMegabyteString() {
        ReadResult result = strict.read(concat(
                text("{\"formatVersion\":\"1.0\",\"id\":\"x\",\"title\":\""),
                repeat((byte) 'a', 50_000_000),
                text("\"}")));
        assertThat(rules(result)).containsExactly("json.limit");

        ReadResult unknown = TerrinclusJson.lenient()
                .read(concat(
                        text("{\"formatVersion\":\"1.0\",\"id\":\"x\",\"title\":\"t\",\"blob\":\""),
                        repeat((byte) 'a', 50_000_000),
                        text("\"}")));
        assertThat(rules(unknown)).contains("json.limit");
    }

    @Test
    void aFiftyMegabyteDocumentOfSmallTokens() {
        ReadResult result = strict.read(concat(
                text("{\"formatVersion\":\"1.0\",\"id\":\"x\",\"title\":\"t\",\"photoCredits\":[\"a\""),
                repeat((byte) ' ', 50_000_000),
                text("]}")));
        assertThat(rules(result)).containsExactly("json.limit");
    }

    @Test
    void truncatedDocumentsAtEveryLength() {
        byte[] full = Fixtures.bytes("contract/full-record.json");
        for (int length = 0; length < full.length; length += 7) {
            ReadResult result = strict.read(java.util.Arrays.copyOf(full, length));
            assertThat(result.isRead()).as("prefix of %d bytes", length).isFalse();
            assertThat(result.getFindings()).as("prefix of %d bytes", length).isNotEmpty();
        }
    }

    @Test
    void duplicateKeysInvalidUtf8ByteOrderMarkAndEmptyInput() {
        assertThat(rules(strict.read(text("{\"formatVersion\":\"1.0\",\"id\":\"x\",\"title\":\"a\",\"title\":\"b\"}"))))
                .containsExactly("json.duplicate-key");
        assertThat(rules(strict.read(new byte[] {'{', '"', (byte) 0xFF, '"', ':', '1', '}'})))
                .containsExactly("json.encoding");
        assertThat(rules(strict.read(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})))
                .containsExactly("json.bom", "json.syntax");
        assertThat(rules(strict.read(new byte[0]))).containsExactly("json.syntax");
        assertThat(rules(strict.read(repeat((byte) ' ', 1_000_000)))).containsExactly("json.syntax");
    }

    @Test
    void aHugeJsonLinesLineWithoutLineBreakAmongGoodOnes() throws IOException {
        String good = "{\"formatVersion\":\"1.0\",\"id\":\"good\",\"title\":\"t\"}\n";
        InputStream in = concat(
                text(good),
                text("{\"formatVersion\":\"1.0\",\"id\":\"x\",\"title\":\""),
                repeat((byte) 'z', 60_000_000),
                text("\"}\n"),
                text(good));
        try (BulkReader reader = strict.readAll(in, BulkFormat.JSON_LINES)) {
            List<ReadResult> results = reader.stream().collect(Collectors.toList());
            assertThat(results).extracting(ReadResult::isRead).containsExactly(true, false, true);
            assertThat(rules(results.get(1))).containsExactly("json.limit");
        }
    }

    @Test
    void bulkFilesAreReadInConstantMemory() throws IOException {
        assumeTrue(Runtime.getRuntime().maxMemory() < 64 << 20, "runs in the build's small-heap execution");
        byte[] one = (TerrinclusJson.strict().writeString(JsonContractTest.fullRecord()) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        int copies = 40_000; // about 100 MB of JSON Lines, more than three times the heap
        InputStream lines = new InputStream() {
            int copy;
            int position;

            @Override
            public int read() {
                throw new UnsupportedOperationException("bulk reads use the array form");
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (copy == copies) {
                    return -1;
                }
                int n = Math.min(length, one.length - position);
                System.arraycopy(one, position, buffer, offset, n);
                position += n;
                if (position == one.length) {
                    position = 0;
                    copy++;
                }
                return n;
            }
        };
        long read;
        try (BulkReader reader = strict.readAll(lines, BulkFormat.JSON_LINES)) {
            read = reader.stream().filter(ReadResult::isRead).count();
        }
        assertThat(read).isEqualTo(copies);
        assertThat(one.length * (long) copies)
                .isGreaterThan(3 * Runtime.getRuntime().maxMemory());
    }
}
