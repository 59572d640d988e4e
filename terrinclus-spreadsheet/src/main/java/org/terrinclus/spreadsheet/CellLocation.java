package org.terrinclus.spreadsheet;

import java.util.Objects;

/**
 * A cell of a spreadsheet: its sheet (or CSV table), its row counted from 1, and its column
 * letters, written as spreadsheets write it: {@code Financement!C7}. Findings of reading or
 * validating a spreadsheet are located with it, besides their JSON Pointer.
 */
public final class CellLocation {

    private final String sheet;
    private final int row;
    private final int column;

    private CellLocation(String sheet, int row, int column) {
        this.sheet = Objects.requireNonNull(sheet, "sheet");
        if (row < 1 || column < 1) {
            throw new IllegalArgumentException("Rows and columns count from 1, got " + row + ", " + column);
        }
        this.row = row;
        this.column = column;
    }

    /**
     * Returns the cell at a place.
     *
     * @param sheet the sheet's name, or the CSV file's table name
     * @param row the row, counted from 1
     * @param column the column, counted from 1 (A is 1)
     * @return the cell
     * @throws IllegalArgumentException if the row or column is below 1
     */
    public static CellLocation of(String sheet, int row, int column) {
        return new CellLocation(sheet, row, column);
    }

    /**
     * Returns the sheet's name.
     *
     * @return the name of the sheet, or of the CSV file's table
     */
    public String getSheet() {
        return sheet;
    }

    /**
     * Returns the row.
     *
     * @return the row, counted from 1
     */
    public int getRow() {
        return row;
    }

    /**
     * Returns the column's number.
     *
     * @return the column, counted from 1 (A is 1)
     */
    public int getColumn() {
        return column;
    }

    /**
     * Returns the column's letters.
     *
     * @return the letters, as {@code C} or {@code AB}
     */
    public String getColumnLetters() {
        StringBuilder letters = new StringBuilder();
        int rest = column;
        while (rest > 0) {
            int digit = (rest - 1) % 26;
            letters.insert(0, (char) ('A' + digit));
            rest = (rest - 1) / 26;
        }
        return letters.toString();
    }

    /**
     * Returns the cell's reference without the sheet.
     *
     * @return the reference, as {@code C7}
     */
    public String getCellReference() {
        return getColumnLetters() + row;
    }

    /**
     * Writes the cell as spreadsheets do: {@code Financement!C7}, with the sheet's name in single
     * quotes when it holds anything but letters, digits and underscores ({@code 'Chiffres clés'!B2}).
     */
    @Override
    public String toString() {
        String name = sheet.matches("[\\p{L}\\p{N}_]+") ? sheet : "'" + sheet.replace("'", "''") + "'";
        return name + "!" + getCellReference();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CellLocation
                && ((CellLocation) other).sheet.equals(sheet)
                && ((CellLocation) other).row == row
                && ((CellLocation) other).column == column;
    }

    @Override
    public int hashCode() {
        return Objects.hash(sheet, row, column);
    }
}
