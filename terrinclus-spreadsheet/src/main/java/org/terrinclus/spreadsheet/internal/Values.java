package org.terrinclus.spreadsheet.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.terrinclus.spreadsheet.CellLocation;
import org.terrinclus.spreadsheet.SheetRules;
import org.terrinclus.validation.Finding;

/**
 * Turns a cell into the JSON value of its field: text, a code (from its code or one of its
 * labels), a number (typed by Excel, or written the French way), an amount with the words around
 * it, a list of codes separated by semicolons.
 */
final class Values {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A value that another cell implies: the currency of "22 124 €", the kind of "Non évaluable". */
    static final class Implied {
        final List<String> relative;
        final JsonNode value;
        final CellLocation cell;
        /** A default rather than a statement: another cell may say otherwise without conflict. */
        final boolean weak;

        Implied(List<String> relative, JsonNode value, CellLocation cell, boolean weak) {
            this.relative = relative;
            this.value = value;
            this.cell = cell;
            this.weak = weak;
        }
    }

    private Values() {}

    static boolean isMoneyAmount(Layout.Column column) {
        Field field = column.getField();
        return !column.isJoined()
                && field.getName().equals("amount")
                && field.getType() != Field.Type.STRING
                && field.getParent()
                        .map(p -> p.getProperties().containsKey("currency"))
                        .orElse(false);
    }

    /** The JSON value of a cell, or {@code null} with a finding (or for words without a number). */
    static JsonNode convert(
            Layout.Column column,
            RawCell cell,
            boolean pathHeading,
            String pointer,
            Assembler.Assembled record,
            CellLocation at) {
        if (column.isJoined()) {
            ArrayNode array = NODES.arrayNode();
            if (cell.isNumber()) {
                JsonNode item =
                        scalar(column.getValueField(), cell, cell.getText(), pathHeading, pointer + "/0", record, at);
                if (item != null) {
                    array.add(item);
                }
                return array;
            }
            int index = 0;
            for (String part : cell.getText().split("[;\\n]")) {
                if (part.isBlank()) {
                    continue;
                }
                JsonNode item = scalar(
                        column.getValueField(),
                        RawCell.text(cell.getRow(), cell.getColumn(), part.strip()),
                        part.strip(),
                        pathHeading,
                        pointer + "/" + index,
                        record,
                        at);
                if (item != null) {
                    array.add(item);
                }
                index++;
            }
            return array;
        }
        if (isMoneyAmount(column) && !cell.isNumber()) {
            FrenchNumbers.Amount amount = FrenchNumbers.amount(cell.getText(), pointer, pathHeading);
            if (amount.getFinding() != null) {
                record.report(locate(amount.getFinding(), at), at);
                return null;
            }
            return amount.getValue() == null ? null : DecimalNode.valueOf(amount.getValue());
        }
        return scalar(column.getValueField(), cell, cell.getText(), pathHeading, pointer, record, at);
    }

    /** The values an amount's cell implies for the other fields of its row. */
    static void implied(
            Layout.Column column, RawCell cell, boolean pathHeading, List<Implied> implied, CellLocation at) {
        if (!isMoneyAmount(column)) {
            return;
        }
        List<String> relative = column.getRelative();
        List<String> money = relative.subList(0, relative.size() - 1);
        List<String> owner = money.isEmpty() ? List.of() : money.subList(0, money.size() - 1);
        Field moneyField = column.getField().getParent().orElseThrow();
        Optional<Field> ownerField = moneyField.getParent();
        FrenchNumbers.Amount amount = cell.isNumber() ? null : FrenchNumbers.amount(cell.getText(), "", pathHeading);
        if (amount != null && amount.getFinding() != null) {
            return;
        }
        if (amount != null && amount.getCurrency() != null) {
            implied.add(new Implied(append(money, "currency"), NODES.textNode(amount.getCurrency()), at, false));
        }
        boolean contribution = ownerField
                .map(o -> o.getProperties().containsKey("kind")
                        && o.getProperties().containsKey("period"))
                .orElse(false);
        if (!contribution || money.size() != 1) {
            return;
        }
        String kind = amount == null ? null : amount.getKind();
        if (kind != null) {
            implied.add(new Implied(append(owner, "kind"), NODES.textNode(kind), at, false));
        } else {
            implied.add(new Implied(append(owner, "kind"), NODES.textNode("amount"), at, true));
        }
        if (amount != null && amount.getPeriod() != null) {
            implied.add(new Implied(append(owner, "period"), NODES.textNode(amount.getPeriod()), at, false));
        }
    }

    private static JsonNode scalar(
            Field field,
            RawCell cell,
            String text,
            boolean pathHeading,
            String pointer,
            Assembler.Assembled record,
            CellLocation at) {
        Optional<String> list = CodeLists.listOf(field);
        switch (field.getType()) {
            case STRING:
                if (cell.isDate()) {
                    return NODES.textNode(cell.getDate().toLocalDate().toString());
                }
                if (list.isPresent() && !cell.isNumber()) {
                    String code = text.strip();
                    if (!isCode(list.get(), field, code)) {
                        code = CodeLists.code(list.get(), code).orElse(text);
                    }
                    return NODES.textNode(code);
                }
                return NODES.textNode(text);
            case INTEGER:
            case NUMBER:
            default:
                if (cell.isDate()) {
                    if (field.getType() == Field.Type.INTEGER) {
                        int year = cell.getDate().getYear();
                        record.report(
                                SheetRules.DATE_AS_YEAR.finding(
                                        pointer,
                                        "La cellule " + at + " est une date ("
                                                + cell.getDate().toLocalDate() + ") ; son année, " + year
                                                + ", est lue.",
                                        "Cell " + at + " is a date ("
                                                + cell.getDate().toLocalDate() + "); its year, " + year + ", is read."),
                                at);
                        return NODES.numberNode(year);
                    }
                    record.report(
                            SheetRules.NUMBER.finding(
                                    pointer,
                                    "La cellule " + at + " est une date, un nombre est attendu.",
                                    "Cell " + at + " is a date; a number is expected."),
                            at);
                    return null;
                }
                if (cell.isNumber()) {
                    return DecimalNode.valueOf(cell.getNumber());
                }
                if (list.isPresent()) {
                    Optional<String> code = CodeLists.code(list.get(), text);
                    if (code.isPresent()) {
                        return DecimalNode.valueOf(new BigDecimal(code.get()));
                    }
                }
                FrenchNumbers.Reading reading = FrenchNumbers.number(text, pointer, pathHeading);
                if (reading.getFinding() != null) {
                    record.report(locate(reading.getFinding(), at), at);
                    return null;
                }
                return DecimalNode.valueOf(reading.getValue());
        }
    }

    private static boolean isCode(String list, Field field, String text) {
        for (CodeLists.Code code : CodeLists.codes(list)) {
            if (code.getCode().equals(text)) {
                return true;
            }
        }
        return false;
    }

    /** The cell's name goes into the message, so that every output shows it. */
    private static Finding locate(Finding finding, CellLocation at) {
        return Finding.builder()
                .from(finding)
                .messageFr("Cellule " + at + " : " + finding.getMessageFr())
                .messageEn("Cell " + at + ": " + finding.getMessageEn())
                .build();
    }

    private static List<String> append(List<String> list, String name) {
        List<String> copy = new ArrayList<>(list);
        copy.add(name);
        return copy;
    }
}
