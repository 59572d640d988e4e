package org.terrinclus.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.terrinclus.thematic.Thematic;
import org.terrinclus.validation.constraints.KnownThematic;

/** {@link KnownThematic}: {@code thematic.unknown}. */
public final class KnownThematicValidator implements ConstraintValidator<KnownThematic, Thematic> {

    @Override
    public boolean isValid(Thematic thematic, ConstraintValidatorContext context) {
        if (thematic == null || thematic.isKnown()) {
            return true;
        }
        Violations report = Violations.in(context);
        report.text("thematic", thematic.getCode()).here("thematic.unknown");
        return report.valid();
    }
}
