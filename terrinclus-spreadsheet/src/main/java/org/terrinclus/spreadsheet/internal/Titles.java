package org.terrinclus.spreadsheet.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The French and English names of sheets and columns, made from the titles of the format's
 * description: a column's title is the titles of its fields from its sheet's rows
 * ({@code Financeur – Nom}), a sheet's name the title of its list. The only place that names them.
 */
public final class Titles {

    /** Sheet names, computed once: they must be unique, and at most 31 characters long. */
    private static final Map<String, String[]> SHEETS = sheets();

    private Titles() {}

    /** The name of a table's sheet; at most 31 characters, as spreadsheets require. */
    public static String sheet(Layout.Table table, boolean french) {
        return SHEETS.get(table.getPath())[french ? 0 : 1];
    }

    /** The title of a column, relative to its table: {@code Financeur – Nom}. */
    public static String column(Layout.Column column, boolean french) {
        List<String> relative = column.getRelative();
        if (relative.isEmpty()) { // the items of a list of text: named by the list
            return title(column.getTable().getArray().orElseThrow(), french);
        }
        Field from = column.getTable()
                .getArray()
                .map(Field::getItems)
                .orElse(FormatDescription.get().getRoot());
        List<String> words = new ArrayList<>();
        Field field = from;
        for (String name : relative) {
            field = field.getProperties().get(name);
            String title = title(field, french);
            if (words.isEmpty() || !words.get(words.size() - 1).equals(title)) {
                words.add(title); // "Montant – Montant" (an amount's amount) is just "Montant"
            }
        }
        return String.join(" – ", words);
    }

    /** The title of the column that numbers the rows of a list: {@code N° Financement}. */
    public static String position(Field array, boolean french) {
        return (french ? "N° " : "No. ") + title(array, french);
    }

    /** The title of the column that ties a row to its record: the record id's own title. */
    public static String recordId(boolean french) {
        return title(FormatDescription.get().getRoot().getProperties().get("id"), french);
    }

    /** A field's description, for the notes of a template. */
    public static String description(Field field, boolean french) {
        return field.getText() == null ? "" : field.getText().description(french ? Locale.FRENCH : Locale.ENGLISH);
    }

    static String title(Field field, boolean french) {
        return field.getText() == null
                ? field.getName()
                : field.getText().title(french ? Locale.FRENCH : Locale.ENGLISH);
    }

    /**
     * A list's title names its sheet; when two lists have the same title (the identifiers of the
     * lead, of a partner, of a funder), the title of a field above it is added, the nearest one
     * that keeps the name within 31 characters.
     */
    private static Map<String, String[]> sheets() {
        Map<String, String[]> names = new HashMap<>();
        for (int language = 0; language < 2; language++) {
            boolean french = language == 0;
            Map<String, Integer> counts = new HashMap<>();
            for (Layout.Table table : Layout.get().getTables()) {
                counts.merge(base(table, french), 1, Integer::sum);
            }
            for (Layout.Table table : Layout.get().getTables()) {
                String name = base(table, french);
                if (counts.get(name) > 1) {
                    for (Field up = table.getArray().orElseThrow().getParent().orElse(null);
                            up != null && up.getParent().isPresent();
                            up = up.getParent().orElse(null)) {
                        if (up.getName().equals("0")) {
                            continue;
                        }
                        String qualified = name + " – " + title(up, french);
                        if (qualified.length() <= 31) {
                            name = qualified;
                            break;
                        }
                    }
                }
                name = name.replaceAll("[\\[\\]:*?/\\\\]", " ");
                names.computeIfAbsent(table.getPath(), path -> new String[2])[language] =
                        name.length() > 31 ? name.substring(0, 31) : name;
            }
        }
        return names;
    }

    private static String base(Layout.Table table, boolean french) {
        return table.isMain()
                ? (french ? "Fiches" : "Records")
                : title(table.getArray().orElseThrow(), french);
    }
}
