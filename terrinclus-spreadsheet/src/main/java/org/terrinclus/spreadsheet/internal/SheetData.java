package org.terrinclus.spreadsheet.internal;

import java.util.ArrayList;
import java.util.List;

/** The cells of one sheet (or one CSV table), row by row, as read from a file. */
public final class SheetData {

    private final String name;
    private final List<List<RawCell>> rows = new ArrayList<>();

    public SheetData(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    /** The rows in file order; each holds its non-empty cells in column order. */
    public List<List<RawCell>> getRows() {
        return rows;
    }

    public void addRow(List<RawCell> cells) {
        rows.add(cells);
    }
}
