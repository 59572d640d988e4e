package org.terrinclus.validation.internal;

import java.time.Period;
import java.time.Year;
import java.util.Optional;
import org.terrinclus.project.ProjectDates;

/** Checks of a project's dates: their order, and the end against launch plus duration. */
public final class Dates {

    private Dates() {}

    /**
     * Reports a launch before the partnership's start, or an end before the launch (or before
     * the start, when there is no launch).
     *
     * @param dates the dates
     * @param report where to report, on the dates
     */
    public static void checkOrder(ProjectDates dates, Report report) {
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
            Report report,
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
                .at(property);
    }

    /**
     * Reports an end year that launch plus duration cannot give.
     *
     * @param dates the dates
     * @param report where to report, on the dates
     */
    public static void checkDuration(ProjectDates dates, Report report) {
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
                .at("duration");
    }

    /** The duration in whole months, a started month counting as one; at least one. */
    static long months(Period duration) {
        long months = duration.toTotalMonths() + (duration.getDays() > 0 ? 1 : 0);
        return Math.max(1, months);
    }
}
