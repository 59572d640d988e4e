package org.terrinclus.spreadsheet.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.terrinclus.spreadsheet.CellLocation;
import org.terrinclus.spreadsheet.SheetRules;

/**
 * Reads a portfolio in its owner's columns with a mapping: one record per row of the first sheet,
 * each column to its field, amounts to rows of the record's funding table.
 */
public final class MappingRules {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, MappedColumn> columns;
    private final Map<String, String> constants;
    private final List<String> idColumns;
    private final String currency;

    private MappingRules(
            Map<String, MappedColumn> columns, Map<String, String> constants, List<String> idColumns, String currency) {
        this.columns = columns;
        this.constants = constants;
        this.idColumns = idColumns;
        this.currency = currency;
    }

    public static MappingRules of(
            Map<String, MappedColumn> columns, Map<String, String> constants, List<String> idColumns, String currency) {
        constants.keySet().forEach(path -> MappedColumn.check("(constants)", path));
        return new MappingRules(Map.copyOf(columns), Map.copyOf(constants), List.copyOf(idColumns), currency);
    }

    /** Reads the records of the first sheet that has rows. */
    public Assembler.Result assemble(List<SheetData> sheets) {
        Assembler.Result result = new Assembler.Result();
        SheetData sheet =
                sheets.stream().filter(s -> !s.getRows().isEmpty()).findFirst().orElse(null);
        if (sheet == null) {
            return result;
        }
        Map<String, MappedColumn> byKey = new HashMap<>();
        columns.forEach((heading, column) -> byKey.put(CodeLists.key(heading), column));
        Map<Integer, MappedColumn> byColumn = new HashMap<>();
        Map<String, Integer> headingColumns = new HashMap<>();
        Map<String, Integer> fieldColumns = new HashMap<>();
        for (RawCell cell : sheet.getRows().get(0)) {
            if (cell.isBlank()) {
                continue;
            }
            MappedColumn column = byKey.get(CodeLists.key(cell.getText()));
            CellLocation at = CellLocation.of(sheet.getName(), cell.getRow(), cell.getColumn());
            if (column == null) {
                result.report(
                        SheetRules.UNMAPPED_COLUMN.finding(
                                "",
                                "La colonne « " + FrenchNumbers.shorten(cell.getText()) + " » (" + at
                                        + ") n'est pas dans la correspondance : elle n'est pas lue.",
                                "The column \"" + FrenchNumbers.shorten(cell.getText()) + "\" (" + at
                                        + ") is not in the mapping: it is not read."),
                        at);
                continue;
            }
            byColumn.put(cell.getColumn(), column);
            headingColumns.put(CodeLists.key(column.heading), cell.getColumn());
            if (column.field != null) {
                fieldColumns.put(column.field.replaceAll("/\\d+(?=/|$)", "/0"), cell.getColumn());
            }
        }
        Map<String, Map<String, Integer>> sheetColumns = Map.of(sheet.getName(), fieldColumns);
        Set<String> ids = new HashSet<>();
        List<List<RawCell>> rows = sheet.getRows();
        for (int r = 1; r < rows.size(); r++) {
            List<RawCell> row = rows.get(r);
            if (row.stream().allMatch(RawCell::isBlank)) {
                continue;
            }
            int rowNumber = row.get(0).getRow();
            Assembler.Assembled record =
                    new Assembler.Assembled(CellLocation.of(sheet.getName(), rowNumber, 1), sheetColumns);
            result.records.add(record);
            readRow(sheet.getName(), row, byColumn, headingColumns, record, ids, rowNumber);
        }
        return result;
    }

    private void readRow(
            String sheet,
            List<RawCell> row,
            Map<Integer, MappedColumn> byColumn,
            Map<String, Integer> headingColumns,
            Assembler.Assembled record,
            Set<String> ids,
            int rowNumber) {
        ObjectNode json = record.json;
        json.put("formatVersion", "1.0");
        Map<String, RawCell> byHeading = new HashMap<>();
        List<RawCell> amounts = new ArrayList<>();
        for (RawCell cell : row) {
            MappedColumn column = byColumn.get(cell.getColumn());
            if (column == null || cell.isBlank()) {
                continue;
            }
            byHeading.put(CodeLists.key(column.heading), cell);
            if (column.ignored != null) {
                continue;
            }
            if (column.contribution) {
                amounts.add(cell);
                continue;
            }
            CellLocation at = CellLocation.of(sheet, cell.getRow(), cell.getColumn());
            String text = cell.getText();
            String mapped = column.values.get(CodeLists.key(text));
            RawCell value = mapped == null ? cell : RawCell.text(cell.getRow(), cell.getColumn(), mapped);
            if (column.field != null) {
                put(record, column.field, value, at);
                if (Values.isMoneyAmount(MappedColumn.column(column.field).orElseThrow())) {
                    // The currency the cell writes ("12 000 €"), or the mapping's.
                    String money = column.field.substring(0, column.field.lastIndexOf('/'));
                    FrenchNumbers.Amount amount = cell.isNumber() ? null : FrenchNumbers.amount(text, "", false);
                    String code = amount != null && amount.getCurrency() != null ? amount.getCurrency() : currency;
                    if (!json.at("/" + money + "/amount").isMissingNode()
                            && json.at("/" + money + "/currency").isMissingNode()) {
                        put(record, money + "/currency", RawCell.text(cell.getRow(), cell.getColumn(), code), at);
                    }
                }
            }
            if (column.deriveField != null) {
                String derived = column.deriveOtherwise;
                String key = CodeLists.key(text);
                for (Map.Entry<String, String> prefix : column.derivePrefixes.entrySet()) {
                    if (key.startsWith(prefix.getKey())) {
                        derived = prefix.getValue();
                        break;
                    }
                }
                if (derived != null) {
                    put(record, column.deriveField, RawCell.text(cell.getRow(), cell.getColumn(), derived), at);
                }
            }
            for (Map.Entry<String, String> also : column.also.entrySet()) {
                put(record, also.getKey(), RawCell.text(cell.getRow(), cell.getColumn(), also.getValue()), at);
            }
        }
        constants.forEach((path, value) -> {
            if (json.at("/" + path).isMissingNode()) {
                put(record, path, RawCell.text(rowNumber, 1, value), record.row);
            }
        });
        for (RawCell cell : amounts) {
            contribution(sheet, byColumn.get(cell.getColumn()), cell, record);
        }
        String id = id(byHeading, rowNumber);
        String unique = id;
        for (int n = 2; !ids.add(unique); n++) {
            unique = id + "-" + n;
        }
        if (!json.has("id")) {
            json.put("id", unique);
        }
    }

    private void contribution(String sheet, MappedColumn column, RawCell cell, Assembler.Assembled record) {
        CellLocation at = CellLocation.of(sheet, cell.getRow(), cell.getColumn());
        ArrayNode contributions = array(record.json, "funding", 0, "contributions");
        String pointer = "/funding/0/contributions/" + contributions.size();
        ObjectNode row = NODES.objectNode();
        BigDecimalAmount amount = amount(cell, pointer + "/amount/amount", record, at);
        if (amount == null) {
            return;
        }
        if (column.funder == null) {
            JsonNode lead = record.json.at("/lead/organisation");
            if (!lead.isMissingNode()) {
                row.set("funder", lead.deepCopy());
            }
        } else {
            ObjectNode funder = row.putObject("funder");
            column.funder.forEach(funder::put);
        }
        row.put("kind", amount.kind);
        if (amount.value != null) {
            ObjectNode money = row.putObject("amount");
            money.put("amount", amount.value);
            money.put("currency", amount.currency != null ? amount.currency : currency);
        }
        if (amount.period != null) {
            row.put("period", amount.period);
        }
        contributions.add(row);
        record.cells.put(pointer, at);
        record.cells.put(pointer + "/amount/amount", at);
    }

    private static final class BigDecimalAmount {
        java.math.BigDecimal value;
        String currency;
        String kind;
        String period;
    }

    private static BigDecimalAmount amount(RawCell cell, String pointer, Assembler.Assembled record, CellLocation at) {
        BigDecimalAmount amount = new BigDecimalAmount();
        if (cell.isNumber()) {
            amount.value = cell.getNumber();
            amount.kind = "amount";
            return amount;
        }
        FrenchNumbers.Amount read = FrenchNumbers.amount(cell.getText(), pointer, false);
        if (read.getFinding() != null) {
            record.report(
                    org.terrinclus.validation.Finding.builder()
                            .from(read.getFinding())
                            .messageFr(
                                    "Cellule " + at + " : " + read.getFinding().getMessageFr())
                            .messageEn("Cell " + at + ": " + read.getFinding().getMessageEn())
                            .build(),
                    at);
            return null;
        }
        amount.value = read.getValue();
        amount.currency = read.getCurrency();
        amount.kind = read.getKind() != null ? read.getKind() : "amount";
        amount.period = read.getPeriod();
        return amount;
    }

    /** Puts a cell's value at a path, converted as the field's column of the layout converts it. */
    private static void put(Assembler.Assembled record, String path, RawCell cell, CellLocation at) {
        Layout.Column column = MappedColumn.column(path).orElseThrow();
        String pointer = "/" + path;
        JsonNode value = Values.convert(column, cell, false, pointer, record, at);
        if (value == null) {
            record.cells.put(pointer, at);
            return;
        }
        String[] names = path.split("/");
        JsonNode node = record.json;
        for (int i = 0; i < names.length - 1; i++) {
            boolean nextIsIndex = names[i + 1].matches("\\d+");
            if (names[i].matches("\\d+")) {
                ArrayNode array = (ArrayNode) node;
                int index = Integer.parseInt(names[i]);
                while (array.size() <= index) {
                    array.addObject();
                }
                node = array.get(index);
            } else {
                ObjectNode object = (ObjectNode) node;
                JsonNode next = object.get(names[i]);
                if (next == null) {
                    next = nextIsIndex ? object.putArray(names[i]) : object.putObject(names[i]);
                }
                node = next;
            }
        }
        ((ObjectNode) node).set(names[names.length - 1], value);
        record.cells.put(pointer, at);
    }

    private static ArrayNode array(ObjectNode json, String name, int index, String inner) {
        ArrayNode outer = json.has(name) ? (ArrayNode) json.get(name) : json.putArray(name);
        while (outer.size() <= index) {
            outer.addObject();
        }
        ObjectNode element = (ObjectNode) outer.get(index);
        return element.has(inner) ? (ArrayNode) element.get(inner) : element.putArray(inner);
    }

    /** A record id from the chosen columns, as a lower-case slug; else the row's number. */
    private String id(Map<String, RawCell> byHeading, int rowNumber) {
        List<String> parts = new ArrayList<>();
        for (String heading : idColumns) {
            RawCell cell = byHeading.get(CodeLists.key(heading));
            if (cell != null && !cell.isBlank()) {
                parts.add(cell.getText());
            }
        }
        if (parts.isEmpty()) {
            return "ligne-" + rowNumber;
        }
        String slug = Normalizer.normalize(String.join(" ", parts), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-$", "");
        }
        return slug.isEmpty() ? "ligne-" + rowNumber : slug;
    }
}
