package org.terrinclus.core.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.terrinclus.core.InvalidValueException;
import org.terrinclus.format.Format;

/**
 * The model's edge for what it holds as text: every text is whole Unicode, and every kept
 * unknown field can be written back beside the known ones. Each type of the model calls these
 * checks at construction, so that a record built in code, or by any reader, can always be
 * written; the JSON reader refuses the same things earlier, with a finding that points at the
 * character.
 *
 * <p>Whether a kept raw value is valid JSON needs a parser, which the core does not have: the
 * JSON writer checks that, and refuses to write a record whose raw value is not one JSON value.
 *
 * <p>Cost: one pass over each text's characters, with no allocation unless it refuses.
 */
public final class Writable {

    private Writable() {}

    /**
     * The index of the first lone surrogate in a text (half of a pair, with no other half), or
     * -1 if the text is whole Unicode.
     *
     * @param text a text
     * @return the index of the first char that no UTF-8 text can hold, or -1
     */
    public static int loneSurrogate(CharSequence text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            // One compare for the common case: every surrogate lies in D800..DFFF.
            if (c >= '\uD800' && c <= '\uDFFF') {
                if (c <= '\uDBFF' && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * Checks a text field.
     *
     * @param field the field's JSON name
     * @param text its value
     * @throws InvalidValueException if the text holds a lone surrogate
     */
    public static void text(String field, String text) {
        int at = loneSurrogate(text);
        if (at >= 0) {
            throw loneSurrogate(field, text, at);
        }
    }

    /**
     * Checks an optional text field.
     *
     * @param field the field's JSON name
     * @param text its value, if any
     * @throws InvalidValueException if the text holds a lone surrogate
     */
    public static void text(String field, Optional<String> text) {
        if (text.isPresent()) {
            text(field, text.get());
        }
    }

    /**
     * Checks a list of texts.
     *
     * @param field the field's JSON name
     * @param texts its values
     * @throws InvalidValueException if a text holds a lone surrogate
     */
    public static void texts(String field, List<String> texts) {
        for (int i = 0, n = texts.size(); i < n; i++) {
            text(field, texts.get(i));
        }
    }

    /**
     * Checks the unknown fields an object keeps: each name and raw value is whole Unicode, no
     * name is that of a field the format defines for the object (it would be written twice), and
     * no raw value is empty or blank (that is no JSON value at all).
     *
     * @param type the model type that keeps them, as {@code Quote.class}
     * @param fields its unknown fields
     * @throws InvalidValueException if one of them could not be written back
     */
    public static void unknownFields(Class<?> type, Map<String, String> fields) {
        if (fields.isEmpty()) {
            return;
        }
        for (Map.Entry<String, String> field : fields.entrySet()) {
            String name = field.getKey();
            String raw = field.getValue();
            text("unknown field name", name);
            String shown = Quoting.cut(name);
            if (Format.type(type).field(name) != null) {
                throw new InvalidValueException(
                        "Le champ inconnu « " + shown + " » porte le nom d'un champ de " + type.getSimpleName()
                                + " : il serait écrit deux fois ; donnez sa valeur au champ lui-même, ou"
                                + " renommez le champ inconnu.",
                        "The unknown field '" + shown + "' has the name of a field of " + type.getSimpleName()
                                + ": it would be written twice; set the field itself, or rename the unknown"
                                + " field.");
            }
            if (isBlank(raw)) {
                throw new InvalidValueException(
                        "Le champ inconnu « " + shown + " » n'a pas de valeur : gardez-le comme un texte JSON"
                                + " (\"\", null, 0, {}…), jamais vide.",
                        "The unknown field '" + shown + "' has no value: keep it as JSON text (\"\", null, 0,"
                                + " {}…), never empty or blank.");
            }
            text(name, raw);
        }
    }

    /** Empty, or only the whitespace JSON allows between values. */
    private static boolean isBlank(String raw) {
        for (int i = 0, n = raw.length(); i < n; i++) {
            char c = raw.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    private static InvalidValueException loneSurrogate(String field, String text, int at) {
        String code = String.format("U+%04X", (int) text.charAt(at));
        String shownField = Quoting.cut(field);
        return new InvalidValueException(
                shownField + " : le caractère " + (at + 1) + " est un demi-caractère (" + code
                        + ", substitut isolé) qu'aucun texte UTF-8 ne peut contenir ; complétez la paire ou"
                        + " retirez-le.",
                shownField + ": character " + (at + 1) + " is half of a character (" + code
                        + ", a lone surrogate) that no UTF-8 text can hold; complete the pair or remove it.");
    }
}
