package org.terrinclus.spreadsheet.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.terrinclus.spreadsheet.CellLocation;
import org.terrinclus.spreadsheet.SheetRules;
import org.terrinclus.validation.Finding;

/**
 * Reads the tables of a workbook (or of CSV files) in the layout back into records as JSON trees,
 * remembering for each value the cell it came from.
 */
public final class Assembler {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One record being assembled: its JSON tree, the cell of each value, its findings. */
    public static final class Assembled {
        public final ObjectNode json = NODES.objectNode();
        public final Map<String, CellLocation> cells = new HashMap<>();
        public final List<Finding> findings = new ArrayList<>();
        public final Map<Finding, CellLocation> findingCells = new IdentityHashMap<>();
        public final CellLocation row;
        /** For each sheet, the column of each field path ({@code funding/0/label}) in its heading. */
        final Map<String, Map<String, Integer>> columns;

        public Assembled(CellLocation row, Map<String, Map<String, Integer>> columns) {
            this.row = row;
            this.columns = columns;
        }

        /**
         * The cell where a missing field would be written: its column in the row of the object
         * that lacks it, when the sheet has that column.
         */
        public Optional<CellLocation> missing(String objectPointer, String field) {
            String holder = objectPointer;
            CellLocation rowCell = null;
            while (true) {
                if (holder.isEmpty()) {
                    rowCell = row;
                    break;
                }
                if (holder.matches(".*/\\d+") && cells.containsKey(holder)) {
                    rowCell = cells.get(holder);
                    break;
                }
                holder = holder.substring(0, holder.lastIndexOf('/'));
            }
            Map<String, Integer> sheetColumns = columns.get(rowCell.getSheet());
            if (sheetColumns == null) {
                return Optional.empty();
            }
            String path = (objectPointer + "/" + field).substring(1).replaceAll("/\\d+(?=/|$)", "/0");
            Integer column = sheetColumns.get(path);
            return column == null
                    ? Optional.empty()
                    : Optional.of(CellLocation.of(rowCell.getSheet(), rowCell.getRow(), column));
        }

        public void report(Finding finding, CellLocation cell) {
            findings.add(finding);
            findingCells.put(finding, cell);
        }
    }

    /** What a workbook holds: its records, and what could not be tied to any record. */
    public static final class Result {
        public final List<Assembled> records = new ArrayList<>();
        public final List<Finding> findings = new ArrayList<>();
        public final Map<Finding, CellLocation> findingCells = new IdentityHashMap<>();

        public void report(Finding finding, CellLocation cell) {
            findings.add(finding);
            if (cell != null) {
                findingCells.put(finding, cell);
            }
        }
    }

    private final Result result = new Result();
    private final Map<String, Map<String, Integer>> columns = new HashMap<>();
    private final Map<String, Assembled> byId = new LinkedHashMap<>();

    private Assembler() {}

    /**
     * Assembles the records of a workbook's sheets; sheets are matched to tables by name, and
     * the tables are read main table first, each before the tables nested in it.
     *
     * @param sheets the sheets, in the file's order
     * @param ignored names of sheets that are not data (a template's notes and lists)
     */
    public static Result assemble(List<SheetData> sheets, List<String> ignored) {
        Assembler assembler = new Assembler();
        Map<Layout.Table, SheetData> byTable = new LinkedHashMap<>();
        for (SheetData sheet : sheets) {
            if (ignored.stream().anyMatch(name -> CodeLists.key(name).equals(CodeLists.key(sheet.getName())))) {
                continue;
            }
            Optional<Layout.Table> table = Headers.table(sheet.getName());
            if (table.isEmpty() && sheets.size() == 1) {
                table = Optional.of(Layout.get().getMain()); // a lone CSV table holds the records
            }
            if (table.isEmpty() || byTable.containsKey(table.get())) {
                if (!sheet.getRows().isEmpty()) {
                    assembler.result.report(
                            SheetRules.UNKNOWN_SHEET.finding(
                                    "",
                                    "La feuille « " + sheet.getName() + " » n'appartient pas à la disposition"
                                            + (table.isPresent() ? " (une autre feuille tient déjà ce tableau)" : "")
                                            + " ; elle n'est pas lue.",
                                    "The sheet \"" + sheet.getName() + "\" is not part of the layout"
                                            + (table.isPresent() ? " (another sheet already holds this table)" : "")
                                            + "; it is not read."),
                            CellLocation.of(sheet.getName(), 1, 1));
                }
                continue;
            }
            byTable.put(table.get(), sheet);
        }
        if (!byTable.containsKey(Layout.get().getMain())) {
            assembler.result.report(
                    SheetRules.NO_RECORDS.finding(
                            "",
                            "Le classeur n'a pas de feuille « Fiches » (ou « Records ») : une ligne par fiche.",
                            "The workbook has no \"Records\" (or \"Fiches\") sheet: one row per record."),
                    null);
            return assembler.result;
        }
        for (Layout.Table table : Layout.get().getTables()) {
            SheetData sheet = byTable.get(table);
            if (sheet != null) {
                assembler.read(table, sheet);
            }
        }
        return assembler.result;
    }

    private void read(Layout.Table table, SheetData sheet) {
        List<List<RawCell>> rows = sheet.getRows();
        if (rows.isEmpty()) {
            return;
        }
        Map<String, Headers.Target> known = Headers.targets(table);
        Map<Integer, Headers.Target> byColumn = new HashMap<>();
        Map<Headers.Target, Integer> seen = new IdentityHashMap<>();
        List<RawCell> heading = rows.get(0);
        for (RawCell cell : heading) {
            if (cell.isBlank()) {
                continue;
            }
            CellLocation at = CellLocation.of(sheet.getName(), cell.getRow(), cell.getColumn());
            Headers.Target target = known.get(Headers.normalise(cell.getText()));
            if (target == null) {
                result.report(
                        SheetRules.UNKNOWN_COLUMN.finding(
                                "",
                                "L'en-tête « " + FrenchNumbers.shorten(cell.getText()) + " » (" + at
                                        + ") ne désigne aucun champ : corrigez-le d'après la feuille de notes"
                                        + " ou docs/spreadsheets.md.",
                                "The heading \"" + FrenchNumbers.shorten(cell.getText()) + "\" (" + at
                                        + ") names no field: fix it from the notes sheet or docs/spreadsheets.md."),
                        at);
                continue;
            }
            if (seen.containsKey(target)) {
                result.report(
                        SheetRules.DUPLICATE_COLUMN.finding(
                                "",
                                "L'en-tête « " + FrenchNumbers.shorten(cell.getText()) + " » (" + at
                                        + ") désigne le même champ qu'une colonne précédente ; supprimez l'une des deux.",
                                "The heading \"" + FrenchNumbers.shorten(cell.getText()) + "\" (" + at
                                        + ") names the same field as an earlier column; remove one of them."),
                        at);
                continue;
            }
            seen.put(target, cell.getColumn());
            byColumn.put(cell.getColumn(), target);
            if (target.column != null) {
                columns.computeIfAbsent(sheet.getName(), name -> new HashMap<>())
                        .put(target.column.getPath(), cell.getColumn());
            }
        }
        for (int r = 1; r < rows.size(); r++) {
            List<RawCell> row = rows.get(r);
            if (row.stream().allMatch(RawCell::isBlank)) {
                continue;
            }
            if (table.isMain()) {
                readRecord(sheet.getName(), row, byColumn);
            } else {
                readPart(table, sheet.getName(), row, byColumn);
            }
        }
    }

    private void readRecord(String sheet, List<RawCell> row, Map<Integer, Headers.Target> byColumn) {
        int rowNumber = row.get(0).getRow();
        Assembled record = new Assembled(CellLocation.of(sheet, rowNumber, 1), columns);
        result.records.add(record);
        fill(record, sheet, record.json, "", row, byColumn);
        if (!record.json.has("formatVersion")) {
            // A sheet filled in by hand says nothing of the format: it is the version of this layout.
            ObjectNode versioned = NODES.objectNode().put("formatVersion", "1.0");
            versioned.setAll(record.json);
            record.json.removeAll().setAll(versioned);
        }
        JsonNode id = record.json.get("id");
        if (id != null && id.isTextual()) {
            if (byId.containsKey(id.asText())) {
                CellLocation at = record.cells.get("/id");
                record.report(
                        SheetRules.DUPLICATE_RECORD.finding(
                                "/id",
                                "L'identifiant « " + id.asText() + " » (" + at + ") est déjà celui d'une fiche"
                                        + " plus haut ; les lignes des autres feuilles vont à la première.",
                                "The id \"" + id.asText() + "\" (" + at + ") is already that of a record above;"
                                        + " the rows of other sheets go to the first."),
                        at);
            } else {
                byId.put(id.asText(), record);
            }
        }
    }

    private void readPart(Layout.Table table, String sheet, List<RawCell> row, Map<Integer, Headers.Target> byColumn) {
        int rowNumber = row.get(0).getRow();
        String id = null;
        CellLocation idCell = CellLocation.of(sheet, rowNumber, 1);
        List<Field> ancestors = table.getAncestors();
        Integer[] positions = new Integer[ancestors.size()];
        CellLocation[] positionCells = new CellLocation[ancestors.size()];
        for (RawCell cell : row) {
            Headers.Target target = byColumn.get(cell.getColumn());
            if (target == null || target.column != null || cell.isBlank()) {
                continue;
            }
            CellLocation at = CellLocation.of(sheet, cell.getRow(), cell.getColumn());
            if (target.key < 0) {
                id = cell.getText().strip();
                idCell = at;
            } else {
                positionCells[target.key] = at;
                positions[target.key] = position(cell);
                if (positions[target.key] == null) {
                    result.report(positionFinding(cell.getText(), at), at);
                    return;
                }
            }
        }
        Assembled record = id == null ? null : byId.get(id);
        if (record == null) {
            result.report(
                    SheetRules.UNKNOWN_RECORD.finding(
                            "",
                            "La ligne " + rowNumber + " de « " + sheet + " » (" + idCell + ") "
                                    + (id == null
                                            ? "n'a pas d'identifiant de fiche"
                                            : "donne l'identifiant « " + FrenchNumbers.shorten(id)
                                                    + " », qu'aucune fiche ne porte")
                                    + " ; elle n'est pas lue.",
                            "Row " + rowNumber + " of \"" + sheet + "\" (" + idCell + ") "
                                    + (id == null
                                            ? "has no record id"
                                            : "gives the id \"" + FrenchNumbers.shorten(id) + "\", which no record has")
                                    + "; it is not read."),
                    idCell);
            return;
        }
        // Walk down from the record to the array this table's rows belong to.
        String[] names = table.getPath().split("/");
        JsonNode node = record.json;
        StringBuilder pointer = new StringBuilder();
        int ancestor = 0;
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            boolean last = i == names.length - 1;
            if (name.equals("0")) {
                ArrayNode array = (ArrayNode) node;
                Integer position = positions[ancestor];
                if (position == null) { // blank: the only one, or the first
                    if (array.size() > 1) {
                        result.report(positionFinding("", idCell), idCell);
                        return;
                    }
                    position = 1;
                }
                if (position > array.size() + 1) {
                    CellLocation at = positionCells[ancestor] != null ? positionCells[ancestor] : idCell;
                    result.report(positionFinding(Integer.toString(position), at), at);
                    return;
                }
                if (position == array.size() + 1) {
                    array.addObject();
                    record.cells.putIfAbsent(pointer + "/" + (position - 1), idCell);
                }
                node = array.get(position - 1);
                pointer.append('/').append(position - 1);
                ancestor++;
            } else {
                ObjectNode object = (ObjectNode) node;
                JsonNode next = object.get(name);
                if (next == null) {
                    next = last || names[i + 1].equals("0") ? object.putArray(name) : object.putObject(name);
                }
                node = next;
                pointer.append('/').append(name);
            }
        }
        ArrayNode array = (ArrayNode) node;
        String elementPointer = pointer + "/" + array.size();
        record.cells.put(elementPointer, idCell);
        Field items = table.getArray().orElseThrow().getItems();
        if (items.getKind() == Field.Kind.OBJECT) {
            ObjectNode element = array.addObject();
            fill(record, sheet, element, elementPointer, row, byColumn);
        } else {
            for (RawCell cell : row) {
                Headers.Target target = byColumn.get(cell.getColumn());
                if (target != null && target.column != null && !cell.isBlank()) {
                    CellLocation at = CellLocation.of(sheet, cell.getRow(), cell.getColumn());
                    JsonNode value = Values.convert(target.column, cell, target.path, elementPointer, record, at);
                    array.add(value == null ? NODES.textNode(cell.getText()) : value);
                    record.cells.put(elementPointer, at);
                }
            }
        }
    }

    /** Fills one row object from the cells of a row. */
    private static void fill(
            Assembled record,
            String sheet,
            ObjectNode element,
            String elementPointer,
            List<RawCell> row,
            Map<Integer, Headers.Target> byColumn) {
        List<Values.Implied> implied = new ArrayList<>();
        for (RawCell cell : row) {
            Headers.Target target = byColumn.get(cell.getColumn());
            if (target == null || target.column == null || cell.isBlank()) {
                continue;
            }
            CellLocation at = CellLocation.of(sheet, cell.getRow(), cell.getColumn());
            List<String> relative = target.column.getRelative();
            String pointer = elementPointer + "/" + String.join("/", relative);
            JsonNode value = Values.convert(target.column, cell, target.path, pointer, record, at);
            Values.implied(target.column, cell, target.path, implied, at);
            if (value != null) {
                set(element, relative, value);
                record.cells.put(pointer, at);
            } else if (!Values.isMoneyAmount(target.column)) {
                record.cells.put(pointer, at);
            } else {
                record.cells.putIfAbsent(pointer, at);
            }
        }
        for (Values.Implied value : implied) {
            JsonNode existing = get(element, value.relative);
            String pointer = elementPointer + "/" + String.join("/", value.relative);
            if (existing == null) {
                set(element, value.relative, value.value);
                record.cells.put(pointer, value.cell);
            } else if (!existing.equals(value.value) && !value.weak) {
                record.report(
                        SheetRules.CONFLICT.finding(
                                pointer,
                                "La cellule " + value.cell + " dit « " + value.value.asText() + " », la cellule "
                                        + record.cells.get(pointer) + " dit « " + existing.asText()
                                        + " » : mettez-les d'accord.",
                                "Cell " + value.cell + " says \"" + value.value.asText() + "\", cell "
                                        + record.cells.get(pointer) + " says \"" + existing.asText()
                                        + "\": make them agree."),
                        value.cell);
            }
        }
    }

    private static JsonNode get(ObjectNode element, List<String> relative) {
        JsonNode node = element;
        for (String name : relative) {
            node = node.get(name);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    private static void set(ObjectNode element, List<String> relative, JsonNode value) {
        ObjectNode object = element;
        for (int i = 0; i < relative.size() - 1; i++) {
            JsonNode next = object.get(relative.get(i));
            object = next instanceof ObjectNode ? (ObjectNode) next : object.putObject(relative.get(i));
        }
        object.set(relative.get(relative.size() - 1), value);
    }

    private static Integer position(RawCell cell) {
        try {
            BigDecimal value = cell.isNumber()
                    ? cell.getNumber()
                    : new BigDecimal(cell.getText().strip());
            int position = value.intValueExact();
            return position >= 1 ? position : null;
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    private static Finding positionFinding(String text, CellLocation at) {
        return SheetRules.POSITION.finding(
                "",
                text.isEmpty()
                        ? "La ligne " + at.getRow() + " (" + at + ") ne dit pas à quelle ligne parente elle se"
                                + " rattache, et il y en a plusieurs : remplissez la colonne « N° … »."
                        : "« " + FrenchNumbers.shorten(text) + " » (" + at + ") ne désigne pas une ligne parente"
                                + " existante : numérotez-les 1, 2, 3… dans l'ordre de leur feuille.",
                text.isEmpty()
                        ? "Row " + at.getRow() + " (" + at + ") does not say which parent row it belongs to, and"
                                + " there are several: fill in the \"No. …\" column."
                        : "\"" + FrenchNumbers.shorten(text) + "\" (" + at + ") names no existing parent row:"
                                + " number them 1, 2, 3… in the order of their sheet.");
    }
}
