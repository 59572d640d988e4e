package org.terrinclus.examples.cli;

import java.time.LocalDate;
import java.util.List;
import org.terrinclus.iati.IatiExportOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** What an IATI export needs and records lack, as options of {@code convert} and {@code validate}. */
final class IatiOptions {

    @Option(
            names = "--reporting-org",
            paramLabel = "REF,TYPE,NAME",
            split = ",",
            arity = "1",
            description = "IATI: the reporting organisation's identifier, OrganisationType code and name,"
                    + " as FR-RCS-221100015,11,Département de l'Aude.")
    private List<String> reportingOrg;

    @Option(
            names = "--identifier-prefix",
            paramLabel = "PREFIX",
            description = "IATI: activity identifiers are PREFIX-id for records that have none.")
    private String identifierPrefix;

    @Option(
            names = "--activity-status",
            paramLabel = "1..6",
            description = "IATI: the activity status of records that give none.")
    private Integer activityStatus;

    @Option(
            names = "--planned-start",
            paramLabel = "YYYY-MM-DD",
            description = "IATI: the planned start of records that have no start date.")
    private LocalDate plannedStart;

    @Option(
            names = "--launch-year-as-start",
            description = "IATI: write a record's launch year as a planned start on 1 January.")
    private boolean launchYearAsStart;

    @Option(
            names = "--value-date",
            paramLabel = "YYYY-MM-DD",
            description = "IATI: the date of funding values; without it, funding rows are written only in the"
                    + " Terrinclus elements.")
    private LocalDate valueDate;

    IatiExportOptions options(CommandSpec spec) {
        IatiExportOptions.Builder options = IatiExportOptions.builder();
        try {
            if (reportingOrg != null) {
                if (reportingOrg.size() < 3) {
                    throw new IllegalArgumentException("--reporting-org takes REF,TYPE,NAME");
                }
                options.reportingOrganisation(
                        reportingOrg.get(0),
                        reportingOrg.get(1),
                        String.join(",", reportingOrg.subList(2, reportingOrg.size())));
            }
            if (identifierPrefix != null) {
                options.identifierPrefix(identifierPrefix);
            }
            if (activityStatus != null) {
                options.activityStatus(activityStatus);
            }
            if (plannedStart != null) {
                options.plannedStart(plannedStart);
            }
            if (valueDate != null) {
                options.valueDate(valueDate);
            }
            return options.launchYearAsPlannedStart(launchYearAsStart).build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
