package org.terrinclus.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Year;
import java.util.Optional;
import org.terrinclus.project.ProjectDates;
import org.terrinclus.validation.constraints.OrderedDates;

/**
 * {@link OrderedDates}: {@code dates.order}, reported on the later of two years out of order
 * (partnership start ≤ launch ≤ end).
 */
public final class OrderedDatesValidator implements ConstraintValidator<OrderedDates, ProjectDates> {

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
        Optional<Year> start = dates.getPartnershipStart();
        Optional<Year> launch = dates.getLaunch();
        Optional<Year> end = dates.getEnd();
        if (start.isPresent() && launch.isPresent() && launch.get().isBefore(start.get())) {
            report(
                    report,
                    "launch",
                    "lancement",
                    "launch",
                    launch.get(),
                    "début du partenariat",
                    "partnership start",
                    start.get());
        }
        if (launch.isPresent() && end.isPresent() && end.get().isBefore(launch.get())) {
            report(report, "end", "fin", "end", end.get(), "lancement", "launch", launch.get());
        } else if (launch.isEmpty()
                && start.isPresent()
                && end.isPresent()
                && end.get().isBefore(start.get())) {
            report(report, "end", "fin", "end", end.get(), "début du partenariat", "partnership start", start.get());
        }
    }

    private static void report(
            Violations report,
            String property,
            String laterFr,
            String laterEn,
            Year later,
            String earlierFr,
            String earlierEn,
            Year earlier) {
        report.text("laterFr", laterFr)
                .text("laterEn", laterEn)
                .number("later", later.getValue())
                .text("earlierFr", earlierFr)
                .text("earlierEn", earlierEn)
                .number("earlier", earlier.getValue())
                .onProperty("dates.order", property);
    }
}
