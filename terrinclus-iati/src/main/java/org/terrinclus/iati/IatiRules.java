package org.terrinclus.iati;

import java.util.Locale;
import org.terrinclus.core.Labelled;
import org.terrinclus.validation.Finding;
import org.terrinclus.validation.Severity;

/**
 * The rules that reading and writing IATI report, with their severity and description; the same
 * shape as the JSON reader's rules, so that tools list them all.
 */
public enum IatiRules {
    /** Not well-formed XML: truncated, a character XML forbids, stray content. */
    SYNTAX(
            "iati.xml.syntax",
            Severity.ERROR,
            "Le fichier n'est pas du XML bien formé.",
            "The file is not well-formed XML."),
    /** A document type declaration: refused, as are the entities it could declare. */
    DTD(
            "iati.xml.dtd",
            Severity.ERROR,
            "Le fichier déclare un type de document (DTD), refusé : IATI n'en utilise pas.",
            "The file declares a document type (DTD), which is refused: IATI uses none."),
    /** A limit of the reader: nesting depth, size of a text, an attribute or an activity. */
    LIMIT(
            "iati.xml.limit",
            Severity.ERROR,
            "Le fichier dépasse une limite du lecteur (profondeur, taille d'un texte ou d'une activité).",
            "The file exceeds a limit of the reader (depth, size of a text or of an activity)."),
    /** The root element is not {@code iati-activities}. */
    ROOT(
            "iati.root",
            Severity.ERROR,
            "L'élément racine n'est pas iati-activities.",
            "The root element is not iati-activities."),
    /** The root has no version, or one this reader does not know; it is read as 2.03. */
    VERSION(
            "iati.version",
            Severity.WARNING,
            "La version IATI manque ou n'est pas prise en charge (2.01, 2.02, 2.03) ; le fichier est lu comme en 2.03.",
            "The IATI version is missing or not supported (2.01, 2.02, 2.03); the file is read as 2.03."),
    /** An activity without an identifier: the record gets one made from its position. */
    IDENTIFIER(
            "iati.identifier.missing",
            Severity.ERROR,
            "L'activité n'a pas d'iati-identifier.",
            "The activity has no iati-identifier."),
    /** A value that cannot be read: an unknown code, a date or number that is not one. */
    VALUE(
            "iati.value",
            Severity.WARNING,
            "Une valeur ne peut pas être lue (code inconnu, date ou nombre mal formé).",
            "A value cannot be read (unknown code, malformed date or number)."),
    /** An amount that the record cannot hold, named with its value and currency. */
    AMOUNT(
            "iati.amount.unmapped",
            Severity.WARNING,
            "Un montant n'a pas de place dans la fiche ; il est nommé ici.",
            "An amount has no place in the record; it is named here."),
    /** An element or attribute that has no place in a record. */
    UNMAPPED(
            "iati.unmapped",
            Severity.INFO,
            "Un élément IATI n'a pas de place dans la fiche.",
            "An IATI element has no place in the record."),
    /** A narrative in another language than the one kept. */
    LANGUAGE(
            "iati.narrative.language",
            Severity.INFO,
            "Un texte dans une autre langue n'est pas gardé (la fiche a un texte par champ).",
            "A text in another language is not kept (a record has one text per field)."),
    /** Writing: what IATI requires and neither the record nor the options give. */
    EXPORT_MISSING(
            "iati.export.missing",
            Severity.ERROR,
            "Un élément obligatoire en IATI manque : ni la fiche ni les options d'export ne le donnent.",
            "An element IATI requires is missing: neither the record nor the export options give it."),
    /** Writing: a part of the record that cannot be written as it is. */
    EXPORT_DROPPED(
            "iati.export.dropped",
            Severity.WARNING,
            "Une partie de la fiche ne peut pas être écrite telle quelle en XML.",
            "A part of the record cannot be written as it is in XML.");

    private final String id;
    private final Severity severity;
    private final String descriptionFr;
    private final String descriptionEn;

    IatiRules(String id, Severity severity, String descriptionFr, String descriptionEn) {
        this.id = id;
        this.severity = severity;
        this.descriptionFr = descriptionFr;
        this.descriptionEn = descriptionEn;
    }

    /**
     * Returns the rule's stable identifier.
     *
     * @return as {@code iati.xml.syntax}
     */
    public String getId() {
        return id;
    }

    /**
     * Returns the severity of the rule's findings.
     *
     * @return the severity
     */
    public Severity getSeverity() {
        return severity;
    }

    /**
     * Returns what the rule reports.
     *
     * @param locale French if its language is {@code "fr"}, English otherwise
     * @return the description
     */
    public String getDescription(Locale locale) {
        return Labelled.isFrench(locale) ? descriptionFr : descriptionEn;
    }

    Finding finding(String path, String messageFr, String messageEn) {
        return Finding.of(id, severity, path, messageFr, messageEn);
    }
}
