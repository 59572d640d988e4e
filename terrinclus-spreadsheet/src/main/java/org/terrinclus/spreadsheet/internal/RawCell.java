package org.terrinclus.spreadsheet.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One cell as a file gives it: text, or a number Excel typed (with its exact written digits), or
 * a date Excel typed; with its place (row and column counted from 1).
 */
public final class RawCell {

    private final int row;
    private final int column;
    private final String text;
    private final BigDecimal number;
    private final LocalDateTime date;

    private RawCell(int row, int column, String text, BigDecimal number, LocalDateTime date) {
        this.row = row;
        this.column = column;
        this.text = text;
        this.number = number;
        this.date = date;
    }

    public static RawCell text(int row, int column, String text) {
        return new RawCell(row, column, text, null, null);
    }

    public static RawCell number(int row, int column, BigDecimal number) {
        return new RawCell(row, column, number.toPlainString(), number, null);
    }

    public static RawCell date(int row, int column, LocalDateTime date, BigDecimal serial) {
        return new RawCell(row, column, serial.toPlainString(), serial, date);
    }

    public int getRow() {
        return row;
    }

    public int getColumn() {
        return column;
    }

    /** The text of the cell; for a typed number, its digits written plain. */
    public String getText() {
        return text;
    }

    public boolean isNumber() {
        return number != null && date == null;
    }

    public boolean isDate() {
        return date != null;
    }

    public BigDecimal getNumber() {
        return number;
    }

    public LocalDateTime getDate() {
        return date;
    }

    public boolean isBlank() {
        return number == null && text.isBlank();
    }
}
