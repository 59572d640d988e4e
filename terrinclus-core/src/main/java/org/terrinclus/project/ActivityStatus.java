package org.terrinclus.project;

import java.util.Locale;
import org.terrinclus.core.Labelled;
import org.terrinclus.core.internal.Codes;

/** Where a project stands in its life cycle, as IATI's ActivityStatus code list says it. */
public enum ActivityStatus implements Labelled {
    /** Being identified or prepared; IATI code 1 (Pipeline/identification). */
    PIPELINE("pipeline", 1, "En préparation", "Pipeline/identification"),
    /** Under way; IATI code 2 (Implementation). */
    IMPLEMENTATION("implementation", 2, "En cours", "Implementation"),
    /** Activities done, finances and reports being closed; IATI code 3 (Finalisation). */
    FINALISATION("finalisation", 3, "En finalisation", "Finalisation"),
    /** Finished, finances closed; IATI code 4 (Closed). */
    CLOSED("closed", 4, "Clos", "Closed"),
    /** Stopped before it finished; IATI code 5 (Cancelled). */
    CANCELLED("cancelled", 5, "Annulé", "Cancelled"),
    /** Paused; IATI code 6 (Suspended). */
    SUSPENDED("suspended", 6, "Suspendu", "Suspended");

    private final String code;
    private final int iatiCode;
    private final String labelFr;
    private final String labelEn;

    ActivityStatus(String code, int iatiCode, String labelFr, String labelEn) {
        this.code = code;
        this.iatiCode = iatiCode;
        this.labelFr = labelFr;
        this.labelEn = labelEn;
    }

    /** The stable code used in the JSON format, as {@code implementation}. */
    public String getCode() {
        return code;
    }

    /** The code of IATI's ActivityStatus code list, 1 to 6. */
    public int getIatiCode() {
        return iatiCode;
    }

    @Override
    public String getLabel(Locale locale) {
        return Labelled.isFrench(locale) ? labelFr : labelEn;
    }

    /**
     * The status with the given code.
     *
     * @throws IllegalArgumentException if no status has this code
     */
    public static ActivityStatus fromCode(String code) {
        return Codes.fromCode(ActivityStatus.class, code, ActivityStatus::getCode, "activity status");
    }
}
