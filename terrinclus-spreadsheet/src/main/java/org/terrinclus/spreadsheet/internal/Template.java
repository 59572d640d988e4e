package org.terrinclus.spreadsheet.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Worksheet;

/**
 * The fillable template: the layout's sheets with titled columns and no rows, a drop-down list
 * on every column that takes a code, a hidden sheet with the lists, and a notes sheet that says
 * what each column holds.
 */
public final class Template {

    /** The notes sheet, in French and English, and the hidden sheet of lists: not data. */
    public static final String NOTES_FR = "Notes";

    public static final String NOTES_EN = "Notes";
    public static final String LISTS = "Listes";

    /** Rows offered for filling in, with their drop-down lists. */
    static final int ROWS = 1000;

    private Template() {}

    public static void write(boolean french, OutputStream out) throws IOException {
        Headers.Style style = french ? Headers.Style.FRENCH : Headers.Style.ENGLISH;
        List<XlsxFiles.SheetOut> sheets = new ArrayList<>();
        for (Layout.Table table : Layout.get().getTables()) {
            sheets.add(
                    new XlsxFiles.SheetOut(Headers.sheetName(table, style), Headers.headings(table, style), List.of()));
        }
        XlsxFiles.write(sheets, out, (workbook, dataSheets) -> {
            // One column of the lists sheet per code list, in the order first met.
            Map<String, List<CodeLists.Code>> lists = new LinkedHashMap<>();
            Map<String, Field> fields = new LinkedHashMap<>();
            for (Layout.Table table : Layout.get().getTables()) {
                for (Layout.Column column : table.getColumns()) {
                    Optional<String> list = CodeLists.listOf(column.getValueField());
                    if (list.isPresent() && !lists.containsKey(list.get())) {
                        lists.put(list.get(), CodeLists.codes(list.get()));
                        fields.put(list.get(), column.getValueField());
                    }
                }
            }
            Worksheet listSheet = workbook.newWorksheet(LISTS);
            Map<String, String> ranges = new LinkedHashMap<>();
            int c = 0;
            for (Map.Entry<String, List<CodeLists.Code>> list : lists.entrySet()) {
                List<CodeLists.Code> codes = list.getValue();
                listSheet.value(0, c, list.getKey());
                for (int r = 0; r < codes.size(); r++) {
                    listSheet.value(r + 1, c, codes.get(r).getLabel(french));
                }
                String letters = org.terrinclus.spreadsheet.CellLocation.of(LISTS, 1, c + 1)
                        .getColumnLetters();
                ranges.put(list.getKey(), LISTS + "!$" + letters + "$2:$" + letters + "$" + (codes.size() + 1));
                c++;
            }
            listSheet.setVisibilityState(VisibilityState.HIDDEN);
            List<Layout.Table> tables = Layout.get().getTables();
            for (int t = 0; t < tables.size(); t++) {
                Layout.Table table = tables.get(t);
                Worksheet ws = dataSheets.get(t);
                int keys = table.isMain() ? 0 : 1 + table.getAncestors().size();
                List<Layout.Column> columns = table.getColumns();
                for (int i = 0; i < columns.size(); i++) {
                    Layout.Column column = columns.get(i);
                    Optional<String> list = CodeLists.listOf(column.getValueField());
                    if (list.isEmpty()) {
                        continue;
                    }
                    // A warning, not a refusal: a cell of several codes ("Jeunesse; Femmes") stays possible.
                    ws.range(1, keys + i, ROWS, keys + i)
                            .validateWithListByFormula(ranges.get(list.get()))
                            .allowBlank(true)
                            .showDropdown(true)
                            .errorStyle(
                                    column.isJoined()
                                            ? DataValidationErrorStyle.INFORMATION
                                            : DataValidationErrorStyle.WARNING)
                            .showErrorMessage(true)
                            .errorTitle(french ? "Valeur hors liste" : "Value not in the list")
                            .error(
                                    french
                                            ? "Choisissez dans la liste ; plusieurs valeurs se séparent par « ; »."
                                            : "Pick from the list; separate several values with \";\".");
                }
            }
            Worksheet notes = workbook.newWorksheet(french ? NOTES_FR : NOTES_EN);
            String[] headings = french
                    ? new String[] {"Feuille", "Colonne", "Chemin", "Type", "Obligatoire", "Liste", "Description"}
                    : new String[] {"Sheet", "Column", "Path", "Type", "Required", "List", "Description"};
            for (int h = 0; h < headings.length; h++) {
                notes.value(0, h, headings[h]);
                notes.style(0, h).bold().set();
            }
            notes.width(0, 22);
            notes.width(1, 34);
            notes.width(2, 44);
            notes.width(6, 100);
            int r = 1;
            for (Layout.Table table : tables) {
                String sheet = Headers.sheetName(table, style);
                List<String> titles = Headers.headings(table, style);
                List<String> paths = Headers.headings(table, Headers.Style.PATHS);
                int keys = table.isMain() ? 0 : 1 + table.getAncestors().size();
                for (int k = 0; k < keys; k++) {
                    notes.value(r, 0, sheet);
                    notes.value(r, 1, titles.get(k));
                    notes.value(r, 2, paths.get(k));
                    notes.value(r, 3, french ? "nombre entier" : "whole number");
                    notes.value(r, 4, k == 0 ? (french ? "oui" : "yes") : (french ? "si plusieurs" : "if several"));
                    notes.value(
                            r,
                            6,
                            k == 0
                                    ? (french
                                            ? "L'identifiant de la fiche (colonne « Identifiant » de la feuille des fiches) à laquelle la ligne appartient."
                                            : "The id of the record (column \"Id\" of the records sheet) the row belongs to.")
                                    : (french
                                            ? "Le numéro (1, 2, 3…) de la ligne parente, dans l'ordre de sa feuille ; vide s'il n'y en a qu'une."
                                            : "The number (1, 2, 3…) of the parent row, in the order of its sheet; blank if there is only one."));
                    r++;
                }
                List<Layout.Column> columns = table.getColumns();
                for (int i = 0; i < columns.size(); i++) {
                    Layout.Column column = columns.get(i);
                    Field value = column.getValueField();
                    notes.value(r, 0, sheet);
                    notes.value(r, 1, titles.get(keys + i));
                    notes.value(r, 2, paths.get(keys + i));
                    notes.value(r, 3, type(column, french));
                    notes.value(r, 4, column.getField().isRequired() ? (french ? "oui" : "yes") : "");
                    notes.value(r, 5, CodeLists.listOf(value).orElse(""));
                    notes.value(r, 6, Titles.description(column.getField(), french));
                    r++;
                }
            }
        });
    }

    private static String type(Layout.Column column, boolean french) {
        Field value = column.getValueField();
        String type;
        if (Values.isMoneyAmount(column)) {
            type = french
                    ? "montant : 22 124,13 €, « Non évaluable », « Montant à mobiliser », « 51 621 € sur 24 mois »"
                    : "amount: 22 124,13 €, \"Non évaluable\", \"Montant à mobiliser\", \"51 621 € sur 24 mois\"";
        } else if (value.getType() == Field.Type.INTEGER) {
            type = french ? "nombre entier" : "whole number";
        } else if (value.getType() == Field.Type.NUMBER) {
            type = french ? "nombre : 1,7 ou 67 000" : "number: 1,7 or 67 000";
        } else if (CodeLists.listOf(value).isPresent()) {
            type = french ? "code ou libellé de la liste" : "code or label from the list";
        } else {
            type = french ? "texte" : "text";
        }
        if (column.isJoined()) {
            type += french ? " ; plusieurs séparés par « ; »" : "; several separated by \";\"";
        }
        return type;
    }
}
