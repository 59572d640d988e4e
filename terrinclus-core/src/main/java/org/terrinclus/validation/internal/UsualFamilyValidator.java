package org.terrinclus.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import org.terrinclus.recommendation.AppliedRecommendation;
import org.terrinclus.recommendation.Recommendation;
import org.terrinclus.validation.constraints.UsualFamily;

/** {@link UsualFamily}: {@code recommendation.family.unusual}. */
public final class UsualFamilyValidator implements ConstraintValidator<UsualFamily, AppliedRecommendation> {

    @Override
    public boolean isValid(AppliedRecommendation applied, ConstraintValidatorContext context) {
        if (applied == null) {
            return true;
        }
        Violations report = Violations.in(context);
        check(applied, report);
        return report.valid();
    }

    /** Reports on {@code applied}; shared by Hibernate Validator and the library's own traversal. */
    static void check(AppliedRecommendation applied, Violations report) {
        Optional<Recommendation> known = Recommendation.byCode(applied.getCode());
        if (known.isEmpty() || known.get().getHomeFamily() == applied.getFamily()) {
            return;
        }
        report.text("code", applied.getCode())
                .family("family", applied.getFamily())
                .family("home", known.get().getHomeFamily())
                .onProperty("recommendation.family.unusual", "family");
    }
}
