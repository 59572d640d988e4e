package org.terrinclus.spreadsheet;

import org.terrinclus.validation.Finding;
import org.terrinclus.validation.Severity;

/**
 * The rules a spreadsheet reader reports, besides those of reading the records themselves
 * ({@code json.*}, at the cell of each value): with their severity and description, in the same
 * shape as the other rules so that tools list them all.
 */
public enum SheetRules {
    /** The file is not a workbook or CSV table that can be read at all. */
    UNREADABLE(
            "sheet.unreadable",
            Severity.ERROR,
            "Le fichier n'est pas un classeur XLSX ou un tableau CSV lisible.",
            "The file is not a readable XLSX workbook or CSV table."),
    /** A workbook beyond the reader's limits: too many sheets, rows, cells, or too big once unzipped. */
    LIMIT(
            "sheet.limit",
            Severity.ERROR,
            "Le classeur dépasse une limite de taille ; il n'est pas lu.",
            "The workbook exceeds a size limit; it is not read."),
    /** No sheet of records (Fiches / Records) in the workbook. */
    NO_RECORDS(
            "sheet.records.missing",
            Severity.ERROR,
            "Le classeur n'a pas de feuille de fiches.",
            "The workbook has no sheet of records."),
    /** A sheet the layout does not know; it is not read. */
    UNKNOWN_SHEET(
            "sheet.unknown-sheet",
            Severity.WARNING,
            "Une feuille n'appartient pas à la disposition ; elle n'est pas lue.",
            "A sheet is not part of the layout; it is not read."),
    /** A column heading that names no field; its cells are not read. */
    UNKNOWN_COLUMN(
            "sheet.unknown-column",
            Severity.ERROR,
            "Un en-tête de colonne ne désigne aucun champ ; la colonne n'est pas lue.",
            "A column heading names no field; the column is not read."),
    /** A column of a portfolio that its mapping does not name; its cells are not read. */
    UNMAPPED_COLUMN(
            "sheet.unmapped-column",
            Severity.WARNING,
            "Une colonne n'est pas dans la correspondance ; elle n'est pas lue.",
            "A column is not in the mapping; it is not read."),
    /** Two columns of one sheet for the same field. */
    DUPLICATE_COLUMN(
            "sheet.duplicate-column",
            Severity.ERROR,
            "Deux colonnes d'une feuille désignent le même champ.",
            "Two columns of a sheet name the same field."),
    /** A row of a repeated part whose record id is blank or names no record. */
    UNKNOWN_RECORD(
            "sheet.unknown-record",
            Severity.ERROR,
            "Une ligne ne se rattache à aucune fiche (identifiant vide ou inconnu).",
            "A row belongs to no record (blank or unknown id)."),
    /** Two rows of records with the same id. */
    DUPLICATE_RECORD(
            "sheet.duplicate-record",
            Severity.ERROR,
            "Deux fiches ont le même identifiant.",
            "Two records have the same id."),
    /** A number that ties a row to its parent row (N° …) that is not a row number that exists. */
    POSITION(
            "sheet.position",
            Severity.ERROR,
            "Le numéro de rattachement d'une ligne ne désigne pas une ligne existante.",
            "The number that ties a row to its parent names no existing row."),
    /** A number that could be read two ways, as 1.234 or 1,234: never guessed. */
    AMBIGUOUS_NUMBER(
            "sheet.ambiguous-number",
            Severity.ERROR,
            "Un nombre peut se lire de deux façons (1.234 ou 1,234) ; il n'est pas deviné.",
            "A number can be read two ways (1.234 or 1,234); it is not guessed."),
    /** Text where a number or an amount is expected. */
    NUMBER(
            "sheet.number",
            Severity.ERROR,
            "Une cellule n'est pas un nombre ou un montant lisible.",
            "A cell is not a readable number or amount."),
    /** Two cells of a row that say different things (an amount "Non évaluable" and a kind "amount"). */
    CONFLICT(
            "sheet.conflict",
            Severity.ERROR,
            "Deux cellules d'une ligne se contredisent.",
            "Two cells of a row contradict each other."),
    /** How a CSV file was read when it was not certain: encoding, separator. */
    CSV_DIALECT(
            "sheet.csv-dialect",
            Severity.INFO,
            "Comment le fichier CSV a été lu : encodage, séparateur.",
            "How the CSV file was read: encoding, separator."),
    /** A date typed by Excel in a column of years: its year is read. */
    DATE_AS_YEAR(
            "sheet.date-as-year",
            Severity.INFO,
            "Une date saisie dans une colonne d'années : son année est lue.",
            "A date typed in a column of years: its year is read.");

    private final String id;
    private final Severity severity;
    private final String descriptionFr;
    private final String descriptionEn;

    SheetRules(String id, Severity severity, String descriptionFr, String descriptionEn) {
        this.id = id;
        this.severity = severity;
        this.descriptionFr = descriptionFr;
        this.descriptionEn = descriptionEn;
    }

    /**
     * Returns the stable rule id.
     *
     * @return the id, as {@code sheet.ambiguous-number}
     */
    public String getId() {
        return id;
    }

    /**
     * Returns how serious a finding of this rule is.
     *
     * @return the severity
     */
    public Severity getSeverity() {
        return severity;
    }

    /**
     * Returns what the rule reports, in French.
     *
     * @return the description
     */
    public String getDescriptionFr() {
        return descriptionFr;
    }

    /**
     * Returns what the rule reports, in English.
     *
     * @return the description
     */
    public String getDescriptionEn() {
        return descriptionEn;
    }

    /**
     * Returns a finding of this rule.
     *
     * @param path the JSON Pointer of the value concerned, or {@code ""}
     * @param messageFr what is wrong and how to fix it, in French
     * @param messageEn the same in English
     * @return the finding
     */
    public Finding finding(String path, String messageFr, String messageEn) {
        return Finding.of(id, severity, path, messageFr, messageEn);
    }
}
