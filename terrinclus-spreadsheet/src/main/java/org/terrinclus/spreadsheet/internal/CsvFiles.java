package org.terrinclus.spreadsheet.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes and reads CSV tables as Excel in France does: UTF-8 with a byte-order mark (or
 * Windows-1252), semicolons, CRLF. A text cell that a spreadsheet would run as a formula (it
 * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) is written
 * after an apostrophe, which spreadsheets show as text and this reader removes again.
 */
public final class CsvFiles {

    private static final String DANGEROUS = "=+-@\t\r";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvFiles() {}

    /** How a CSV file was read, for a finding when it was not certain. */
    public static final class Dialect {
        public final Charset charset;
        public final char delimiter;
        /** What was uncertain, in French and English; {@code null} when nothing was. */
        public final String doubtFr;

        public final String doubtEn;

        Dialect(Charset charset, char delimiter, String doubtFr, String doubtEn) {
            this.charset = charset;
            this.delimiter = delimiter;
            this.doubtFr = doubtFr;
            this.doubtEn = doubtEn;
        }
    }

    /** Writes one table: headings, then rows of cells ({@code null}, text or number). */
    public static void write(List<String> headings, Iterable<List<Object>> rows, boolean decimalComma, OutputStream out)
            throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF'); // Excel needs the byte-order mark to read UTF-8
        CSVPrinter printer = new CSVPrinter(
                writer,
                CSVFormat.Builder.create()
                        .setDelimiter(';')
                        .setQuote('"')
                        .setRecordSeparator("\r\n")
                        .setQuoteMode(QuoteMode.MINIMAL)
                        .get());
        List<String> cells = new ArrayList<>();
        for (String heading : headings) {
            cells.add(escape(heading));
        }
        printer.printRecord(cells);
        for (List<Object> row : rows) {
            cells.clear();
            for (Object cell : row) {
                if (cell == null) {
                    cells.add("");
                } else if (cell instanceof BigDecimal) {
                    String plain = ((BigDecimal) cell).toPlainString();
                    cells.add(decimalComma ? plain.replace('.', ',') : plain);
                } else {
                    String text = (String) cell;
                    if (text.length() > 32_767) {
                        throw new IllegalArgumentException("A text of " + text.length()
                                + " characters, more than a spreadsheet cell holds (32767): write this record as JSON");
                    }
                    cells.add(escape(text));
                }
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }

    /**
     * Makes a text cell safe to open: an apostrophe before a text that a spreadsheet would run as
     * a formula, and before a text that already starts with an apostrophe followed by such a
     * character (or by another apostrophe), so that {@link #unescape} gives back the exact text.
     */
    static String escape(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        if (DANGEROUS.indexOf(first) >= 0) {
            return "'" + text;
        }
        if (first == '\'' && text.length() > 1 && (DANGEROUS.indexOf(text.charAt(1)) >= 0 || text.charAt(1) == '\'')) {
            return "'" + text;
        }
        return text;
    }

    static String unescape(String text) {
        if (text.length() > 1
                && text.charAt(0) == '\''
                && (DANGEROUS.indexOf(text.charAt(1)) >= 0 || text.charAt(1) == '\'')) {
            return text.substring(1);
        }
        return text;
    }

    /** Finds the encoding and the separator of a CSV file. */
    public static Dialect dialect(byte[] bytes) {
        Charset charset;
        String doubtFr = null;
        String doubtEn = null;
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            charset = StandardCharsets.UTF_8;
        } else if (isUtf8(bytes)) {
            charset = StandardCharsets.UTF_8;
        } else {
            charset = WINDOWS_1252;
            doubtFr = "le fichier n'est pas en UTF-8 : il est lu en Windows-1252 (l'encodage d'Excel en France)";
            doubtEn = "the file is not UTF-8: it is read as Windows-1252 (the encoding of Excel in France)";
        }
        String head = new String(bytes, start, Math.min(bytes.length, 65536), charset);
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        char delimiter = ';';
        if (commas > semicolons && commas >= tabs) {
            delimiter = ',';
        } else if (tabs > semicolons && tabs > commas) {
            delimiter = '\t';
        }
        int best = Math.max(semicolons, Math.max(commas, tabs));
        int ties = (semicolons == best ? 1 : 0) + (commas == best ? 1 : 0) + (tabs == best ? 1 : 0);
        if (best > 0 && ties > 1) {
            String fr = "la première ligne a autant de séparateurs de plusieurs sortes : le point-virgule est pris";
            String en = "the first line has as many separators of several kinds: the semicolon is taken";
            doubtFr = doubtFr == null ? fr : doubtFr + " ; " + fr;
            doubtEn = doubtEn == null ? en : doubtEn + "; " + en;
        }
        return new Dialect(charset, delimiter, doubtFr, doubtEn);
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Reads one CSV table; cells are text, with the apostrophe of an escaped formula removed. */
    public static SheetData read(String name, byte[] bytes, Dialect dialect, SheetLimits limits)
            throws IOException, ZipGuard.Refusal {
        String text = new String(bytes, dialect.charset);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        SheetData sheet = new SheetData(name);
        long cells = 0;
        try (Reader reader = new StringReader(text);
                CSVParser parser = CSVParser.builder()
                        .setReader(reader)
                        .setFormat(CSVFormat.Builder.create()
                                .setDelimiter(dialect.delimiter)
                                .setQuote('"')
                                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
                                .setIgnoreEmptyLines(false)
                                .get())
                        .get()) {
            for (CSVRecord record : parser) {
                int row = (int) record.getRecordNumber();
                List<RawCell> raw = new ArrayList<>();
                for (int c = 0; c < record.size(); c++) {
                    if (++cells > limits.getMaxCells()) {
                        throw new ZipGuard.Refusal(
                                "le tableau a plus de " + limits.getMaxCells() + " cellules",
                                "the table has more than " + limits.getMaxCells() + " cells",
                                true);
                    }
                    String value = record.get(c);
                    if (value.length() > limits.getMaxCellChars()) {
                        throw new ZipGuard.Refusal(
                                "une cellule a plus de " + limits.getMaxCellChars() + " caractères",
                                "a cell has more than " + limits.getMaxCellChars() + " characters",
                                true);
                    }
                    if (!value.isEmpty()) {
                        raw.add(RawCell.text(row, c + 1, unescape(value)));
                    }
                }
                sheet.addRow(raw);
            }
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw new IOException(ZipGuard.describe(e), e);
        }
        return sheet;
    }
}
