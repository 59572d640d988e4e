package org.terrinclus.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.terrinclus.thematic.Thematic;
import org.terrinclus.validation.constraints.KnownThematic;

/** {@link KnownThematic}: {@code thematic.unknown}. */
public final class KnownThematicValidator implements ConstraintValidator<KnownThematic, Thematic> {

    @Override
    public boolean isValid(Thematic thematic, ConstraintValidatorContext context) {
        if (thematic == null) {
            return true;
        }
        Violations report = Violations.in(context);
        check(thematic, report);
        return report.valid();
    }

    /** Reports on {@code thematic}; shared by Hibernate Validator and the library's own traversal. */
    static void check(Thematic thematic, Violations report) {
        if (!thematic.isKnown()) {
            report.text("thematic", thematic.getCode()).here("thematic.unknown");
        }
    }
}
