package org.terrinclus.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.terrinclus.core.InvalidValueException;
import org.terrinclus.json.Tokens.Location;
import org.terrinclus.json.Tokens.Token;
import org.terrinclus.validation.Finding;
import org.terrinclus.validation.Severity;

/**
 * The state of reading one record: the tokens, where the record starts, and the findings so
 * far. Knows how to read the JSON shapes the format uses, turning every surprise into a finding
 * instead of an exception. It sees the parser only through {@link Tokens}.
 */
final class ReadContext {

    /** Thrown to abandon a value whose JSON type is wrong; caught by the enclosing object or list. */
    static final class TypeMismatch extends Exception {
        private static final long serialVersionUID = 1L;
        final String expectedFr;
        final String expectedEn;

        TypeMismatch(String expectedFr, String expectedEn) {
            super(expectedEn, null, false, false);
            this.expectedFr = expectedFr;
            this.expectedEn = expectedEn;
        }
    }

    /** Thrown to abandon the record when a size limit is exceeded. */
    static final class LimitExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LimitExceeded(String message) {
            super(message, null, false, false);
        }
    }

    /** Reads one field's value; returns false when the name is not a field of the object. */
    @FunctionalInterface
    interface FieldReader {
        boolean read(String name) throws IOException, TypeMismatch;
    }

    /** Reads one element of a list; returns null when the element could not be read. */
    @FunctionalInterface
    interface ElementReader<T> {
        T read() throws IOException, TypeMismatch;
    }

    final Tokens tokens;
    private final ReadMode mode;
    private final JsonLimits limits;
    /** Segments of the parser's path that belong to the container, not to the record. */
    private final int pointerSegmentsToDrop;
    /** Added to the parser's line numbers, for a record cut out of a larger source. */
    private final int lineOffset;

    private final long recordStart;
    private final int startLine;
    private final List<Finding> findings = new ArrayList<>();
    private int errors;
    /** The record's id, kept for reports when the record cannot be read. */
    String id;

    ReadContext(Tokens tokens, ReadMode mode, JsonLimits limits, int pointerSegmentsToDrop, int lineOffset) {
        this.tokens = tokens;
        this.mode = mode;
        this.limits = limits;
        this.pointerSegmentsToDrop = pointerSegmentsToDrop;
        this.lineOffset = lineOffset;
        Location start = tokens.location();
        this.recordStart = tokens.offset();
        this.startLine = start.line() > 0 ? start.line() + lineOffset : 1 + lineOffset;
    }

    /** The line where the record starts in its source. */
    int startLine() {
        return startLine;
    }

    int errorCount() {
        return errors;
    }

    // ---- findings

    void report(JsonRules rule, Severity severity, String pointer, Location location, String fr, String en) {
        if (severity == Severity.ERROR) {
            errors++;
        }
        // However many problems a record has, the findings kept for it stay bounded.
        if (findings.size() >= Messages.MAX_FINDINGS) {
            omitted++;
            return;
        }
        Finding.Builder b = Finding.builder()
                .rule(rule.getId())
                .severity(severity)
                .path(pointer)
                .messageFr(fr)
                .messageEn(en);
        if (location != null && location.line() > 0) {
            b.line(location.line() + lineOffset);
            // Jackson reports column 0 for some positions, such as one found by encoding detection.
            if (location.column() > 0) {
                b.column(location.column());
            }
        }
        findings.add(b.build());
    }

    /** Findings left out past {@link Messages#MAX_FINDINGS}. */
    private int omitted;

    /** The findings, with one more saying how many were left out, if any were. */
    List<Finding> findings() {
        if (omitted == 0) {
            return findings;
        }
        List<Finding> all = new ArrayList<>(findings);
        all.add(Finding.builder()
                .rule(JsonRules.LIMIT.getId())
                .severity(Severity.INFO)
                .path("")
                .messageFr(omitted + " autres constats non listés : corrigez d'abord ceux-ci.")
                .messageEn(omitted + " more findings not listed: fix these first.")
                .build());
        return all;
    }

    void error(JsonRules rule, String fr, String en) {
        report(rule, Severity.ERROR, pointer(), tokens.location(), fr, en);
    }

    /** The JSON Pointer of the current token, relative to the record. */
    String pointer() {
        String pointer = tokens.pointer(pointerSegmentsToDrop);
        // A pointer through a huge key would hold it whole: past a bound, point at the parent.
        while (pointer.length() > MAX_POINTER) {
            pointer = pointer.substring(0, pointer.lastIndexOf('/'));
        }
        return pointer;
    }

    private static final int MAX_POINTER = 1000;

    // ---- scalars

    String string() throws IOException, TypeMismatch {
        if (tokens.current() != Token.STRING) {
            throw new TypeMismatch("une chaîne de caractères", "a string");
        }
        String text = tokens.text();
        int lone = Utf16.loneSurrogate(text);
        if (lone >= 0) {
            throw new BadText(lone, text.charAt(lone));
        }
        return text;
    }

    /** A string holding a lone surrogate: not Unicode text, so it can be neither kept nor written back. */
    static final class BadText extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int index;
        final char surrogate;

        BadText(int index, char surrogate) {
            super(null, null, false, false);
            this.index = index;
            this.surrogate = surrogate;
        }
    }

    /** Reports a lone surrogate in the value of a field ({@code name}) or in a field's name ({@code name} null). */
    private void badText(String name, BadText e) {
        String code = String.format("\\u%04X", (int) e.surrogate);
        String fr =
                name == null ? "Nom de champ" : name.isEmpty() ? "Texte" : "Texte de « " + Messages.cut(name) + " »";
        String en = name == null ? "Field name" : name.isEmpty() ? "Text" : "Text of '" + Messages.cut(name) + "'";
        error(
                JsonRules.ENCODING,
                fr + " : substitut isolé " + code + " au caractère " + (e.index + 1)
                        + ", qui n'est pas du texte Unicode. Écrivez le caractère lui-même, ou une paire de"
                        + " substituts complète.",
                en + ": lone surrogate " + code + " at character " + (e.index + 1)
                        + ", which is not Unicode text. Write the character itself, or a complete surrogate pair.");
    }

    BigDecimal decimal() throws IOException, TypeMismatch {
        Token t = tokens.current();
        if (t != Token.INTEGER && t != Token.DECIMAL) {
            throw new TypeMismatch("un nombre", "a number");
        }
        checkPlain();
        BigDecimal value = tokens.decimal();
        // "1e999999999" is short but would expand to a billion digits in later arithmetic; and
        // a number is written back in plain digits, which must fit the number length limit.
        if (Math.abs(value.scale()) > MAX_SCALE
                || Math.max(value.precision() - value.scale(), value.scale() + 2) > limits.getMaxNumberLength()) {
            int max = Math.min(MAX_SCALE, limits.getMaxNumberLength());
            throw new InvalidValueException(
                    "Nombre hors limites : écrit en chiffres, il dépasserait " + max + " caractères.",
                    "Number out of range: written in plain digits it would be longer than " + max + " characters.");
        }
        return value;
    }

    private static final int MAX_SCALE = 100;

    int integer() throws IOException, TypeMismatch {
        if (tokens.current() == Token.INTEGER && !tokens.isInt()) {
            String text = Messages.cut(tokens.text());
            throw new InvalidValueException(
                    "Nombre entier hors limites : " + text + ".", "Whole number out of range: " + text + ".");
        }
        if (!tokens.isInt()) {
            throw new TypeMismatch("un nombre entier", "a whole number");
        }
        checkPlain();
        return tokens.intValue();
    }

    /**
     * Refuses a number the format never writes, rather than rewrite it: an exponent ({@code 1e2}
     * would come back as {@code 100}) or a negative zero ({@code -0} would come back as {@code 0}).
     */
    private void checkPlain() throws IOException {
        String text = tokens.text();
        boolean exponent = false;
        boolean nonZeroDigit = false;
        for (int i = 0; i < text.length() && !exponent; i++) {
            char ch = text.charAt(i);
            exponent = ch == 'e' || ch == 'E';
            nonZeroDigit |= ch >= '1' && ch <= '9';
        }
        if (exponent) {
            String shown = Messages.cut(text);
            throw new InvalidValueException(
                    "Nombre en notation exponentielle « " + shown + " » : écrivez-le en chiffres, sans exposant"
                            + " (100, pas 1e2).",
                    "Number in exponent form '" + shown + "': write it in plain digits, without exponent (100, not"
                            + " 1e2).");
        }
        if (!nonZeroDigit && text.startsWith("-")) {
            throw new InvalidValueException(
                    "Zéro négatif « " + text + " » : écrivez 0.", "Negative zero '" + text + "': write 0.");
        }
    }

    // ---- structures

    /**
     * Reads an object field by field. Problems inside a field become findings and the next field
     * is read. Returns whether the object was read without error; required fields missing are
     * reported at the object's pointer.
     */
    boolean object(FieldReader fields, List<String> required, UnknownFields unknown) throws IOException, TypeMismatch {
        if (tokens.current() != Token.START_OBJECT) {
            throw new TypeMismatch("un objet", "an object");
        }
        int before = errors;
        long seen = 0;
        String[] names = namesAtDepth(++depth);
        int[] hashes = hashesByDepth[depth];
        int count = 0;
        String name;
        try {
            while ((name = tokens.nextFieldName()) != null) {
                checkBudget();
                int lone = Utf16.loneSurrogate(name);
                if (lone >= 0) {
                    badText(null, new BadText(lone, name.charAt(lone)));
                    tokens.next();
                    tokens.skipChildren();
                    continue;
                }
                int hash = name.hashCode();
                if (count < LINEAR_NAMES
                        ? contains(names, hashes, count, name, hash)
                        : !seenNames(depth, names, count).add(name)) {
                    String shown = Messages.cut(name);
                    error(
                            JsonRules.DUPLICATE_KEY,
                            "Clé en double « " + shown + " » : gardez une seule occurrence.",
                            "Duplicate key '" + shown + "': keep a single occurrence.");
                    tokens.next();
                    tokens.skipChildren();
                    continue;
                }
                if (count == names.length) {
                    names = growNamesAtDepth(depth);
                    hashes = hashesByDepth[depth];
                }
                hashes[count] = hash;
                names[count++] = name;
                tokens.next();
                if (!required.isEmpty()) {
                    int index = indexOf(required, name, hash);
                    if (index >= 0) {
                        seen |= 1L << index;
                    }
                }
                try {
                    if (!fields.read(name)) {
                        unknownField(name, unknown);
                    }
                } catch (TypeMismatch e) {
                    error(
                            JsonRules.TYPE,
                            "Type incorrect pour « " + name + " » : attendu " + e.expectedFr + ", trouvé "
                                    + describeFr(tokens.current()) + ".",
                            "Wrong type for '" + name + "': expected " + e.expectedEn + ", found "
                                    + describeEn(tokens.current()) + ".");
                    tokens.skipChildren();
                } catch (BadText e) {
                    badText(name, e);
                    tokens.skipChildren();
                } catch (IllegalArgumentException e) {
                    error(
                            JsonRules.VALUE,
                            "Valeur impossible pour « " + name + " » : " + french(e),
                            "Impossible value for '" + name + "': " + Messages.cutMessage(e.getMessage()));
                    tokens.skipChildren();
                }
            }
        } finally {
            depth--;
        }
        if (tokens.current() != Token.END_OBJECT) {
            throw new TypeMismatch("un objet", "an object");
        }
        for (int i = 0; i < required.size(); i++) {
            if ((seen & (1L << i)) == 0) {
                String field = required.get(i);
                error(
                        JsonRules.REQUIRED,
                        "Champ obligatoire manquant : « " + field + " ». Ajoutez-le à cet objet.",
                        "Missing required field '" + field + "'. Add it to this object.");
            }
        }
        return errors == before;
    }

    // Duplicate keys are found here rather than by Jackson's own detection, which costs a hash
    // set per object; names seen so far, and their hash codes, are kept in one reusable array per
    // nesting depth. Comparing hash codes first is cheap: jackson-core hands out the same String
    // instance for a name each time, and a String caches its hash code.
    private String[][] namesByDepth = new String[8][];
    private int[][] hashesByDepth = new int[8][];
    private int depth;

    private String[] namesAtDepth(int depth) {
        if (depth >= namesByDepth.length) {
            namesByDepth = java.util.Arrays.copyOf(namesByDepth, depth * 2);
            hashesByDepth = java.util.Arrays.copyOf(hashesByDepth, depth * 2);
        }
        if (namesByDepth[depth] == null) {
            namesByDepth[depth] = new String[16];
            hashesByDepth[depth] = new int[16];
        }
        return namesByDepth[depth];
    }

    private String[] growNamesAtDepth(int depth) {
        namesByDepth[depth] = java.util.Arrays.copyOf(namesByDepth[depth], namesByDepth[depth].length * 2);
        hashesByDepth[depth] = java.util.Arrays.copyOf(hashesByDepth[depth], hashesByDepth[depth].length * 2);
        return namesByDepth[depth];
    }

    /**
     * Past this many names, an object's names go into a hash set too: a linear search would make
     * an object of 100 000 keys cost 5 billion comparisons.
     */
    private static final int LINEAR_NAMES = 32;

    private java.util.Set<String>[] setsByDepth;

    /** The names seen in the object at this depth, as a set; filled from the array on first use. */
    @SuppressWarnings("unchecked")
    private java.util.Set<String> seenNames(int depth, String[] names, int count) {
        if (setsByDepth == null || depth >= setsByDepth.length) {
            setsByDepth = java.util.Arrays.copyOf(
                    setsByDepth == null ? new java.util.Set[0] : setsByDepth, Math.max(8, depth * 2));
        }
        java.util.Set<String> set = setsByDepth[depth];
        if (set == null) {
            set = new java.util.HashSet<>();
            setsByDepth[depth] = set;
        }
        if (set.size() != count) {
            // A new object at this depth: start from the names the array holds.
            set.clear();
            for (int i = 0; i < count; i++) {
                set.add(names[i]);
            }
        }
        return set;
    }

    private static boolean contains(String[] names, int[] hashes, int count, String name, int hash) {
        for (int i = 0; i < count; i++) {
            if (hashes[i] == hash && names[i].equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(List<String> names, String name, int hash) {
        for (int i = 0, n = names.size(); i < n; i++) {
            String candidate = names.get(i);
            if (candidate.hashCode() == hash && candidate.equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Where a list's elements go as they are read. */
    @FunctionalInterface
    interface ElementSink<T> {
        void add(T element);
    }

    /**
     * Reads a list, giving each element to {@code into} as it is read; elements that cannot be
     * read are reported and left out (the record fails).
     */
    <T> void list(ElementReader<T> element, ElementSink<? super T> into) throws IOException, TypeMismatch {
        if (tokens.current() != Token.START_ARRAY) {
            throw new TypeMismatch("un tableau", "an array");
        }
        int count = 0;
        while (tokens.next() != Token.END_ARRAY) {
            checkBudget();
            if (++count > limits.getMaxListSize()) {
                throw new LimitExceeded("a list has more than " + limits.getMaxListSize() + " items");
            }
            try {
                T item = element.read();
                if (item != null) {
                    into.add(item);
                }
            } catch (TypeMismatch e) {
                error(
                        JsonRules.TYPE,
                        "Type incorrect : attendu " + e.expectedFr + ", trouvé " + describeFr(tokens.current()) + ".",
                        "Wrong type: expected " + e.expectedEn + ", found " + describeEn(tokens.current()) + ".");
                tokens.skipChildren();
            } catch (BadText e) {
                badText("", e);
                tokens.skipChildren();
            } catch (IllegalArgumentException e) {
                error(
                        JsonRules.VALUE,
                        "Valeur impossible : " + french(e),
                        "Impossible value: " + Messages.cutMessage(e.getMessage()));
                tokens.skipChildren();
            }
        }
    }

    /** Reports a failure to build an object from fields that were each fine. */
    void invalidObject(IllegalArgumentException e) {
        error(
                JsonRules.VALUE,
                "Objet impossible : " + french(e),
                "Impossible object: " + Messages.cutMessage(e.getMessage()));
    }

    /** The French text of a problem, as the model explains it. */
    private static String french(IllegalArgumentException e) {
        return Messages.cutMessage(InvalidValueException.frenchMessageOf(e));
    }

    private void unknownField(String name, UnknownFields unknown) throws IOException {
        String shown = Messages.cut(name);
        if (mode == ReadMode.STRICT || unknown == null) {
            error(
                    JsonRules.UNKNOWN_FIELD,
                    "Champ inconnu « " + shown
                            + " » : supprimez-le, corrigez son nom, ou lisez en mode tolérant pour le conserver.",
                    "Unknown field '" + shown + "': remove it, fix its name, or read in lenient mode to keep it.");
            tokens.skipChildren();
            return;
        }
        report(
                JsonRules.UNKNOWN_FIELD,
                Severity.INFO,
                pointer(),
                tokens.location(),
                "Champ inconnu « " + shown + " » conservé tel quel.",
                "Unknown field '" + shown + "' kept as it is.");
        String raw = tokens.raw(limits.getMaxDocumentLength());
        int lone = Utf16.loneSurrogate(raw);
        if (lone >= 0) {
            throw new BadText(lone, raw.charAt(lone));
        }
        unknown.put(name, raw);
    }

    /** Abandons the record if it has grown past the record size limit. */
    void checkBudget() {
        long size = tokens.offset() - recordStart;
        if (size > limits.getMaxDocumentLength()) {
            throw new LimitExceeded("the record is longer than " + limits.getMaxDocumentLength() + " bytes");
        }
    }

    static String describeEn(Token token) {
        if (token == null) {
            return "nothing";
        }
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case STRING:
                return "a string";
            case INTEGER:
                return "a whole number";
            case DECIMAL:
                return "a decimal number";
            case TRUE:
            case FALSE:
                return "a boolean";
            case NULL:
                return "null (omit the field instead)";
            default:
                return token.name();
        }
    }

    static String describeFr(Token token) {
        if (token == null) {
            return "rien";
        }
        switch (token) {
            case START_OBJECT:
                return "un objet";
            case START_ARRAY:
                return "un tableau";
            case STRING:
                return "une chaîne de caractères";
            case INTEGER:
                return "un nombre entier";
            case DECIMAL:
                return "un nombre décimal";
            case TRUE:
            case FALSE:
                return "un booléen";
            case NULL:
                return "null (omettez plutôt le champ)";
            default:
                return token.name();
        }
    }

    /** Where a lenient reader puts the fields it does not know. */
    @FunctionalInterface
    interface UnknownFields {
        void put(String name, String rawJson);
    }
}
