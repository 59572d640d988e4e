package org.terrinclus.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.terrinclus.testing.RecordGenerator;

/**
 * The UTF-8 check, fed whole or in pieces of any size, refuses exactly what Java's strict decoder
 * refuses, and NUL bytes, at the same line and column, on text of many lines where ASCII runs (checked eight bytes
 * at a time) and other bytes alternate at every alignment.
 */
class Utf8CheckTest {

    static List<Long> seeds() {
        return RecordGenerator.seeds(500);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void refusesExactlyWhatTheStrictDecoderRefusesAtTheSamePlace(long seed) throws Exception {
        Random random = new Random(seed);
        byte[] bytes = text(random);
        int malformed = firstMalformed(bytes);
        Utf8Check whole = new Utf8Check();
        Utf8Check pieces = new Utf8Check();
        if (malformed < 0) {
            whole.feed(bytes, 0, bytes.length);
            whole.end();
            feedInPieces(pieces, bytes, random);
            pieces.end();
            return;
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < malformed; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int expectedLine = line;
        int expectedColumn = malformed - lineStart + 1;
        for (Utf8Check check : new Utf8Check[] {whole, pieces}) {
            assertThatThrownBy(() -> {
                        if (check == whole) {
                            check.feed(bytes, 0, bytes.length);
                        } else {
                            feedInPieces(check, bytes, new Random(seed));
                        }
                        check.end();
                    })
                    .as("seed %d", seed)
                    .isInstanceOfSatisfying(Utf8Check.Malformed.class, e -> {
                        assertThat(e.line).as("seed %d: line", seed).isEqualTo(expectedLine);
                        assertThat(e.column).as("seed %d: column", seed).isEqualTo(expectedColumn);
                    });
        }
    }

    private static void feedInPieces(Utf8Check check, byte[] bytes, Random random) throws Utf8Check.Malformed {
        // Pieces start at an offset inside a larger buffer, as a stream's reads do.
        int at = 0;
        while (at < bytes.length) {
            int length = Math.min(bytes.length - at, 1 + random.nextInt(24));
            int offset = random.nextInt(9);
            byte[] buffer = new byte[offset + length + random.nextInt(9)];
            System.arraycopy(bytes, at, buffer, offset, length);
            check.feed(buffer, offset, offset + length);
            at += length;
        }
    }

    /** Lines of ASCII of every length, with now and then a valid character or bad bytes. */
    private static byte[] text(Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean bad = random.nextInt(3) > 0;
        for (int part = 0, parts = 1 + random.nextInt(30); part < parts; part++) {
            for (int i = random.nextInt(20); i > 0; i--) {
                out.write(random.nextInt(5) == 0 ? '\n' : ' ' + random.nextInt(95));
            }
            if (random.nextInt(4) == 0) {
                int cp = new int[] {0xE9, 0x20AC, 0x1F600, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF}[random.nextInt(8)];
                byte[] valid = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                out.write(valid, 0, valid.length);
            } else if (bad && random.nextInt(30) == 0) {
                out.write(0); // valid UTF-8, but never in JSON text: refused too
            } else if (bad && random.nextInt(8) == 0) {
                out.write(new int[] {0xC0, 0xC1, 0xC2, 0xE0, 0xED, 0xF0, 0xF4, 0xF5, 0xFF, 0x80}[random.nextInt(10)]);
                for (int c = random.nextInt(4); c > 0; c--) {
                    out.write(0x80 + random.nextInt(0x40));
                }
            }
        }
        return out.toByteArray();
    }

    /** Where Java's strict decoder first fails, or the first NUL byte if that comes before; -1 if none. */
    private static int firstMalformed(byte[] bytes) {
        int decoder = StrictUtf8.firstMalformed(bytes);
        for (int i = 0; i < bytes.length && (decoder < 0 || i < decoder); i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return decoder;
    }
}
