package org.terrinclus.iati.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.terrinclus.funding.Contribution;
import org.terrinclus.funding.ContributionKind;
import org.terrinclus.iati.IatiExportOptions;
import org.terrinclus.organisation.IdentifierScheme;
import org.terrinclus.organisation.Organisation;
import org.terrinclus.organisation.OrganisationIdentifier;
import org.terrinclus.project.ActivityStatus;
import org.terrinclus.project.ProjectRecord;

/** The decisions of the mapping that the writer, the reader and the rules share. */
public final class Mapping {

    private Mapping() {}

    /**
     * The record's own IATI identifier.
     *
     * @param record the record
     * @return the identifier, or empty
     */
    public static Optional<String> iatiIdentifier(ProjectRecord record) {
        return record.getIatiIdentifier();
    }

    /**
     * The identifier an export writes for a record: its own, else the options' prefix and its id.
     *
     * @param record the record
     * @param options the export options
     * @return the identifier, or empty when neither gives one
     */
    public static Optional<String> exportedIdentifier(ProjectRecord record, IatiExportOptions options) {
        return iatiIdentifier(record)
                .or(() -> options.getIdentifierPrefix().map(prefix -> prefix + "-" + record.getId()));
    }

    /**
     * The record's own IATI ActivityStatus code.
     *
     * @param record the record
     * @return the code, or empty
     */
    public static Optional<String> activityStatus(ProjectRecord record) {
        return record.getActivityStatus().map(status -> Integer.toString(status.getIatiCode()));
    }

    /**
     * The activity status of an IATI ActivityStatus code.
     *
     * @param code the code, 1 to 6
     * @return the status, or empty for another code
     */
    public static Optional<ActivityStatus> activityStatusOf(String code) {
        for (ActivityStatus status : ActivityStatus.values()) {
            if (Integer.toString(status.getIatiCode()).equals(code)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /**
     * The activity dates an export writes: type code, ISO date and, for a date the options made,
     * where it comes from.
     *
     * @param record the record
     * @param options the export options
     * @return the dates, in type order
     */
    public static List<String[]> activityDates(ProjectRecord record, IatiExportOptions options) {
        List<String[]> dates = new ArrayList<>();
        record.getDates().ifPresent(d -> {
            d.getPlannedStart().ifPresent(date -> dates.add(new String[] {"1", date.toString()}));
            d.getActualStart().ifPresent(date -> dates.add(new String[] {"2", date.toString()}));
            d.getPlannedEnd().ifPresent(date -> dates.add(new String[] {"3", date.toString()}));
            d.getActualEnd().ifPresent(date -> dates.add(new String[] {"4", date.toString()}));
        });
        boolean start = !dates.isEmpty() && (dates.get(0)[0].equals("1") || dates.get(0)[0].equals("2"));
        if (start) {
            return dates;
        }
        if (options.isLaunchYearAsPlannedStart()) {
            record.getDates()
                    .flatMap(d -> d.getLaunch())
                    .ifPresent(year -> dates.add(0, new String[] {"1", year + "-01-01", "launch"}));
        }
        boolean made = !dates.isEmpty() && dates.get(0).length > 2;
        if (!made && options.getPlannedStart().isPresent()) {
            dates.add(0, new String[] {"1", options.getPlannedStart().get().toString(), "option"});
        }
        return dates;
    }

    /**
     * The organisation's IATI identifier, written as {@code @ref}.
     *
     * @param organisation the organisation
     * @return its first IATI organisation identifier, or empty
     */
    public static Optional<String> iatiRef(Organisation organisation) {
        return organisation.getIdentifiers().stream()
                .filter(i -> i.getScheme() == IdentifierScheme.IATI_ORG)
                .map(OrganisationIdentifier::getValue)
                .findFirst();
    }

    /**
     * Whether {@code @ref} alone says all of the organisation's identifiers.
     *
     * @param organisation the organisation
     * @return true if it has none, or only one, an IATI identifier
     */
    public static boolean identifiersInRef(Organisation organisation) {
        List<OrganisationIdentifier> identifiers = organisation.getIdentifiers();
        return identifiers.isEmpty()
                || identifiers.size() == 1 && identifiers.get(0).getScheme() == IdentifierScheme.IATI_ORG;
    }

    /**
     * Whether a funding row is written as an IATI transaction: a known amount, when the options
     * give the date IATI requires.
     *
     * @param row the row
     * @param options the export options
     * @return true if it goes to a transaction, false if only to the Terrinclus elements
     */
    public static boolean inTransaction(Contribution row, IatiExportOptions options) {
        return row.getKind() == ContributionKind.AMOUNT
                && options.getValueDate().isPresent();
    }
}
