package org.terrinclus.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain text table, columns aligned with spaces: a title, a header, rows, and optional footer
 * rows under a rule (totals).
 */
final class TextTable {

    private final String title;
    private final List<String> headers = new ArrayList<>();
    private final List<Boolean> rightAligned = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();
    private final List<List<String>> footer = new ArrayList<>();
    private final List<Integer> maxWidths = new ArrayList<>();

    TextTable(String title) {
        this.title = title;
    }

    /** Adds a left-aligned column (text). */
    TextTable left(String header) {
        headers.add(header);
        rightAligned.add(false);
        maxWidths.add(Integer.MAX_VALUE);
        return this;
    }

    /** Adds a right-aligned column (numbers). */
    TextTable right(String header) {
        headers.add(header);
        rightAligned.add(true);
        maxWidths.add(Integer.MAX_VALUE);
        return this;
    }

    /** Adds a left-aligned column whose longer cells are wrapped on spaces at the given width. */
    TextTable wrapped(String header, int width) {
        left(header);
        maxWidths.set(maxWidths.size() - 1, width);
        return this;
    }

    TextTable row(Object... cells) {
        rows.add(cells(cells));
        return this;
    }

    TextTable footer(Object... cells) {
        footer.add(cells(cells));
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    private List<String> cells(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
        }
        List<String> row = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            row.add(cell == null ? "" : cell.toString());
        }
        return row;
    }

    void print(PrintWriter out) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
        }
        for (List<List<String>> part : List.of(rows, footer)) {
            for (List<String> row : part) {
                for (List<String> line : wrap(row)) {
                    for (int i = 0; i < widths.length; i++) {
                        widths[i] = Math.max(widths[i], line.get(i).length());
                    }
                }
            }
        }
        int total = 0;
        for (int width : widths) {
            total += width;
        }
        total += 2 * (widths.length - 1);
        out.println(title);
        out.println("=".repeat(Math.max(title.length(), 1)));
        out.println(line(headers, widths));
        String rule = "-".repeat(total);
        out.println(rule);
        rows.forEach(row -> wrap(row).forEach(line -> out.println(line(line, widths))));
        if (!footer.isEmpty()) {
            out.println(rule);
            footer.forEach(row -> wrap(row).forEach(line -> out.println(line(line, widths))));
        }
        out.println();
    }

    /** Prints the rows only, aligned, without title, header or rules. */
    void printRows(PrintWriter out) {
        int[] widths = new int[headers.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        rows.forEach(row -> out.println("  " + line(row, widths)));
    }

    /** The printed lines of a row: one, or more when a wrapped column's cell is longer than its width. */
    private List<List<String>> wrap(List<String> row) {
        List<List<String>> lines = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
            List<String> parts = wrap(row.get(i), maxWidths.get(i));
            for (int j = 0; j < parts.size(); j++) {
                if (lines.size() <= j) {
                    List<String> blank = new ArrayList<>();
                    row.forEach(cell -> blank.add(""));
                    lines.add(blank);
                }
                lines.get(j).set(i, parts.get(j));
            }
        }
        return lines;
    }

    private static List<String> wrap(String text, int width) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width);
            if (cut <= 0) {
                cut = rest.indexOf(' ', width);
                if (cut < 0) {
                    break;
                }
            }
            parts.add(rest.substring(0, cut));
            rest = rest.substring(cut + 1);
        }
        parts.add(rest);
        return parts;
    }

    private String line(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            if (i > 0) {
                line.append("  ");
            }
            String cell = cells.get(i);
            String padding = " ".repeat(widths[i] - cell.length());
            line.append(rightAligned.get(i) ? padding + cell : cell + padding);
        }
        return stripTrailing(line.toString());
    }

    private static String stripTrailing(String text) {
        return text.stripTrailing();
    }
}
