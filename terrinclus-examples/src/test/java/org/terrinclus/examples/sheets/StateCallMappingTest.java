package org.terrinclus.examples.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.terrinclus.country.Country;
import org.terrinclus.funding.Contribution;
import org.terrinclus.funding.ContributionKind;
import org.terrinclus.funding.FundingPlan;
import org.terrinclus.funding.Money;
import org.terrinclus.organisation.OrganisationKind;
import org.terrinclus.project.ActivityStatus;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.spreadsheet.ColumnMapping;
import org.terrinclus.spreadsheet.SheetRecord;
import org.terrinclus.spreadsheet.SpreadsheetReading;
import org.terrinclus.spreadsheet.TerrinclusSpreadsheet;
import org.terrinclus.thematic.Thematic;
import org.terrinclus.validation.Finding;

/**
 * A portfolio in the column layout of the State's calls for decentralised-cooperation projects,
 * saved by Excel in France (Windows-1252, semicolons, CRLF), reads with the shipped mapping: its
 * funding columns become each record's funding table.
 */
class StateCallMappingTest {

    static ColumnMapping mapping() throws IOException {
        try (InputStream in = StateCallMappingTest.class.getResourceAsStream(
                "/org/terrinclus/examples/mappings/appel-a-projets-cooperation-decentralisee.json")) {
            return ColumnMapping.read(in);
        }
    }

    static SpreadsheetReading portfolio() throws IOException {
        try (InputStream in = StateCallMappingTest.class.getResourceAsStream(
                "/org/terrinclus/examples/mappings/appel-a-projets.csv")) {
            return TerrinclusSpreadsheet.strict().withMapping(mapping()).read(in, "appel-a-projets.csv");
        }
    }

    @Test
    void fundingColumnsBecomeTheFundingTable() throws IOException {
        SpreadsheetReading reading = portfolio();
        assertThat(reading.getFindings()).extracting(Finding::getRule).containsExactly("sheet.csv-dialect");
        assertThat(reading.getRecords()).hasSize(3);

        SheetRecord first = reading.getRecords().get(0);
        assertThat(first.getFindings()).isEmpty();
        ProjectRecord aude = first.getRecord().orElseThrow();
        assertThat(aude.getId()).isEqualTo("departement-de-l-aude-jeunes-citoyens-des-deux-rives");
        assertThat(aude.getTitle()).isEqualTo("Jeunes citoyens des deux rives");
        assertThat(aude.getLead().orElseThrow().getOrganisation().getKind()).isEqualTo(OrganisationKind.DEPARTEMENT);
        assertThat(aude.getPartners().get(0).getName()).isEqualTo("Gouvernorat de Sousse");
        assertThat(aude.getPartnerCountries()).containsExactly(Country.of("TN"));
        assertThat(aude.getThematics()).containsExactly(Thematic.YOUTH);
        assertThat(aude.getDates().orElseThrow().getLaunch().map(Object::toString))
                .contains("2016");

        FundingPlan funding = aude.getFunding().get(0);
        assertThat(funding.getDeclaredTotal()).contains(Money.eur(60_000));
        List<Contribution> rows = funding.getContributions();
        assertThat(rows)
                .extracting(c -> c.getFunder().orElseThrow().getName())
                .containsExactly(
                        "Ministère des Affaires étrangères et du Développement international (MAEDI)",
                        "Département de l'Aude",
                        "Autres financements");
        assertThat(rows)
                .extracting(c -> c.getFunder().orElseThrow().getKind())
                .containsExactly(OrganisationKind.STATE, OrganisationKind.DEPARTEMENT, OrganisationKind.OTHER);
        assertThat(rows)
                .extracting(c -> c.getAmount().orElseThrow())
                .containsExactly(Money.eur(20_000), Money.eur(30_000), Money.eur(10_000));

        ProjectRecord reze = reading.getRecords().get(1).getRecord().orElseThrow();
        assertThat(reze.getLead().orElseThrow().getOrganisation().getKind()).isEqualTo(OrganisationKind.COMMUNE);
        assertThat(reze.getThematics()).containsExactly(Thematic.WOMEN);
        assertThat(reze.getActivityStatus()).contains(ActivityStatus.CLOSED); // « Terminé »
        FundingPlan rezeFunding = reze.getFunding().get(0);
        assertThat(rezeFunding.getDeclaredTotal().orElseThrow().getAmount())
                .isEqualByComparingTo(new BigDecimal("45500.50"));
        assertThat(rezeFunding.getContributions().get(2).getKind()).isEqualTo(ContributionKind.TO_BE_RAISED);
        assertThat(rezeFunding.getContributions().get(2).getAmount()).contains(Money.eur(5_000));
    }

    @Test
    void anAmbiguousTotalIsAFindingAtItsCell() throws IOException {
        SheetRecord bretagne = portfolio().getRecords().get(2);
        assertThat(bretagne.getRecord()).isEmpty();
        assertThat(bretagne.getFindings()).extracting(Finding::getRule).containsExactly("sheet.ambiguous-number");
        assertThat(bretagne.locate(bretagne.getFindings().get(0))).hasToString("'appel-a-projets'!H4");
    }
}
