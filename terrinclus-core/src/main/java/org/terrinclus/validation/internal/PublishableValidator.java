package org.terrinclus.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.validation.constraints.Publishable;

/** {@link Publishable}: {@code partner.missing} and {@code funding.missing}. */
public final class PublishableValidator implements ConstraintValidator<Publishable, ProjectRecord> {

    @Override
    public boolean isValid(ProjectRecord record, ConstraintValidatorContext context) {
        if (record == null) {
            return true;
        }
        Violations report = Violations.in(context);
        check(record, report);
        return report.valid();
    }

    /** Reports on {@code record}; shared by Hibernate Validator and the library's own traversal. */
    static void check(ProjectRecord record, Violations report) {
        boolean described =
                record.getPartnersDescription().filter(d -> !d.isBlank()).isPresent();
        if (record.getPartners().isEmpty() && record.getPartnerCountries().isEmpty() && !described) {
            report.onProperty("partner.missing", "partners");
        }
        if (record.getFunding().isEmpty() && record.getCosts().isEmpty()) {
            report.onProperty("funding.missing", "funding");
        }
    }
}
