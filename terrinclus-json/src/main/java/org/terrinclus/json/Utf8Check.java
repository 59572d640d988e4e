package org.terrinclus.json;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Checks that bytes are well-formed UTF-8 (Unicode, table 3-7): no overlong form ({@code C0 AF}
 * read as {@code /}), no encoded surrogate, nothing beyond U+10FFFF, no cut sequence. The
 * parser decodes such bytes without a word, so they are refused here, before it sees them; so is
 * a NUL byte, which JSON never holds and which would let the parser take the bytes for UTF-16 or
 * UTF-32.
 * Fed in pieces, it keeps the line and column (in bytes, from 1) of what it has seen.
 */
final class Utf8Check {

    /** Bytes that are not well-formed UTF-8, with where the bad sequence starts. */
    static final class Malformed extends CharConversionException {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        Malformed(String message, int line, int column) {
            super(message + " at line " + line + ", column " + column);
            this.line = line;
            this.column = column;
        }
    }

    /** Continuation bytes still expected in the current sequence. */
    private int need;
    /** Bounds of the next continuation byte (the second byte of some sequences is narrower). */
    private int low = 0x80;

    private int high = 0xBF;
    /** The first byte of the current sequence, for the message. */
    private int lead;

    private int line = 1;
    private long offset;
    private long lineStart;
    private long sequenceStart;

    /** Checks the next bytes of the input. */
    void feed(byte[] bytes, int from, int to) throws Malformed {
        int i = from;
        while (i < to) {
            if (need == 0) {
                i = skipAscii(bytes, i, to, from);
                if (i >= to) {
                    break;
                }
            }
            int b = bytes[i] & 0xFF;
            if (need == 0) {
                if (b < 0x80) {
                    if (b == '\n') {
                        line++;
                        lineStart = offset + i - from + 1;
                    } else if (b == 0) {
                        sequenceStart = offset + i - from;
                        throw nul();
                    }
                } else {
                    sequenceStart = offset + i - from;
                    lead = b;
                    start(b);
                }
            } else {
                if (b < low || b > high) {
                    throw malformed(b >= 0x80 && b <= 0xBF ? narrowedReason() : "a cut sequence");
                }
                need--;
                low = 0x80;
                high = 0xBF;
            }
            i++;
        }
        offset += to - from;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_BITS = 0x7F7F7F7F7F7F7F7FL;
    private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;

    /**
     * Skips ASCII eight bytes at a time, counting line feeds; returns where the first word that is
     * not all ASCII starts. Most of a record is ASCII: checking it byte by byte would cost as much
     * as the parser's own decoding.
     */
    private int skipAscii(byte[] bytes, int i, int to, int from) {
        while (i + Long.BYTES <= to) {
            long word = (long) LONGS.get(bytes, i);
            // A non-ASCII byte, or a NUL: left to the byte-by-byte check.
            if ((word & HIGH_BITS) != 0 || zeroBytes(word) != 0) {
                return i;
            }
            long zeros = zeroBytes(word ^ LINE_FEEDS);
            if (zeros != 0) {
                line += Long.bitCount(zeros);
                int last = (63 - Long.numberOfLeadingZeros(zeros)) >>> 3;
                lineStart = offset + i + last - from + 1;
            }
            i += Long.BYTES;
        }
        return i;
    }

    /** The high bit of each byte of an ASCII word that is zero. */
    private static long zeroBytes(long word) {
        return ~(((word & LOW_BITS) + LOW_BITS) | word | LOW_BITS);
    }

    /**
     * A NUL byte is UTF-8, but JSON text never holds one raw (outside strings only whitespace
     * separates tokens; inside, a control character must be escaped): where one shows, the file is
     * almost always UTF-16 or UTF-32, which a parser would otherwise guess from its zero bytes.
     */
    private Malformed nul() {
        return new Malformed(
                "a NUL byte (0x00), which JSON text never holds: the file is probably UTF-16 or UTF-32, not UTF-8",
                line,
                (int) Math.min(Integer.MAX_VALUE, sequenceStart - lineStart + 1));
    }

    /** Checks that the input does not end inside a sequence. */
    void end() throws Malformed {
        if (need > 0) {
            throw malformed("a cut sequence");
        }
    }

    private void start(int b) throws Malformed {
        if (b >= 0xC2 && b <= 0xDF) {
            need = 1;
        } else if (b == 0xE0) {
            need = 2;
            low = 0xA0; // below is an overlong form
        } else if (b == 0xED) {
            need = 2;
            high = 0x9F; // above is a surrogate
        } else if (b >= 0xE1 && b <= 0xEF) {
            need = 2;
        } else if (b == 0xF0) {
            need = 3;
            low = 0x90; // below is an overlong form
        } else if (b >= 0xF1 && b <= 0xF3) {
            need = 3;
        } else if (b == 0xF4) {
            need = 3;
            high = 0x8F; // above is beyond U+10FFFF
        } else {
            throw malformed(
                    b == 0xC0 || b == 0xC1
                            ? "an overlong form"
                            : b >= 0xF5 && b <= 0xF7
                                    ? "a code point beyond U+10FFFF"
                                    : b < 0xC0 ? "a continuation byte without a lead byte" : "a byte UTF-8 never uses");
        }
    }

    /** Why a continuation byte is refused after a lead byte that narrows the next byte's range. */
    private String narrowedReason() {
        if (lead == 0xED) {
            return "an encoded surrogate";
        }
        if (lead == 0xF4) {
            return "a code point beyond U+10FFFF";
        }
        return "an overlong form";
    }

    private Malformed malformed(String reason) {
        String hex = Integer.toHexString(lead).toUpperCase(java.util.Locale.ROOT);
        return new Malformed("invalid UTF-8 bytes starting with 0x" + hex + " (" + reason + ")", line, (int)
                Math.min(Integer.MAX_VALUE, sequenceStart - lineStart + 1));
    }

    /** Checks a whole array. */
    static void check(byte[] bytes, int from, int to) throws Malformed {
        Utf8Check check = new Utf8Check();
        check.feed(bytes, from, to);
        check.end();
    }

    /** A stream that checks the bytes read through it. */
    static InputStream checking(InputStream in) {
        Utf8Check check = new Utf8Check();
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = in.read(b, off, len);
                if (n < 0) {
                    check.end();
                } else {
                    check.feed(b, off, off + n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                byte[] skipped = new byte[(int) Math.min(n, 8192)];
                int read = read(skipped, 0, skipped.length);
                return Math.max(read, 0);
            }
        };
    }
}
