package org.terrinclus.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.terrinclus.recommendation.Recommendation;
import org.terrinclus.validation.constraints.KnownRecommendation;

/** {@link KnownRecommendation}: {@code recommendation.unknown}. */
public final class KnownRecommendationValidator implements ConstraintValidator<KnownRecommendation, String> {

    @Override
    public boolean isValid(String code, ConstraintValidatorContext context) {
        if (code == null) {
            return true;
        }
        Violations report = Violations.in(context);
        check(code, report);
        return report.valid();
    }

    /** Reports on {@code code}; shared by Hibernate Validator and the library's own traversal. */
    static void check(String code, Violations report) {
        if (Recommendation.byCode(code).isEmpty()) {
            report.text("code", code).here("recommendation.unknown");
        }
    }
}
