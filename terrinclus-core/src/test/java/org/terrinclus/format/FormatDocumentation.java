package org.terrinclus.format;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parts of {@code docs/format.md} generated from the format's description: the field table of
 * each type, and the table of each closed code list.
 */
final class FormatDocumentation {

    static final String TYPES_BEGIN = "<!-- types: generated from org.terrinclus.format.Format, do not edit -->";
    static final String TYPES_END = "<!-- end of types -->";
    static final String CODES_BEGIN = "<!-- code lists: generated from org.terrinclus.format.Format, do not edit -->";
    static final String CODES_END = "<!-- end of code lists -->";

    private FormatDocumentation() {}

    /** Replaces the generated parts of a document with what the description says now. */
    static String update(String document) {
        String updated = replace(document, TYPES_BEGIN, TYPES_END, types());
        return replace(updated, CODES_BEGIN, CODES_END, codeLists());
    }

    private static String replace(String document, String begin, String end, String content) {
        int from = document.indexOf(begin);
        int to = document.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalStateException("docs/format.md lacks the markers " + begin + " … " + end);
        }
        return document.substring(0, from + begin.length()) + "\n\n" + content + "\n" + document.substring(to);
    }

    static String types() {
        StringBuilder out = new StringBuilder();
        for (ObjectType<?> type : Format.types()) {
            type(out, type);
        }
        return out.toString();
    }

    private static <T> void type(StringBuilder out, ObjectType<T> type) {
        out.append("### ").append(type.getName()).append("\n\n");
        out.append("*").append(type.getText().titleFr()).append("*. ");
        out.append(type.getText().descriptionEn());
        if (!type.getName().equals(type.getJavaType().getSimpleName())) {
            out.append(" Java type `")
                    .append(type.getJavaType().getSimpleName())
                    .append("`.");
        }
        if (!type.isExtensible()) {
            out.append(" A closed object: a lenient reader does not keep unknown fields here.");
        }
        out.append("\n\n");
        out.append("| Field | Type | Required | Titre / Title | Meaning |\n");
        out.append("| --- | --- | --- | --- | --- |\n");
        for (Field<T, ?> field : type.getFields()) {
            out.append("| `")
                    .append(field.getName())
                    .append("` | ")
                    .append(typeName(field))
                    .append(" | ")
                    .append(required(type, field))
                    .append(" | ")
                    .append(field.getText().titleFr())
                    .append(" / ")
                    .append(field.getText().titleEn())
                    .append(" | ")
                    .append(escape(field.getText().descriptionEn()))
                    .append(codeListLink(field.getType()))
                    .append(" |\n");
        }
        out.append("\n");
    }

    private static String typeName(Field<?, ?> field) {
        ValueType<?> type = field.getType();
        String name;
        if (type instanceof ObjectType) {
            name = "[" + type.getName() + "](#" + anchor(type.getName()) + ")";
        } else {
            name = ((ScalarType<?>) type).getJson().name().toLowerCase(Locale.ROOT);
        }
        return field.isList() ? "[" + name + "]" : name;
    }

    private static String required(ObjectType<?> type, Field<?, ?> field) {
        if (field.isRequired()) {
            return "yes";
        }
        List<ObjectType.Condition> present = type.getConditions().stream()
                .filter(c -> c.field().equals(field.getName()) && c.requirement() == ObjectType.Requirement.PRESENT)
                .collect(Collectors.toList());
        if (present.isEmpty()) {
            return "";
        }
        return "if `" + present.get(0).whenField() + "` is "
                + present.stream().map(c -> "`" + c.whenCode() + "`").collect(Collectors.joining(" or "));
    }

    private static String codeListLink(ValueType<?> type) {
        if (type instanceof ScalarType && !((ScalarType<?>) type).getCodes().isEmpty()) {
            String title = ((ScalarType<?>) type).getText().titleEn();
            return " See [" + title + "](#" + anchor(title) + ").";
        }
        return "";
    }

    static String codeLists() {
        Set<ScalarType<?>> lists = new LinkedHashSet<>();
        for (ObjectType<?> type : Format.types()) {
            for (Field<?, ?> field : type.getFields()) {
                if (field.getType() instanceof ScalarType
                        && !((ScalarType<?>) field.getType()).getCodes().isEmpty()) {
                    lists.add((ScalarType<?>) field.getType());
                }
            }
        }
        StringBuilder out = new StringBuilder();
        for (ScalarType<?> list : lists) {
            out.append("### ").append(list.getText().titleEn()).append("\n\n");
            out.append("*").append(list.getText().titleFr()).append("*. ");
            out.append(list.getText().descriptionEn());
            List<String> fields = new ArrayList<>();
            for (ObjectType<?> type : Format.types()) {
                for (Field<?, ?> field : type.getFields()) {
                    if (field.getType() == list) {
                        fields.add("`" + type.getName() + "." + field.getName() + "`");
                    }
                }
            }
            out.append(" Used by ").append(String.join(", ", fields)).append(".");
            if (list.hasOpenCodes()) {
                out.append(" The list is open: any other code of the same form is accepted.");
            }
            out.append("\n\n| Code | Français | English |\n| --- | --- | --- |\n");
            for (ScalarType.Code code : list.getCodes()) {
                out.append("| `")
                        .append(code.code())
                        .append("` | ")
                        .append(escape(code.labelFr()))
                        .append(" | ")
                        .append(escape(code.labelEn()))
                        .append(" |\n");
            }
            out.append("\n");
        }
        return out.toString();
    }

    /** GitHub's anchor of a heading. */
    static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "").replace(' ', '-');
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }
}
