package org.terrinclus.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.terrinclus.recommendation.Recommendation;
import org.terrinclus.validation.constraints.KnownRecommendation;

/** {@link KnownRecommendation}: {@code recommendation.unknown}. */
public final class KnownRecommendationValidator implements ConstraintValidator<KnownRecommendation, String> {

    @Override
    public boolean isValid(String code, ConstraintValidatorContext context) {
        if (code == null || Recommendation.byCode(code).isPresent()) {
            return true;
        }
        Violations report = Violations.in(context);
        report.text("code", code).here("recommendation.unknown");
        return report.valid();
    }
}
