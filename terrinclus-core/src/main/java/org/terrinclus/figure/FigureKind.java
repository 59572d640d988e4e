package org.terrinclus.figure;

import java.util.Locale;
import org.terrinclus.core.Labelled;
import org.terrinclus.core.internal.Codes;

/** What a key figure measures. */
public enum FigureKind implements Labelled {
    /** A year, as 2012 for the start of a partnership. */
    YEAR("year", "Année", "Year"),
    /** A number of people, organisations, missions… */
    COUNT("count", "Nombre", "Count"),
    /** An amount of money other than the project's total cost. */
    MONEY("money", "Montant", "Amount of money"),
    /** The project's total cost; checked against its funding or cost tables. */
    TOTAL_COST("total-cost", "Coût total", "Total cost"),
    /** A percentage. */
    PERCENTAGE("percentage", "Pourcentage", "Percentage"),
    /** An area, as 660 hectares. */
    AREA("area", "Superficie", "Area"),
    /** A duration, in the unit the figure gives (months, years). */
    DURATION("duration", "Durée", "Duration"),
    /** An age range, as 16–25. */
    AGE_RANGE("age-range", "Tranche d'âge", "Age range"),
    /** Anything else. */
    OTHER("other", "Autre", "Other");

    private final String code;
    private final String labelFr;
    private final String labelEn;

    FigureKind(String code, String labelFr, String labelEn) {
        this.code = code;
        this.labelFr = labelFr;
        this.labelEn = labelEn;
    }

    /** The stable code used in the JSON format, as {@code total-cost}. */
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
    public static FigureKind fromCode(String code) {
        return Codes.fromCode(FigureKind.class, code, FigureKind::getCode, "figure kind");
    }
}
