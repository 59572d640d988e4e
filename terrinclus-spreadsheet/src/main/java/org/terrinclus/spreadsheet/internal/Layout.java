package org.terrinclus.spreadsheet.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The spreadsheet layout of the format: a main table with one row per record, and one table per
 * repeated part (an array of objects, or of free text), tied to its record by the record's id and,
 * when nested, to its parent rows by their numbers. Derived from the {@link FormatDescription}.
 */
public final class Layout {

    private static final Layout INSTANCE = new Layout(FormatDescription.get());

    private final List<Table> tables = new ArrayList<>();

    private Layout(FormatDescription description) {
        Table main = new Table(null, List.of());
        tables.add(main);
        walk(description.getRoot(), main, List.of());
    }

    /** The layout of the format this library reads and writes. */
    public static Layout get() {
        return INSTANCE;
    }

    /** The tables, the main one first, every table before the tables nested in it. */
    public List<Table> getTables() {
        return Collections.unmodifiableList(tables);
    }

    public Table getMain() {
        return tables.get(0);
    }

    /** The table of an array field, by its path ({@code funding/0/contributions}). */
    public Optional<Table> table(String arrayPath) {
        return tables.stream()
                .filter(table ->
                        table.getArray().map(a -> a.getPath().equals(arrayPath)).orElse(false))
                .findFirst();
    }

    /** The column of a field, by its path with {@code 0} for array items ({@code partners/0/name}). */
    public Optional<Column> column(String path) {
        for (Table table : tables) {
            for (Column column : table.getColumns()) {
                if (column.getPath().equals(path)) {
                    return Optional.of(column);
                }
            }
        }
        return Optional.empty();
    }

    private void walk(Field object, Table table, List<String> relative) {
        for (Field property : object.getProperties().values()) {
            List<String> path = append(relative, property.getName());
            switch (property.getKind()) {
                case SCALAR:
                    table.add(new Column(table, property, path, false));
                    break;
                case OBJECT:
                    walk(property, table, path);
                    break;
                case ARRAY:
                    Field items = property.getItems();
                    if (items.getKind() == Field.Kind.SCALAR && items.isCode()) {
                        table.add(new Column(table, property, path, true));
                    } else {
                        List<Field> ancestors = new ArrayList<>(table.getAncestors());
                        table.getArray().ifPresent(ancestors::add);
                        Table child = new Table(property, ancestors);
                        tables.add(child);
                        if (items.getKind() == Field.Kind.OBJECT) {
                            walk(items, child, List.of());
                        } else if (items.getKind() == Field.Kind.SCALAR) {
                            child.add(new Column(child, items, List.of(), false));
                        } else {
                            throw new IllegalStateException("An array of arrays cannot be laid out: " + property);
                        }
                    }
                    break;
                default:
                    throw new AssertionError(property.getKind());
            }
        }
    }

    private static List<String> append(List<String> list, String name) {
        List<String> copy = new ArrayList<>(list);
        copy.add(name);
        return List.copyOf(copy);
    }

    /** One table: the main table of records, or the rows of one repeated part. */
    public static final class Table {
        private final Field array;
        private final List<Field> ancestors;
        private final List<Column> columns = new ArrayList<>();

        Table(Field array, List<Field> ancestors) {
            this.array = array;
            this.ancestors = List.copyOf(ancestors);
        }

        /** The array whose items are this table's rows; empty for the main table. */
        public Optional<Field> getArray() {
            return Optional.ofNullable(array);
        }

        public boolean isMain() {
            return array == null;
        }

        /** The arrays this table is nested in, outermost first; each is a position column. */
        public List<Field> getAncestors() {
            return ancestors;
        }

        public List<Column> getColumns() {
            return Collections.unmodifiableList(columns);
        }

        /** The path of this table's array, {@code ""} for the main table. */
        public String getPath() {
            return array == null ? "" : array.getPath();
        }

        void add(Column column) {
            columns.add(column);
        }

        @Override
        public String toString() {
            return isMain() ? "(records)" : getPath();
        }
    }

    /** One column of values: a scalar field, or an array of codes written in one cell. */
    public static final class Column {
        private final Table table;
        private final Field field;
        private final List<String> relative;
        private final boolean joined;

        Column(Table table, Field field, List<String> relative, boolean joined) {
            this.table = table;
            this.field = field;
            this.relative = relative;
            this.joined = joined;
        }

        public Table getTable() {
            return table;
        }

        /** The scalar field, or the array of codes when {@link #isJoined()}. */
        public Field getField() {
            return field;
        }

        /** The scalar that each value is: the field itself, or the items of a joined array. */
        public Field getValueField() {
            return joined ? field.getItems() : field;
        }

        /** The names from the table's row object to the value; empty for an array of text. */
        public List<String> getRelative() {
            return relative;
        }

        /** True for an array of codes written in one cell, separated by semicolons. */
        public boolean isJoined() {
            return joined;
        }

        /** The heading of the column in the path layout: {@code funding/0/contributions/0/kind}. */
        public String getPath() {
            return field.getPath();
        }

        @Override
        public String toString() {
            return getPath();
        }
    }
}
