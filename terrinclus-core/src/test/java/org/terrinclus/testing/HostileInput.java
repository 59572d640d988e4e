package org.terrinclus.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * The catalogue of hostile input: one row per case — its name, how its bytes are made, and what
 * must come of it, strict and lenient, record by record: a finding (rule id, and line, column or
 * JSON Pointer where they matter) or an exact round trip. Bytes are generated on demand, in
 * constant memory, so that cases of 50 MB run in a 64 MB heap and nothing large is committed.
 *
 * <p>The library runs it in {@code terrinclus-json} ({@code HostileCatalogueTest}), the command
 * line in {@code terrinclus-examples} ({@code HostileCatalogueCommandTest}), both in a 64 MB
 * heap; {@code docs/hostile-input.md} lists it.
 */
public final class HostileInput {

    private HostileInput() {}

    /** How the bytes hold records. */
    public enum Shape {
        /** One record; also read as a bulk JSON file holding one. */
        RECORD(".json"),
        /** JSON Lines. */
        JSON_LINES(".jsonl"),
        /** A JSON array of records. */
        JSON_ARRAY(".json");

        /** The file extension the command line reads this shape by. */
        public final String extension;

        Shape(String extension) {
            this.extension = extension;
        }
    }

    /**
     * What must come of one record: a finding of this rule (the record is refused when it is an
     * error), or, when {@code rule} is null, the record read and written back to an equal record.
     */
    public static final class Outcome {
        /** The rule of the finding; null for a round trip. */
        public final String rule;
        /** For a round trip, a finding that must come with it (a warning, an information); or null. */
        public final String alongside;
        /** The finding's line, or 0 when it does not matter. */
        public final int line;
        /** The finding's column, or 0 when it does not matter. */
        public final int column;
        /** The finding's JSON Pointer, or null when it does not matter. */
        public final String pointer;

        private Outcome(String rule, String alongside, int line, int column, String pointer) {
            this.rule = rule;
            this.alongside = alongside;
            this.line = line;
            this.column = column;
            this.pointer = pointer;
        }

        /** True when the record must be read and round trip. */
        public boolean isRoundTrip() {
            return rule == null;
        }

        Outcome at(int line, int column) {
            return new Outcome(rule, alongside, line, column, pointer);
        }

        Outcome line(int line) {
            return new Outcome(rule, alongside, line, 0, pointer);
        }

        Outcome pointer(String pointer) {
            return new Outcome(rule, alongside, line, column, pointer);
        }

        @Override
        public String toString() {
            if (rule == null) {
                return "exact round trip" + (alongside == null ? "" : ", with `" + alongside + "`");
            }
            String where = (line > 0 ? " line " + line : "")
                    + (column > 0 ? " column " + column : "")
                    + (pointer != null ? " at `" + pointer + "`" : "");
            return "`" + rule + "`" + where;
        }
    }

    /** The record is refused with a finding of this rule. */
    static Outcome finding(String rule) {
        return new Outcome(rule, null, 0, 0, null);
    }

    /**
     * The record is read, and written back to an equal record.
     *
     * @return the outcome
     */
    public static Outcome roundTrip() {
        return new Outcome(null, null, 0, 0, null);
    }

    /** The record is read and round trips, with a finding of this rule that is not an error. */
    static Outcome roundTripWith(String rule) {
        return new Outcome(null, rule, 0, 0, null);
    }

    /**
     * One hostile case.
     *
     * @param name a short name, also the file name the command line reads it from
     * @param made how the bytes are made, for people
     * @param shape how the bytes hold records
     * @param bytes the bytes, generated anew at each call
     * @param size their length
     * @param strict the outcome of each record, read strictly
     * @param lenient the outcome of each record, read leniently
     * @param validation a rule the command line's validation must report too, or null
     */
    public record Case(
            String name,
            String made,
            Shape shape,
            Supplier<InputStream> bytes,
            long size,
            List<Outcome> strict,
            List<Outcome> lenient,
            String validation) {

        /** The file name for the command line. */
        public String fileName() {
            return name + shape.extension;
        }

        /** The bytes, whole: only for cases small enough to hold. */
        public byte[] allBytes() {
            try (InputStream in = bytes.get()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final String HEAD = "{\"formatVersion\":\"1.0\",\"id\":\"x\",";
    private static final String GOOD = HEAD + "\"title\":\"t\"}";
    private static final int MB = 1024 * 1024;

    private static String good(String id) {
        return "{\"formatVersion\":\"1.0\",\"id\":\"" + id + "\",\"title\":\"t\"}";
    }

    private static String amount(String number) {
        return HEAD + "\"title\":\"t\",\"funding\":[{\"contributions\":[{\"kind\":\"amount\",\"amount\":{\"amount\":"
                + number + ",\"currency\":\"EUR\"}}]}]}";
    }

    private static String figure(String number) {
        return HEAD + "\"title\":\"t\",\"keyFigures\":[{\"kind\":\"count\",\"value\":" + number + ",\"label\":\"l\"}]}";
    }

    private static String partners(String... names) {
        StringBuilder json = new StringBuilder(HEAD + "\"title\":\"t\",\"partners\":[");
        for (int i = 0; i < names.length; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"name\":\"")
                    .append(names[i])
                    .append("\",\"kind\":\"association\"}");
        }
        return json.append("]}").toString();
    }

    /** The column of the character after {@code before}, counting from 1. */
    private static int after(String before) {
        return before.getBytes(StandardCharsets.UTF_8).length + 1;
    }

    private static final String AMOUNT_POINTER = "/funding/0/contributions/0/amount/amount";
    private static final String FIGURE_POINTER = "/keyFigures/0/value";

    /** Every case, in the order of the documentation. */
    public static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        // ---- Syntax and size: the first round's cases.
        add(
                cases,
                "truncated",
                "a record cut before its closing brace",
                HEAD + "\"title\":\"t\"",
                finding("json.syntax").line(1));
        add(
                cases,
                "truncated-in-a-string",
                "a record cut inside a string",
                HEAD + "\"title\":\"t",
                finding("json.syntax").line(1));
        add(cases, "empty", "an empty file", "", finding("json.syntax"));
        add(cases, "only-whitespace", "blank lines only", "\n \r\n\t\n", finding("json.syntax"));
        add(
                cases,
                "not-json",
                "plain text",
                "Fiche de capitalisation : Aude\n",
                finding("json.syntax").at(1, 1));
        add(
                cases,
                "binary",
                "the first bytes of a PNG image",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13},
                finding("json.encoding").at(1, 1));
        add(
                cases,
                "trailing-content",
                "a good record, then more text",
                GOOD + " {}",
                finding("json.syntax").line(1));
        add(cases, "not-an-object", "a number where a record is expected", "42", finding("json.type"));
        add(
                cases,
                "null-title",
                "`\"title\": null`",
                HEAD + "\"title\":null}",
                finding("json.type").pointer("/title"));
        large(cases, "nesting-100000-deep", "100 000 `[` in a row", "", "[", 100_000, "", finding("json.limit"));
        large(
                cases,
                "nesting-in-an-unknown-field",
                "an unknown field holding 100 000 nested arrays",
                HEAD + "\"title\":\"t\",\"future\":",
                "[",
                100_000,
                "",
                finding("json.limit"),
                finding("json.limit"));
        large(
                cases,
                "number-of-a-million-digits",
                "a key figure of 1 000 000 digits",
                HEAD + "\"title\":\"t\",\"keyFigures\":[{\"kind\":\"count\",\"value\":",
                "1",
                1_000_000,
                ",\"label\":\"l\"}]}",
                finding("json.limit"));
        large(
                cases,
                "string-of-50-mb",
                "a title of 50 MB",
                HEAD + "\"title\":\"",
                "a",
                50 * MB,
                "\"}",
                finding("json.limit").pointer("/title"));
        large(
                cases,
                "key-of-50-mb",
                "one field name of 50 MB",
                HEAD + "\"title\":\"t\",\"",
                "k",
                50 * MB,
                "\":1}",
                finding("json.limit"));
        StringBuilder keys = new StringBuilder(HEAD + "\"title\":\"t\"");
        for (int i = 0; keys.length() < 3_900_000; i++) {
            keys.append(",\"").append("k".repeat(20_000)).append(i).append("\":1");
        }
        add(
                cases,
                "many-long-unknown-keys",
                "3.9 MB of unknown fields, each name 20 000 characters long",
                keys.append('}').toString(),
                finding("json.unknown-field"),
                roundTripWith("json.unknown-field"));
        add(
                cases,
                "duplicate-key",
                "`\"title\"` twice",
                HEAD + "\"title\":\"t\",\"title\":\"u\"}",
                finding("json.duplicate-key").pointer("/title"));
        // ---- Encoding.
        add(
                cases,
                "invalid-utf8-byte",
                "a byte FF in a title",
                bytes(HEAD + "\"title\":\"a", 0xFF, "\"}"),
                finding("json.encoding").at(1, after(HEAD + "\"title\":\"a")));
        add(
                cases,
                "overlong-c0-af",
                "`/` as the overlong C0 AF",
                bytes(HEAD + "\"title\":\"a", 0xC0, 0xAF, "\"}"),
                finding("json.encoding").at(1, after(HEAD + "\"title\":\"a")));
        add(
                cases,
                "overlong-e0-80-af",
                "`/` as the overlong E0 80 AF",
                bytes(HEAD + "\"title\":\"a", 0xE0, 0x80, 0xAF, "\"}"),
                finding("json.encoding").at(1, after(HEAD + "\"title\":\"a")));
        add(
                cases,
                "beyond-u10ffff",
                "F4 90 80 80, a code point above U+10FFFF",
                bytes(HEAD + "\"title\":\"a", 0xF4, 0x90, 0x80, 0x80, "\"}"),
                finding("json.encoding").at(1, after(HEAD + "\"title\":\"a")));
        add(
                cases,
                "encoded-surrogate",
                "ED A0 80, a surrogate encoded as UTF-8",
                bytes(HEAD + "\"title\":\"a", 0xED, 0xA0, 0x80, "\"}"),
                finding("json.encoding").at(1, after(HEAD + "\"title\":\"a")));
        add(
                cases,
                "overlong-f0-80-80-af",
                "`/` as the overlong F0 80 80 AF",
                bytes(HEAD + "\"title\":\"a", 0xF0, 0x80, 0x80, 0xAF, "\"}"),
                finding("json.encoding").at(1, after(HEAD + "\"title\":\"a")));
        add(
                cases,
                "beyond-f7-bf-bf-bf",
                "F7 BF BF BF, a four-byte form beyond Unicode",
                bytes(HEAD + "\"title\":\"a", 0xF7, 0xBF, 0xBF, 0xBF, "\"}"),
                finding("json.encoding").at(1, after(HEAD + "\"title\":\"a")));
        add(
                cases,
                "cut-sequence",
                "E2 82, a three-byte sequence cut short",
                bytes(HEAD + "\"title\":\"a", 0xE2, 0x82, "b\"}"),
                finding("json.encoding").at(1, after(HEAD + "\"title\":\"a")));
        add(
                cases,
                "escaped-lone-surrogate",
                "`\"\\ud800\"` in a title",
                HEAD + "\"title\":\"a\\ud800\"}",
                finding("json.encoding").line(1));
        add(
                cases,
                "escaped-surrogate-pair",
                "`\"\\ud83d\\ude00\"` in a title",
                HEAD + "\"title\":\"\\ud83d\\ude00\"}",
                roundTrip());
        add(
                cases,
                "nul-byte",
                "a raw NUL byte inside a title",
                bytes(HEAD + "\"title\":\"a", 0x00, "\"}"),
                finding("json.encoding").at(1, after(HEAD + "\"title\":\"a")));
        add(cases, "escaped-nul", "`\\u0000` inside a title", HEAD + "\"title\":\"a\\u0000b\"}", roundTrip());
        add(
                cases,
                "byte-order-mark",
                "a UTF-8 byte-order mark before a good record",
                bytes("", 0xEF, 0xBB, 0xBF, GOOD),
                roundTripWith("json.bom"));
        add(
                cases,
                "utf-16le",
                "a good record in UTF-16LE with its byte-order mark",
                withBom(GOOD, StandardCharsets.UTF_16LE, 0xFF, 0xFE),
                finding("json.encoding"));
        add(
                cases,
                "utf-16be",
                "a good record in UTF-16BE without byte-order mark (a parser would guess it from its zero bytes)",
                GOOD.getBytes(StandardCharsets.UTF_16BE),
                finding("json.encoding").at(1, 1));
        add(
                cases,
                "utf-32",
                "a good record in UTF-32BE",
                GOOD.getBytes(Charset.forName("UTF-32BE")),
                finding("json.encoding").at(1, 1));
        // ---- Numbers, periods, years: refused rather than rewritten.
        add(
                cases,
                "exponent-1e2-amount",
                "an amount `1e2`",
                amount("1e2"),
                finding("json.value").pointer(AMOUNT_POINTER));
        add(
                cases,
                "exponent-1E+3-figure",
                "a key figure `1E+3`",
                figure("1E+3"),
                finding("json.value").pointer(FIGURE_POINTER));
        add(
                cases,
                "exponent-1e-2-amount",
                "an amount `1e-2`",
                amount("1e-2"),
                finding("json.value").pointer(AMOUNT_POINTER));
        add(
                cases,
                "amount-1E+1000",
                "an amount `1E+1000`",
                amount("1E+1000"),
                finding("json.value").pointer(AMOUNT_POINTER));
        add(
                cases,
                "negative-zero",
                "an amount `-0`",
                amount("-0"),
                finding("json.value").pointer(AMOUNT_POINTER));
        add(
                cases,
                "negative-zero-point-zero",
                "a key figure `-0.0`",
                figure("-0.0"),
                finding("json.value").pointer(FIGURE_POINTER));
        add(
                cases,
                "period-P0Y1M",
                "a duration `P0Y1M`",
                HEAD + "\"title\":\"t\",\"dates\":{\"duration\":\"P0Y1M\"}}",
                finding("json.value").pointer("/dates/duration"));
        add(
                cases,
                "period-P1W",
                "a duration `P1W`",
                HEAD + "\"title\":\"t\",\"dates\":{\"duration\":\"P1W\"}}",
                finding("json.value").pointer("/dates/duration"));
        add(
                cases,
                "period-P01M",
                "a duration `P01M`",
                HEAD + "\"title\":\"t\",\"dates\":{\"duration\":\"P01M\"}}",
                finding("json.value").pointer("/dates/duration"));
        add(
                cases,
                "period-P1Y0D",
                "a duration `P1Y0D`",
                HEAD + "\"title\":\"t\",\"dates\":{\"duration\":\"P1Y0D\"}}",
                finding("json.value").pointer("/dates/duration"));
        add(
                cases,
                "exponent-0e0-figure",
                "a key figure `0e0`",
                figure("0e0"),
                finding("json.value").pointer(FIGURE_POINTER));
        add(
                cases,
                "year-99999",
                "a launch year 99999",
                HEAD + "\"title\":\"t\",\"dates\":{\"launch\":99999}}",
                finding("json.value").pointer("/dates/launch"));
        add(
                cases,
                "year-minus-5",
                "a launch year -5",
                HEAD + "\"title\":\"t\",\"dates\":{\"launch\":-5}}",
                finding("json.value").pointer("/dates/launch"));
        add(
                cases,
                "integer-too-large",
                "a launch year of 20 digits",
                HEAD + "\"title\":\"t\",\"dates\":{\"launch\":99999999999999999999}}",
                finding("json.value").pointer("/dates/launch"));
        // ---- Unknown fields: an error when strict; kept exactly, when lenient.
        add(
                cases,
                "unknown-field-empty-string",
                "an unknown field holding `\"\"`",
                HEAD + "\"title\":\"t\",\"future\":\"\"}",
                finding("json.unknown-field").pointer("/future"),
                roundTripWith("json.unknown-field"));
        add(
                cases,
                "unknown-field-blank-string",
                "an unknown field holding `\"  \"`",
                HEAD + "\"title\":\"t\",\"future\":\"  \"}",
                finding("json.unknown-field").pointer("/future"),
                roundTripWith("json.unknown-field"));
        add(
                cases,
                "unknown-field-two-values",
                "an unknown field holding `1 2`",
                HEAD + "\"title\":\"t\",\"future\":1 2}",
                finding("json.syntax").line(1));
        add(
                cases,
                "unknown-field-Title",
                "`\"Title\"`, a name that differs from a known one by case",
                HEAD + "\"title\":\"t\",\"Title\":\"u\"}",
                finding("json.unknown-field").pointer("/Title"),
                roundTripWith("json.unknown-field"));
        // ---- Text a person sees as blank or equal: kept as written; the rules judge it.
        add(
                cases,
                "zero-width-space-title",
                "a title made of U+200B",
                HEAD + "\"title\":\"\u200B\"}",
                roundTrip(),
                "title.missing");
        add(
                cases,
                "no-break-space-summary",
                "a summary of U+00A0",
                HEAD + "\"title\":\"t\",\"summary\":\"\u00A0\u00A0\u00A0\"}",
                roundTrip(),
                "summary.missing");
        add(
                cases,
                "em-space-partner-name",
                "a partner named with U+2003",
                partners("\u2003\u2003"),
                roundTrip(),
                "text.blank");
        add(
                cases,
                "invisible-characters-in-partner-names",
                "partners `Dschang`, `Dsch\\u200Bang`, `Dsch\\u00ADang`, `Dsch\\u200Dang`",
                partners("Dschang", "Dsch\u200Bang", "Dsch\u00ADang", "Dsch\u200Dang"),
                roundTrip(),
                "partner.duplicate");
        add(cases, "punctuation-only-partner-names", "partners `...` and `--`", partners("...", "--"), roundTrip());
        // ---- Bulk files.
        lines(
                cases,
                "jsonl-one-bad-line",
                "JSON Lines: good, truncated, good",
                good("a") + "\n" + HEAD + "\n" + good("c") + "\n",
                List.of(roundTrip(), finding("json.syntax").line(2), roundTrip()));
        lines(
                cases,
                "jsonl-crlf-truncated",
                "JSON Lines with CRLF: good, truncated, good",
                good("a") + "\r\n{\"formatVersion\":\"1.0\",\r\n" + good("c") + "\r\n",
                List.of(roundTrip(), finding("json.syntax").line(2), roundTrip()));
        lines(
                cases,
                "jsonl-bom-on-a-later-line",
                "JSON Lines whose second line starts with a byte-order mark",
                good("a") + "\n\uFEFF" + good("b") + "\n",
                List.of(roundTrip(), roundTripWith("json.bom")));
        lines(
                cases,
                "jsonl-blank-lines",
                "JSON Lines with blank lines between records",
                "\n" + good("a") + "\n\n  \n" + good("b") + "\n\n",
                List.of(roundTrip(), roundTrip()));
        cases.add(new Case(
                "jsonl-60-mb-line",
                "JSON Lines: good, a line of 60 MB, good",
                Shape.JSON_LINES,
                () -> repeated(good("a") + "\n" + HEAD + "\"title\":\"", "a", 60L * MB, "\"}\n" + good("c") + "\n"),
                good("a").length() + HEAD.length() + 10 + 60L * MB + good("c").length() + 3,
                List.of(roundTrip(), finding("json.limit").line(2), roundTrip()),
                List.of(roundTrip(), finding("json.limit").line(2), roundTrip()),
                null));
        int tiny = 50_000;
        cases.add(new Case(
                "jsonl-50000-tiny-records",
                "JSON Lines of 50 000 small records",
                Shape.JSON_LINES,
                () -> repeated("", good("r") + "\n", tiny, ""),
                (long) tiny * (good("r").length() + 1),
                Collections.nCopies(tiny, roundTrip()),
                Collections.nCopies(tiny, roundTrip()),
                null));
        String array = "[" + good("a") + "," + amount("1e2").replace("\"x\"", "\"b\"") + "," + good("c") + "]";
        cases.add(new Case(
                "array-one-bad-record",
                "a JSON array: good, an amount 1e2, good",
                Shape.JSON_ARRAY,
                () -> new ByteArrayInputStream(array.getBytes(StandardCharsets.UTF_8)),
                array.length(),
                List.of(roundTrip(), finding("json.value").pointer(AMOUNT_POINTER), roundTrip()),
                List.of(roundTrip(), finding("json.value").pointer(AMOUNT_POINTER), roundTrip()),
                null));
        String truncatedArray = "[" + good("a") + "," + good("b") + ",{\"formatVersion\":";
        cases.add(new Case(
                "array-truncated",
                "a JSON array cut inside its third record",
                Shape.JSON_ARRAY,
                () -> new ByteArrayInputStream(truncatedArray.getBytes(StandardCharsets.UTF_8)),
                truncatedArray.length(),
                List.of(roundTrip(), roundTrip(), finding("json.syntax")),
                List.of(roundTrip(), roundTrip(), finding("json.syntax")),
                null));
        return cases;
    }

    private static void add(List<Case> cases, String name, String made, String json, Outcome strict) {
        add(cases, name, made, json.getBytes(StandardCharsets.UTF_8), strict, strict, null);
    }

    private static void add(List<Case> cases, String name, String made, String json, Outcome strict, String rule) {
        add(cases, name, made, json.getBytes(StandardCharsets.UTF_8), strict, strict, rule);
    }

    private static void add(List<Case> cases, String name, String made, String json, Outcome strict, Outcome lenient) {
        add(cases, name, made, json.getBytes(StandardCharsets.UTF_8), strict, lenient, null);
    }

    private static void add(List<Case> cases, String name, String made, byte[] bytes, Outcome strict) {
        add(cases, name, made, bytes, strict, strict, null);
    }

    private static void add(
            List<Case> cases,
            String name,
            String made,
            byte[] bytes,
            Outcome strict,
            Outcome lenient,
            String validation) {
        cases.add(new Case(
                name,
                made,
                Shape.RECORD,
                () -> new ByteArrayInputStream(bytes),
                bytes.length,
                List.of(strict),
                List.of(lenient),
                validation));
    }

    private static void large(
            List<Case> cases,
            String name,
            String made,
            String head,
            String chunk,
            long times,
            String tail,
            Outcome outcome) {
        large(cases, name, made, head, chunk, times, tail, outcome, outcome);
    }

    private static void large(
            List<Case> cases,
            String name,
            String made,
            String head,
            String chunk,
            long times,
            String tail,
            Outcome strict,
            Outcome lenient) {
        cases.add(new Case(
                name,
                made,
                Shape.RECORD,
                () -> repeated(head, chunk, times, tail),
                head.length() + chunk.length() * times + tail.length(),
                List.of(strict),
                List.of(lenient),
                null));
    }

    private static void lines(List<Case> cases, String name, String made, String text, List<Outcome> outcomes) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        cases.add(new Case(
                name,
                made,
                Shape.JSON_LINES,
                () -> new ByteArrayInputStream(bytes),
                bytes.length,
                outcomes,
                outcomes,
                null));
    }

    /** Text, then raw bytes, then text (ints for bytes). */
    private static byte[] bytes(String before, Object... rest) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        for (Object part : rest) {
            if (part instanceof Integer) {
                out.write((Integer) part);
            } else {
                out.writeBytes(part.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    private static byte[] withBom(String text, Charset charset, int... bom) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int b : bom) {
            out.write(b);
        }
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }

    /** {@code head}, then {@code chunk} {@code times} times, then {@code tail}: made as read, never held. */
    public static InputStream repeated(String head, String chunk, long times, String tail) {
        byte[] one = chunk.getBytes(StandardCharsets.UTF_8);
        // Many copies per read, so that a 50 MB case is not read a few bytes at a time.
        int perBlock = (int) Math.max(1, Math.min(times, 8192 / Math.max(1, one.length)));
        byte[] block = new byte[one.length * perBlock];
        for (int i = 0; i < perBlock; i++) {
            System.arraycopy(one, 0, block, i * one.length, one.length);
        }
        InputStream middle = new InputStream() {
            private long left = times * one.length;
            private int at;

            @Override
            public int read() {
                byte[] b = new byte[1];
                return read(b, 0, 1) < 0 ? -1 : b[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left == 0) {
                    return -1;
                }
                int n = (int) Math.min(Math.min(len, left), block.length - at);
                System.arraycopy(block, at, b, off, n);
                at = (at + n) % block.length;
                left -= n;
                return n;
            }
        };
        return new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)),
                middle,
                new ByteArrayInputStream(tail.getBytes(StandardCharsets.UTF_8)))));
    }
}
