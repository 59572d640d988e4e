package org.terrinclus.iati;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.terrinclus.core.Labelled;
import org.terrinclus.funding.FundingPlan;
import org.terrinclus.iati.internal.Mapping;
import org.terrinclus.organisation.Organisation;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.validation.Finding;
import org.terrinclus.validation.Severity;

/**
 * The checks of the IATI validator that concern what an export writes, as rules of the {@code
 * iati} profile: run them before publishing to know whether the file will pass. Each rule names
 * the IATI validator's rule it mirrors, where there is one.
 *
 * <pre>{@code
 * List<Finding> findings = IatiPublicationRule.check(record, options);
 * }</pre>
 */
public enum IatiPublicationRule {
    /** Neither the record nor the options give an activity identifier. */
    IDENTIFIER_MISSING(
            "iati.publication.identifier.missing",
            Severity.ERROR,
            "",
            "L'activité n'aura pas d'identifiant : donnez un préfixe d'identifiant à l'export.",
            "The activity will have no identifier: give the export an identifier prefix."),
    /** The identifier should start with the reporting organisation's, followed by a hyphen. */
    IDENTIFIER_PREFIX(
            "iati.publication.identifier.prefix",
            Severity.WARNING,
            "1.1.21",
            "L'identifiant de l'activité devrait commencer par celui de l'organisation qui publie, suivi d'un tiret.",
            "The activity identifier should start with the reporting organisation's, followed by a hyphen."),
    /** The identifier must differ from the reporting organisation's. */
    IDENTIFIER_SAME_AS_ORGANISATION(
            "iati.publication.identifier.same-as-organisation",
            Severity.ERROR,
            "1.1.3",
            "L'identifiant de l'activité est celui de l'organisation qui publie.",
            "The activity identifier is the reporting organisation's."),
    /** The identifier must not contain {@code / & | ?} nor spaces at either end. */
    IDENTIFIER_CHARACTERS(
            "iati.publication.identifier.characters",
            Severity.ERROR,
            "1.3.13",
            "L'identifiant de l'activité contient un caractère refusé (/ & | ?) ou des espaces aux extrémités.",
            "The activity identifier holds a refused character (/ & | ?) or spaces at either end."),
    /** No reporting organisation in the options. */
    REPORTING_ORG_MISSING(
            "iati.publication.reporting-org.missing",
            Severity.ERROR,
            "",
            "L'organisation qui publie manque : donnez-la à l'export.",
            "The reporting organisation is missing: give it to the export."),
    /** No activity status from the record nor the options. */
    STATUS_MISSING(
            "iati.publication.activity-status.missing",
            Severity.ERROR,
            "",
            "L'état de l'activité manque : donnez-le à l'export.",
            "The activity status is missing: give it to the export."),
    /** No planned or actual start date. */
    START_DATE_MISSING(
            "iati.publication.start-date.missing",
            Severity.ERROR,
            "6.11.1",
            "L'activité n'aura pas de date de début, prévue ou réelle.",
            "The activity will have no start date, planned or actual."),
    /** A start after its end, planned or actual. */
    DATES_ORDER(
            "iati.publication.dates.order",
            Severity.ERROR,
            "11.1.2",
            "Une date de début est après la date de fin correspondante (prévue ou réelle).",
            "A start date is after the matching end date (planned or actual)."),
    /** Several recipient countries need percentages adding up to 100, which records do not hold. */
    COUNTRY_PERCENTAGES(
            "iati.publication.recipient-country.percentage",
            Severity.ERROR,
            "3.1.1",
            "Plusieurs pays bénéficiaires demandent chacun un pourcentage, et qu'ils fassent 100 ; la fiche n'en a pas.",
            "Several recipient countries each need a percentage, adding up to 100; the record has none."),
    /** No participating organisation: no lead, partner or funder. */
    PARTICIPANT_MISSING(
            "iati.publication.participating-org.missing",
            Severity.ERROR,
            "",
            "L'activité n'aura aucune organisation participante (porteur, partenaire ou financeur).",
            "The activity will have no participating organisation (lead, partner or funder)."),
    /** An organisation with neither a name nor an IATI identifier. */
    PARTICIPANT_UNNAMED(
            "iati.publication.participating-org.unnamed",
            Severity.ERROR,
            "6.10.1",
            "Une organisation n'a ni nom ni identifiant IATI.",
            "An organisation has neither a name nor an IATI identifier."),
    /** No summary, objectives or context to write as a description. */
    DESCRIPTION_MISSING(
            "iati.publication.description.missing",
            Severity.ERROR,
            "",
            "L'activité n'aura pas de description : la fiche n'a ni résumé, ni objectifs, ni contexte.",
            "The activity will have no description: the record has no summary, objectives or context."),
    /** Funding rows are not published as transactions without a value date. */
    FUNDING_UNPUBLISHED(
            "iati.publication.funding.value-date",
            Severity.INFO,
            "",
            "Sans date de valeur, les lignes de financement ne sont pas publiées en transactions IATI (seulement dans les éléments Terrinclus).",
            "Without a value date, funding rows are not published as IATI transactions (only in the Terrinclus elements).");

    private final String id;
    private final Severity severity;
    private final String iatiRule;
    private final String messageFr;
    private final String messageEn;

    IatiPublicationRule(String id, Severity severity, String iatiRule, String messageFr, String messageEn) {
        this.id = id;
        this.severity = severity;
        this.iatiRule = iatiRule;
        this.messageFr = messageFr;
        this.messageEn = messageEn;
    }

    /**
     * Returns the rule's stable identifier.
     *
     * @return as {@code iati.publication.start-date.missing}
     */
    public String getId() {
        return id;
    }

    /**
     * Returns the severity of the rule's findings.
     *
     * @return the severity
     */
    public Severity getSeverity() {
        return severity;
    }

    /**
     * Returns the IATI validator's rule this one mirrors.
     *
     * @return as {@code 6.11.1}, or empty when the rule comes from the schema or from the mapping
     */
    public Optional<String> getIatiRule() {
        return iatiRule.isEmpty() ? Optional.empty() : Optional.of(iatiRule);
    }

    /**
     * Returns what the rule reports.
     *
     * @param locale French if its language is {@code "fr"}, English otherwise
     * @return the description
     */
    public String getDescription(Locale locale) {
        return Labelled.isFrench(locale) ? messageFr : messageEn;
    }

    /**
     * Checks what an export of the record with these options would publish.
     *
     * @param record the record
     * @param options the export options
     * @return the findings, empty when the activity will pass these checks
     */
    public static List<Finding> check(ProjectRecord record, IatiExportOptions options) {
        List<Finding> findings = new ArrayList<>();
        Optional<String> identifier = Mapping.exportedIdentifier(record, options);
        Optional<String> reporting = options.getReportingRef();
        if (identifier.isEmpty()) {
            IDENTIFIER_MISSING.add(findings, "/id", "");
        } else {
            String id = identifier.get();
            if (reporting.isPresent() && id.equals(reporting.get())) {
                IDENTIFIER_SAME_AS_ORGANISATION.add(findings, "/id", id);
            } else if (reporting.isPresent() && !id.startsWith(reporting.get() + "-")) {
                IDENTIFIER_PREFIX.add(findings, "/id", id + " ≠ " + reporting.get() + "-…");
            }
            if (id.matches("(?s).*[/&|?].*") || !id.equals(id.strip())) {
                IDENTIFIER_CHARACTERS.add(findings, "/id", id);
            }
        }
        if (reporting.isEmpty()) {
            REPORTING_ORG_MISSING.add(findings, "", "");
        }
        if (Mapping.activityStatus(record).or(options::getActivityStatus).isEmpty()) {
            STATUS_MISSING.add(findings, "", "");
        }
        if (Mapping.activityDates(record, options).stream().noneMatch(d -> d[0].equals("1") || d[0].equals("2"))) {
            START_DATE_MISSING.add(findings, "/dates", "");
        }
        record.getDates().ifPresent(dates -> {
            if (dates.getPlannedStart().isPresent()
                    && dates.getPlannedEnd().isPresent()
                    && dates.getPlannedStart()
                            .get()
                            .isAfter(dates.getPlannedEnd().get())) {
                DATES_ORDER.add(
                        findings,
                        "/dates/plannedEnd",
                        dates.getPlannedStart().get() + " > "
                                + dates.getPlannedEnd().get());
            }
            if (dates.getActualStart().isPresent()
                    && dates.getActualEnd().isPresent()
                    && dates.getActualStart().get().isAfter(dates.getActualEnd().get())) {
                DATES_ORDER.add(
                        findings,
                        "/dates/actualEnd",
                        dates.getActualStart().get() + " > "
                                + dates.getActualEnd().get());
            }
        });
        if (record.getPartnerCountries().size() > 1) {
            COUNTRY_PERCENTAGES.add(
                    findings,
                    "/partnerCountries",
                    Integer.toString(record.getPartnerCountries().size()));
        }
        List<String> paths = new ArrayList<>();
        List<Organisation> organisations = new ArrayList<>();
        record.getLead().ifPresent(lead -> {
            organisations.add(lead.getOrganisation());
            paths.add("/lead/organisation");
            lead.getOperator().ifPresent(operator -> {
                organisations.add(operator);
                paths.add("/lead/operator");
            });
        });
        for (int i = 0; i < record.getPartners().size(); i++) {
            organisations.add(record.getPartners().get(i));
            paths.add("/partners/" + i);
        }
        for (int p = 0; p < record.getFunding().size(); p++) {
            FundingPlan plan = record.getFunding().get(p);
            for (int r = 0; r < plan.getContributions().size(); r++) {
                Optional<Organisation> funder = plan.getContributions().get(r).getFunder();
                if (funder.isPresent()) {
                    organisations.add(funder.get());
                    paths.add("/funding/" + p + "/contributions/" + r + "/funder");
                }
            }
        }
        if (organisations.isEmpty()) {
            PARTICIPANT_MISSING.add(findings, "/lead", "");
        }
        for (int i = 0; i < organisations.size(); i++) {
            Organisation organisation = organisations.get(i);
            if (organisation.getName().isBlank()
                    && Mapping.iatiRef(organisation).isEmpty()) {
                PARTICIPANT_UNNAMED.add(findings, paths.get(i) + "/name", "");
            }
        }
        boolean description = record.getSummary().isPresent()
                || record.getNarrative()
                        .map(n -> !n.getObjectives().isEmpty() || n.getContext().isPresent())
                        .orElse(false);
        if (!description) {
            DESCRIPTION_MISSING.add(findings, "/summary", "");
        }
        boolean amounts = record.getFunding().stream()
                .flatMap(plan -> plan.getContributions().stream())
                .anyMatch(row -> Mapping.inTransaction(
                        row,
                        IatiExportOptions.builder()
                                .valueDate(java.time.LocalDate.EPOCH)
                                .build()));
        if (amounts && options.getValueDate().isEmpty()) {
            FUNDING_UNPUBLISHED.add(findings, "/funding", "");
        }
        return findings;
    }

    private void add(List<Finding> findings, String path, String value) {
        String suffix = value.isEmpty() ? "" : " (" + value + ")";
        String link = iatiRule.isEmpty() ? "" : " [IATI " + iatiRule + "]";
        findings.add(Finding.of(id, severity, path, messageFr + suffix + link, messageEn + suffix + link));
    }
}
