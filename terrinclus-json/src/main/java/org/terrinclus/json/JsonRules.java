package org.terrinclus.json;

import java.util.List;
import org.terrinclus.validation.Severity;

/**
 * The rules a reader reports, with their severity and description; the same shape as the
 * validation rules, so that tools list both.
 */
public enum JsonRules {
    /** Not well-formed JSON: truncated, stray characters, trailing content, empty input. */
    SYNTAX(
            "json.syntax",
            Severity.ERROR,
            "Le document n'est pas du JSON bien formé.",
            "The document is not well-formed JSON."),
    /** Bytes that are not valid UTF-8. */
    ENCODING(
            "json.encoding",
            Severity.ERROR,
            "Le document n'est pas encodé en UTF-8 valide.",
            "The document is not valid UTF-8."),
    /** A UTF-8 byte-order mark before the document; it is skipped. */
    BOM(
            "json.bom",
            Severity.WARNING,
            "Le document commence par une marque d'ordre d'octets (BOM), ignorée ; enregistrez-le en UTF-8 sans BOM.",
            "The document starts with a byte-order mark, which is skipped; save it as UTF-8 without BOM."),
    /** A value of the wrong JSON type: a string where a number is expected… */
    TYPE(
            "json.type",
            Severity.ERROR,
            "Une valeur n'a pas le type JSON attendu.",
            "A value does not have the expected JSON type."),
    /** A field the format requires is missing. */
    REQUIRED("json.required", Severity.ERROR, "Un champ obligatoire manque.", "A required field is missing."),
    /** A field the format does not define (an error when strict, information when lenient). */
    UNKNOWN_FIELD(
            "json.unknown-field",
            Severity.ERROR,
            "Un champ n'est pas défini par le format.",
            "A field is not defined by the format."),
    /** The same key twice in one object. */
    DUPLICATE_KEY(
            "json.duplicate-key",
            Severity.ERROR,
            "Une clé apparaît deux fois dans un même objet.",
            "A key appears twice in one object."),
    /** A value that cannot exist: SDG 18, a negative amount, an unknown currency or code. */
    VALUE(
            "json.value",
            Severity.ERROR,
            "Une valeur est impossible (code inconnu, montant négatif…).",
            "A value cannot exist (unknown code, negative amount…)."),
    /** A formatVersion this reader does not support. */
    FORMAT_VERSION(
            "json.format-version",
            Severity.ERROR,
            "La version du format n'est pas prise en charge.",
            "The format version is not supported."),
    /** A size limit exceeded: nesting depth, number or string length, record size, list size. */
    LIMIT("json.limit", Severity.ERROR, "Une limite de taille est dépassée.", "A size limit is exceeded.");

    private final String id;
    private final Severity severity;
    private final String descriptionFr;
    private final String descriptionEn;

    JsonRules(String id, Severity severity, String descriptionFr, String descriptionEn) {
        this.id = id;
        this.severity = severity;
        this.descriptionFr = descriptionFr;
        this.descriptionEn = descriptionEn;
    }

    /** The stable rule id, as {@code json.syntax}. */
    public String getId() {
        return id;
    }

    /** The severity of the rule's findings (unknown fields are information when lenient). */
    public Severity getSeverity() {
        return severity;
    }

    /** What the rule checks, in French. */
    public String getDescriptionFr() {
        return descriptionFr;
    }

    /** What the rule checks, in English. */
    public String getDescriptionEn() {
        return descriptionEn;
    }

    /** All reading rules. */
    public static List<JsonRules> all() {
        return List.of(values());
    }
}
