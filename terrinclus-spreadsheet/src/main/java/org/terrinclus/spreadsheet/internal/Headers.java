package org.terrinclus.spreadsheet.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The headings of each table and the names of its sheet, in the three forms a file may use
 * (paths, French titles, English titles), and the matching of a file's headings to columns.
 */
public final class Headers {

    /** Paths, French titles or English titles. */
    public enum Style {
        PATHS,
        FRENCH,
        ENGLISH
    }

    /** What a heading of a file designates. */
    public static final class Target {
        /** The column of values, or {@code null} for a key column. */
        public final Layout.Column column;
        /** -1 for the record id, else the index of the ancestor array whose position it gives. */
        public final int key;
        /** True when the heading is a path: numbers in the machine form. */
        public final boolean path;

        Target(Layout.Column column, int key, boolean path) {
            this.column = column;
            this.key = key;
            this.path = path;
        }
    }

    private Headers() {}

    /** The heading path of the column that gives the position of a row in an array. */
    public static String positionPath(Field array) {
        return array.getPath() + "/#";
    }

    /** The headings of a table, in order: the keys of a repeated part, then its values. */
    public static List<String> headings(Layout.Table table, Style style) {
        List<String> headings = new ArrayList<>();
        if (!table.isMain()) {
            headings.add(style == Style.PATHS ? "id" : Titles.recordId(style == Style.FRENCH));
            for (Field ancestor : table.getAncestors()) {
                headings.add(
                        style == Style.PATHS
                                ? positionPath(ancestor)
                                : Titles.position(ancestor, style == Style.FRENCH));
            }
        }
        for (Layout.Column column : table.getColumns()) {
            headings.add(style == Style.PATHS ? column.getPath() : Titles.column(column, style == Style.FRENCH));
        }
        return headings;
    }

    /** The name of a table's sheet in a workbook. */
    public static String sheetName(Layout.Table table, Style style) {
        return Titles.sheet(table, style == Style.FRENCH);
    }

    /** The name of a table's file in a zip of CSV files, without {@code .csv}. */
    public static String fileName(Layout.Table table, Style style) {
        if (style != Style.PATHS) {
            return sheetName(table, style);
        }
        return table.isMain() ? "records" : table.getPath().replace("/0/", ".").replace('/', '.');
    }

    /** The table a sheet or CSV file holds, by any of its names. */
    public static Optional<Layout.Table> table(String name) {
        String key = CodeLists.key(name.replaceAll("(?i)\\.csv$", ""));
        for (Layout.Table table : Layout.get().getTables()) {
            for (Style style : Style.values()) {
                if (CodeLists.key(sheetName(table, style)).equals(key)
                        || CodeLists.key(fileName(table, style)).equals(key)) {
                    return Optional.of(table);
                }
            }
        }
        return Optional.empty();
    }

    /** The headings a table accepts, in every form, normalised. */
    public static Map<String, Target> targets(Layout.Table table) {
        Map<String, Target> targets = new TreeMap<>();
        if (!table.isMain()) {
            targets.put("id", new Target(null, -1, true));
            targets.put(CodeLists.key(Titles.recordId(true)), new Target(null, -1, false));
            targets.put(CodeLists.key(Titles.recordId(false)), new Target(null, -1, false));
            List<Field> ancestors = table.getAncestors();
            for (int i = 0; i < ancestors.size(); i++) {
                targets.put(CodeLists.key(positionPath(ancestors.get(i))), new Target(null, i, true));
                targets.put(CodeLists.key(Titles.position(ancestors.get(i), true)), new Target(null, i, false));
                targets.put(CodeLists.key(Titles.position(ancestors.get(i), false)), new Target(null, i, false));
            }
        }
        for (Layout.Column column : table.getColumns()) {
            targets.put(CodeLists.key(column.getPath()), new Target(column, 0, true));
            targets.putIfAbsent(CodeLists.key(Titles.column(column, true)), new Target(column, 0, false));
            targets.putIfAbsent(CodeLists.key(Titles.column(column, false)), new Target(column, 0, false));
        }
        return targets;
    }

    /** A heading as written, normalised for matching; array indices in paths are all read as 0. */
    public static String normalise(String heading) {
        return CodeLists.key(heading.replaceAll("/\\d+(?=/|$)", "/0"));
    }
}
