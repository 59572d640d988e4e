package org.terrinclus.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Period;
import org.terrinclus.project.ProjectDates;
import org.terrinclus.validation.constraints.ConsistentDuration;

/**
 * {@link ConsistentDuration}: {@code dates.duration.inconsistent}.
 *
 * <p>Records give years, not months, so a project of {@code m} months launched in year {@code L}
 * may end in any year from {@code L + (m - 1) / 12} (launched in January) to {@code L + (m + 10) /
 * 12} (launched in December).
 */
public final class ConsistentDurationValidator implements ConstraintValidator<ConsistentDuration, ProjectDates> {

    @Override
    public boolean isValid(ProjectDates dates, ConstraintValidatorContext context) {
        if (dates == null) {
            return true;
        }
        Violations report = Violations.in(context);
        check(dates, report);
        return report.valid();
    }

    /** Reports on {@code dates}; shared by Hibernate Validator and the library's own traversal. */
    static void check(ProjectDates dates, Violations report) {
        if (dates.getLaunch().isEmpty()
                || dates.getDuration().isEmpty()
                || dates.getEnd().isEmpty()) {
            return;
        }
        int launch = dates.getLaunch().get().getValue();
        int end = dates.getEnd().get().getValue();
        long months = months(dates.getDuration().get());
        long earliest = launch + (months - 1) / 12;
        long latest = launch + (months + 10) / 12;
        if (end >= earliest && end <= latest) {
            return;
        }
        report.number("launch", launch)
                .number("months", months)
                .number("end", end)
                .number("earliest", earliest)
                .number("latest", latest)
                .onProperty("dates.duration.inconsistent", "duration");
    }

    /** The duration in whole months, a started month counting as one; at least one. */
    static long months(Period duration) {
        long months = duration.toTotalMonths() + (duration.getDays() > 0 ? 1 : 0);
        return Math.max(1, months);
    }
}
