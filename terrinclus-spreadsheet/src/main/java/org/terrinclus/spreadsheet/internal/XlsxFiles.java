package org.terrinclus.spreadsheet.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Writes and reads workbooks with fastexcel, streaming. Text is always written as a string cell,
 * never as a formula, so that a value starting with {@code =} stays text when the workbook is
 * opened; numbers are written with their exact digits.
 */
public final class XlsxFiles {

    private XlsxFiles() {}

    /** One sheet to write: its name, headings and rows of cells ({@code null}, text, or number). */
    public static final class SheetOut {
        final String name;
        final List<String> headings;
        final Iterable<List<Object>> rows;

        public SheetOut(String name, List<String> headings, Iterable<List<Object>> rows) {
            this.name = name;
            this.headings = headings;
            this.rows = rows;
        }
    }

    /** Decorates a workbook after its data sheets are written (a template's lists and notes). */
    public interface Extra {
        void write(Workbook workbook, List<Worksheet> dataSheets) throws IOException;
    }

    public static void write(List<SheetOut> sheets, OutputStream out, Extra extra) throws IOException {
        Workbook workbook = new Workbook(out, "Terrinclus", "1.0");
        List<Worksheet> written = new ArrayList<>();
        for (SheetOut sheet : sheets) {
            Worksheet ws = workbook.newWorksheet(sheet.name);
            written.add(ws);
            for (int c = 0; c < sheet.headings.size(); c++) {
                ws.value(0, c, encode(sheet.headings.get(c)));
                ws.style(0, c).bold().set();
                ws.width(c, Math.min(60, Math.max(12, sheet.headings.get(c).length() + 2)));
            }
            ws.freezePane(0, 1);
            int r = 1;
            for (List<Object> row : sheet.rows) {
                for (int c = 0; c < row.size(); c++) {
                    Object cell = row.get(c);
                    if (cell instanceof BigDecimal) {
                        ws.value(r, c, new PlainNumber((BigDecimal) cell));
                    } else if (cell != null) {
                        String text = (String) cell;
                        if (text.length() > MAX_CELL_CHARS) {
                            throw new IllegalArgumentException("A text of " + text.length()
                                    + " characters, more than a spreadsheet cell holds (" + MAX_CELL_CHARS
                                    + "), would go to "
                                    + org.terrinclus.spreadsheet.CellLocation.of(sheet.name, r + 1, c + 1)
                                    + ": write this record as JSON or CSV");
                        }
                        ws.value(r, c, encode(text)); // a string cell: never a formula
                    }
                }
                r++;
                if (extra == null && r % 1000 == 0) {
                    ws.flush(); // streams the rows written so far: memory stays bounded
                }
            }
            if (extra == null) {
                ws.finish(); // one sheet at a time: the next one starts its own part of the zip
            }
        }
        if (extra != null) {
            extra.write(workbook, written);
        }
        workbook.finish();
    }

    /** Reads every sheet of a workbook already checked by {@link ZipGuard}. */
    public static List<SheetData> read(byte[] xlsx, SheetLimits limits) throws IOException, ZipGuard.Refusal {
        List<SheetData> sheets = new ArrayList<>();
        try (ReadableWorkbook workbook =
                new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
            List<Sheet> all;
            try (Stream<Sheet> stream = workbook.getSheets()) {
                all = new ArrayList<>();
                Iterator<Sheet> it = stream.iterator();
                while (it.hasNext()) {
                    all.add(it.next());
                    if (all.size() > limits.getMaxSheets()) {
                        throw new ZipGuard.Refusal(
                                "le classeur a plus de " + limits.getMaxSheets() + " feuilles",
                                "the workbook has more than " + limits.getMaxSheets() + " sheets",
                                true);
                    }
                }
            }
            long cells = 0;
            for (Sheet sheet : all) {
                SheetData data = new SheetData(sheet.getName());
                sheets.add(data);
                try (Stream<Row> rows = sheet.openStream()) {
                    Iterator<Row> it = rows.iterator();
                    while (it.hasNext()) {
                        Row row = it.next();
                        List<RawCell> raw = new ArrayList<>();
                        for (Cell cell : row) {
                            if (cell == null) {
                                continue;
                            }
                            if (++cells > limits.getMaxCells()) {
                                throw new ZipGuard.Refusal(
                                        "le classeur a plus de " + limits.getMaxCells() + " cellules",
                                        "the workbook has more than " + limits.getMaxCells() + " cells",
                                        true);
                            }
                            RawCell value = cell(row.getRowNum(), cell, workbook.isDate1904());
                            if (value != null) {
                                if (value.getText().length() > limits.getMaxCellChars()) {
                                    throw new ZipGuard.Refusal(
                                            "une cellule a plus de " + limits.getMaxCellChars() + " caractères",
                                            "a cell has more than " + limits.getMaxCellChars() + " characters",
                                            true);
                                }
                                raw.add(value);
                            }
                        }
                        data.addRow(raw);
                    }
                }
            }
        }
        return sheets;
    }

    private static RawCell cell(int rowNumber, Cell cell, boolean date1904) {
        int column = cell.getColumnIndex() + 1;
        String raw = cell.getRawValue();
        switch (cell.getType()) {
            case EMPTY:
                return null;
            case NUMBER:
                if (raw == null || raw.isBlank()) {
                    return null;
                }
                BigDecimal number;
                try {
                    number = new BigDecimal(raw.strip());
                } catch (NumberFormatException e) {
                    return RawCell.text(rowNumber, column, raw);
                }
                if (isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
                    LocalDateTime date = date(number, date1904);
                    if (date != null) {
                        return RawCell.date(rowNumber, column, date, number);
                    }
                }
                return RawCell.number(rowNumber, column, number);
            case STRING:
                String text = cell.getText();
                return RawCell.text(rowNumber, column, text == null ? "" : decode(text));
            default: // a formula's last value, a boolean, an error: as the text the workbook shows
                return RawCell.text(rowNumber, column, raw == null ? "" : raw);
        }
    }

    /** The most characters a cell holds, in Excel as in this reader. */
    static final int MAX_CELL_CHARS = 32_767;

    private static final java.util.regex.Pattern ESCAPE = java.util.regex.Pattern.compile("_x([0-9A-Fa-f]{4})_");

    /**
     * Writes a text so that XML can hold it, as Excel does (ECMA-376 {@code ST_Xstring}): a
     * character that XML 1.0 cannot hold (a control character, a lone surrogate) becomes {@code
     * _xHHHH_}, and an underscore that starts such a sequence in the text itself becomes {@code
     * _x005F_}. {@link #decode} gives back the exact text.
     */
    static String encode(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = null;
            if (c == '_' && ESCAPE.matcher(text).region(i, text.length()).lookingAt()) {
                replacement = "_x005F_";
            } else if (!isXmlChar(text, i)) {
                replacement = String.format(java.util.Locale.ROOT, "_x%04X_", (int) c);
            }
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    static String decode(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        java.util.regex.Matcher m = ESCAPE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start()).append((char) Integer.parseInt(m.group(1), 16));
            last = m.end();
        }
        return out.append(text, last, text.length()).toString();
    }

    /** True if the UTF-16 unit at {@code i} is (part of) a character XML 1.0 can hold. */
    private static boolean isXmlChar(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }

    /** Excel's own date and time formats, and any custom format that writes days, months or years. */
    static boolean isDateFormat(Integer id, String format) {
        if (id != null && ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))) {
            return true;
        }
        if (format == null) {
            return false;
        }
        String bare =
                format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").replaceAll("\\\\.", "");
        return bare.matches("(?i).*[dmy].*") && !bare.matches("(?i).*[#0?].*");
    }

    private static LocalDateTime date(BigDecimal serial, boolean date1904) {
        if (serial.signum() < 0 || serial.compareTo(BigDecimal.valueOf(2_958_465)) > 0) {
            return null; // beyond 9999-12-31: not a date
        }
        double days = serial.doubleValue();
        LocalDateTime base = date1904 ? LocalDateTime.of(1904, 1, 1, 0, 0) : LocalDateTime.of(1899, 12, 30, 0, 0);
        long whole = (long) Math.floor(days);
        long seconds = Math.round((days - whole) * 86_400);
        return base.plusDays(whole).plusSeconds(seconds);
    }

    /** A number whose text is its plain digits: fastexcel writes a number as its text. */
    static final class PlainNumber extends Number {
        private static final long serialVersionUID = 1L;
        private final BigDecimal value;

        PlainNumber(BigDecimal value) {
            this.value = value;
        }

        @Override
        public int intValue() {
            return value.intValue();
        }

        @Override
        public long longValue() {
            return value.longValue();
        }

        @Override
        public float floatValue() {
            return value.floatValue();
        }

        @Override
        public double doubleValue() {
            return value.doubleValue();
        }

        @Override
        public String toString() {
            return value.toPlainString();
        }
    }
}
