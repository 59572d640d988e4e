package org.terrinclus.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.terrinclus.country.Country;
import org.terrinclus.funding.Contribution;
import org.terrinclus.funding.FundingPlan;
import org.terrinclus.funding.Money;
import org.terrinclus.iati.testing.ExportOptionsForTests;
import org.terrinclus.organisation.Organisation;
import org.terrinclus.organisation.OrganisationKind;
import org.terrinclus.project.Lead;
import org.terrinclus.project.ProjectDates;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.testing.RecordGenerator;
import org.terrinclus.validation.Finding;

class IatiPublicationRuleTest {

    private static final IatiExportOptions PUBLISHER = ExportOptionsForTests.publisher();

    static Stream<Long> seeds() {
        return RecordGenerator.seeds(200).stream();
    }

    private static List<String> rules(ProjectRecord record, IatiExportOptions options) {
        return IatiPublicationRule.check(record, options).stream()
                .map(Finding::getRule)
                .toList();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aGeneratedRecordPassesExceptForPercentagesIatiRequiresAndRecordsLack(long seed) {
        // The generator's IATI identifier and planned and actual dates are random: the unit tests
        // below check their rules.
        ProjectRecord generated = new RecordGenerator(seed).next();
        ProjectRecord record = ProjectRecord.builder()
                .from(generated)
                .iatiIdentifier(java.util.Optional.empty())
                .dates(generated
                        .getDates()
                        .map(d -> ProjectDates.builder()
                                .from(d)
                                .plannedStart(java.util.Optional.empty())
                                .actualStart(java.util.Optional.empty())
                                .plannedEnd(java.util.Optional.empty())
                                .actualEnd(java.util.Optional.empty())
                                .build()))
                .build();
        List<String> expected = record.getPartnerCountries().size() > 1
                ? List.of("iati.publication.recipient-country.percentage")
                : List.of();
        assertThat(rules(record, PUBLISHER)).as("seed %d", seed).isEqualTo(expected);
    }

    @Test
    void withoutOptionsWhatIatiRequiresIsNamed() {
        ProjectRecord record =
                ProjectRecord.builder().id("brouillon").title("T").build();
        assertThat(rules(record, IatiExportOptions.none()))
                .containsExactly(
                        "iati.publication.identifier.missing",
                        "iati.publication.reporting-org.missing",
                        "iati.publication.activity-status.missing",
                        "iati.publication.start-date.missing",
                        "iati.publication.participating-org.missing",
                        "iati.publication.description.missing");
    }

    @Test
    void identifierShape() {
        Organisation lead = Organisation.of("Ville", OrganisationKind.COMMUNE);
        ProjectRecord record = ProjectRecord.builder()
                .id("a/b")
                .title("T")
                .summary("S")
                .lead(Lead.of(lead))
                .dates(ProjectDates.builder().launch(Year.of(2015)).build())
                .build();
        assertThat(rules(record, PUBLISHER)).containsExactly("iati.publication.identifier.characters");

        IatiExportOptions otherPrefix = IatiExportOptions.builder()
                .reportingOrganisation("FR-RCS-221100015", "11", "Aude")
                .identifierPrefix("FR-RCS-999")
                .activityStatus(2)
                .launchYearAsPlannedStart(true)
                .build();
        assertThat(rules(ProjectRecord.builder().from(record).id("x").build(), otherPrefix))
                .containsExactly("iati.publication.identifier.prefix");
    }

    @Test
    void theRecordsOwnIdentifierStatusAndDatesComeFirst() {
        ProjectRecord record = ProjectRecord.builder()
                .id("x")
                .title("T")
                .summary("S")
                .lead(Lead.of(Organisation.of("Ville", OrganisationKind.COMMUNE)))
                .iatiIdentifier("XM-DAC-7-1")
                .dates(ProjectDates.builder()
                        .plannedStart(java.time.LocalDate.of(2020, 6, 1))
                        .plannedEnd(java.time.LocalDate.of(2020, 1, 1))
                        .build())
                .build();
        List<Finding> findings = IatiPublicationRule.check(record, PUBLISHER);
        assertThat(findings)
                .extracting(Finding::getRule, Finding::getPath)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("iati.publication.identifier.prefix", "/id"),
                        org.assertj.core.groups.Tuple.tuple("iati.publication.dates.order", "/dates/plannedEnd"));
        IatiExportOptions bare = IatiExportOptions.builder()
                .reportingOrganisation("XM-DAC-7", "10", "Agence")
                .build();
        ProjectRecord started = ProjectRecord.builder()
                .from(record)
                .activityStatus(org.terrinclus.project.ActivityStatus.CLOSED)
                .dates(ProjectDates.builder()
                        .actualStart(java.time.LocalDate.of(2020, 6, 1))
                        .build())
                .build();
        assertThat(rules(started, bare)).isEmpty();
    }

    @Test
    void organisationsAndFunding() {
        ProjectRecord record = ProjectRecord.builder()
                .id("x")
                .title("T")
                .summary("S")
                .lead(Lead.of(Organisation.of(" ", OrganisationKind.COMMUNE)))
                .addPartnerCountries(Country.of("TN"), Country.of("SN"))
                .addFunding(FundingPlan.builder()
                        .addContributions(Contribution.toBeRaised(Money.eur(10)))
                        .addContributions(Contribution.of(
                                Organisation.of("UE", OrganisationKind.INTERNATIONAL_BODY), Money.eur(5)))
                        .build())
                .build();
        IatiExportOptions noValueDate = IatiExportOptions.builder()
                .reportingOrganisation("FR-RCS-1", "11", "Aude")
                .identifierPrefix("FR-RCS-1")
                .activityStatus(2)
                .plannedStart(java.time.LocalDate.of(2020, 1, 1))
                .build();
        List<Finding> findings = IatiPublicationRule.check(record, noValueDate);
        assertThat(findings)
                .extracting(Finding::getRule, Finding::getPath)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "iati.publication.recipient-country.percentage", "/partnerCountries"),
                        org.assertj.core.groups.Tuple.tuple(
                                "iati.publication.participating-org.unnamed", "/lead/organisation/name"),
                        org.assertj.core.groups.Tuple.tuple("iati.publication.funding.value-date", "/funding"));
        assertThat(findings.get(0).getMessageEn()).contains("[IATI 3.1.1]");
    }
}
