package org.terrinclus.organisation;

import java.util.Locale;
import java.util.regex.Pattern;
import org.terrinclus.core.Labelled;
import org.terrinclus.core.internal.Codes;

/** A register that identifies organisations: INSEE codes, SIREN, SIRET, RNA, IATI. */
public enum IdentifierScheme implements Labelled {
    /** INSEE code of a French Département: 01–95, 2A, 2B, 971–976. */
    INSEE_DEPARTEMENT(
            "insee-departement",
            "Code INSEE de département",
            "INSEE département code",
            "(0[1-9]|1[0-9]|2[1-9]|[3-8][0-9]|9[0-5]|2A|2B|97[1-6])"),
    /** INSEE code of a French commune: five characters, as 75056 or 2A004. */
    INSEE_COMMUNE("insee-commune", "Code INSEE de commune", "INSEE municipality code", "([0-9]{2}|2A|2B)[0-9]{3}"),
    /** SIREN number of a French legal entity: nine digits with a Luhn check digit. */
    SIREN("siren", "Numéro SIREN", "SIREN number", "[0-9]{9}"),
    /** SIRET number of a French establishment: fourteen digits with a Luhn check digit. */
    SIRET("siret", "Numéro SIRET", "SIRET number", "[0-9]{14}"),
    /** RNA number of a French association: W followed by nine digits. */
    RNA("rna", "Numéro RNA", "RNA number", "W[0-9]{9}"),
    /** IATI organisation identifier, as FR-RCS-123456789 or XM-DAC-41114. */
    IATI_ORG(
            "iati-org",
            "Identifiant d'organisation IATI",
            "IATI organisation identifier",
            "[A-Z]{2}-[A-Za-z0-9]+-\\S+"),
    /** Any other register; the value is free text. */
    OTHER("other", "Autre identifiant", "Other identifier", "\\S(.*\\S)?");

    private final String code;
    private final String labelFr;
    private final String labelEn;
    private final Pattern pattern;

    IdentifierScheme(String code, String labelFr, String labelEn, String regex) {
        this.code = code;
        this.labelFr = labelFr;
        this.labelEn = labelEn;
        this.pattern = Pattern.compile(regex);
    }

    /** The stable code used in the JSON format, as {@code insee-departement}. */
    public String getCode() {
        return code;
    }

    @Override
    public String getLabel(Locale locale) {
        return Labelled.isFrench(locale) ? labelFr : labelEn;
    }

    /** Whether {@code value} is well-formed in this scheme, check digit included. */
    public boolean accepts(String value) {
        if (!pattern.matcher(value).matches()) {
            return false;
        }
        return (this != SIREN && this != SIRET) || luhn(value);
    }

    /**
     * The regular expression a value matches in full (SIREN and SIRET also need a valid check
     * digit), for schemas and messages.
     *
     * @return the expression, without anchors
     */
    public String getPattern() {
        return pattern.pattern();
    }

    /** The pattern a value must match, for error messages. */
    String describePattern() {
        return pattern.pattern();
    }

    /**
     * The scheme with the given code.
     *
     * @throws IllegalArgumentException if no scheme has this code
     */
    public static IdentifierScheme fromCode(String code) {
        return Codes.fromCode(IdentifierScheme.class, code, IdentifierScheme::getCode, "identifier scheme");
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
