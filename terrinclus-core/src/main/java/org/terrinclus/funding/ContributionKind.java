package org.terrinclus.funding;

import java.util.Locale;
import org.terrinclus.core.Labelled;
import org.terrinclus.core.internal.Codes;

/** What a row of a funding table holds: an amount, nothing measurable, or money still sought. */
public enum ContributionKind implements Labelled {
    /** A funder's contribution of a known amount. */
    AMOUNT("amount", "Montant", "Amount"),
    /** A contribution in kind whose value is not given ("Non évaluable"); it has no amount. */
    NOT_EVALUABLE("not-evaluable", "Non évaluable", "Not evaluable"),
    /** An amount still to be raised ("Montant à mobiliser"), usually with no funder yet. */
    TO_BE_RAISED("to-be-raised", "Montant à mobiliser", "Still to be raised");

    private final String code;
    private final String labelFr;
    private final String labelEn;

    ContributionKind(String code, String labelFr, String labelEn) {
        this.code = code;
        this.labelFr = labelFr;
        this.labelEn = labelEn;
    }

    /** The stable code used in the JSON format, as {@code not-evaluable}. */
    public String getCode() {
        return code;
    }

    @Override
    public String getLabel(Locale locale) {
        return Labelled.isFrench(locale) ? labelFr : labelEn;
    }

    /**
     * The kind with the given code.
     *
     * @throws IllegalArgumentException if no kind has this code
     */
    public static ContributionKind fromCode(String code) {
        return Codes.fromCode(ContributionKind.class, code, ContributionKind::getCode, "contribution kind");
    }
}
