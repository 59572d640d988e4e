package org.terrinclus.project;

import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;
import org.terrinclus.core.Extensible;
import org.terrinclus.core.InvalidValueException;
import org.terrinclus.core.internal.Writable;

/**
 * When things happened: the partnership's start, the project's launch, its duration or end.
 * Sheets give years, so years are what a record holds.
 */
@Value.Immutable
public interface ProjectDates extends Extensible {

    /** The year the partnership between the territories began, as 1988. */
    Optional<Year> getPartnershipStart();

    /** The year the project was launched. */
    Optional<Year> getLaunch();

    /** How long the project runs, as 4 years or 24 months. */
    Optional<Period> getDuration();

    /** The year the project ends or ended. */
    Optional<Year> getEnd();

    /** The day the project was planned to start. */
    Optional<LocalDate> getPlannedStart();

    /** The day the project actually started. */
    Optional<LocalDate> getActualStart();

    /** The day the project is planned to end. */
    Optional<LocalDate> getPlannedEnd();

    /** The day the project actually ended. */
    Optional<LocalDate> getActualEnd();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    @Value.Check
    default void check() {
        Writable.unknownFields(ProjectDates.class, getUnknownFields());
        // The format writes years and dates with four digits; others could not be read back.
        getPartnershipStart().ifPresent(ProjectDates::checkYear);
        getLaunch().ifPresent(ProjectDates::checkYear);
        getEnd().ifPresent(ProjectDates::checkYear);
        getPlannedStart().ifPresent(ProjectDates::checkDate);
        getActualStart().ifPresent(ProjectDates::checkDate);
        getPlannedEnd().ifPresent(ProjectDates::checkDate);
        getActualEnd().ifPresent(ProjectDates::checkDate);
        getDuration().ifPresent(d -> {
            if (d.isNegative() || d.isZero()) {
                throw new InvalidValueException(
                        "La durée d'un projet est positive ; reçu " + d + ".",
                        "A project's duration must be positive, got " + d);
            }
        });
    }

    private static void checkYear(Year year) {
        if (year.getValue() < 1000 || year.getValue() > 9999) {
            throw new InvalidValueException(
                    "Une année s'écrit avec quatre chiffres, comme 2016 ; reçu " + year + ".",
                    "A year is written with four digits, as 2016; got " + year + ".");
        }
    }

    private static void checkDate(LocalDate date) {
        if (date.getYear() < 0 || date.getYear() > 9999) {
            throw new InvalidValueException(
                    "Une date s'écrit AAAA-MM-JJ, avec une année de quatre chiffres ; reçu " + date + ".",
                    "A date is written YYYY-MM-DD, with a four-digit year; got " + date + ".");
        }
    }

    /** Builds {@link ProjectDates}; every part is optional. */
    final class Builder extends ImmutableProjectDates.Builder {
        Builder() {}
    }
}
