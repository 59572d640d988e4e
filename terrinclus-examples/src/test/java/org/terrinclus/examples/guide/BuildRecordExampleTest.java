package org.terrinclus.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.terrinclus.country.Country;
import org.terrinclus.figure.FigureKind;
import org.terrinclus.figure.KeyFigure;
import org.terrinclus.funding.Contribution;
import org.terrinclus.funding.FundingPlan;
import org.terrinclus.funding.Money;
import org.terrinclus.organisation.Organisation;
import org.terrinclus.organisation.OrganisationIdentifier;
import org.terrinclus.organisation.OrganisationKind;
import org.terrinclus.project.Contact;
import org.terrinclus.project.Lead;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.recommendation.AppliedRecommendation;
import org.terrinclus.recommendation.Recommendation;
import org.terrinclus.recommendation.RecommendationFamily;
import org.terrinclus.sdg.SdgGoal;
import org.terrinclus.thematic.Thematic;

/** Example (a): build a project record in Java, with the public builders. */
class BuildRecordExampleTest {

    /** The record of this example, which the other examples use too. */
    static ProjectRecord record() {
        // tag::build-record[]
        Organisation aude = Organisation.builder()
                .name("Département de l'Aude")
                .kind(OrganisationKind.DEPARTEMENT)
                .country(Country.FRANCE)
                .addIdentifiers(OrganisationIdentifier.inseeDepartement("11"))
                .build();
        Organisation sousse = Organisation.builder()
                .name("Municipalité de Sousse")
                .kind(OrganisationKind.FOREIGN_LOCAL_AUTHORITY)
                .localDesignation("municipalité")
                .country(Country.of("TN"))
                .build();

        ProjectRecord record = ProjectRecord.builder()
                .id("aude-sousse-jeunesse")
                .title("Plateforme d'échange de pratiques de démocratie participative pour la jeunesse")
                .summary("L'Aude et Sousse croisent leurs pratiques pour associer les jeunes à la vie publique.")
                .lead(Lead.of(aude))
                .addPartners(sousse)
                .addThematics(Thematic.YOUTH, Thematic.CITIZEN_PARTICIPATION)
                .addRecommendationFamilies(RecommendationFamily.SHARED_STAKES_AND_RECIPROCITY)
                .addRecommendations(AppliedRecommendation.of(Recommendation.SHARED_STAKES)) // R1
                .addSdgGoals(SdgGoal.QUALITY_EDUCATION, SdgGoal.PEACE_JUSTICE_AND_STRONG_INSTITUTIONS)
                .addKeyFigures(KeyFigure.builder()
                        .kind(FigureKind.YEAR)
                        .value(BigDecimal.valueOf(2012))
                        .label("Début du partenariat")
                        .build())
                .addFunding(FundingPlan.builder()
                        .addContributions(Contribution.of(aude, Money.eur(21_100)))
                        .addContributions(Contribution.of(sousse, Money.eur(9_125)))
                        .addContributions(Contribution.notEvaluable(
                                Organisation.of("France Volontaires", OrganisationKind.ASSOCIATION)))
                        .declaredTotal(Money.eur(30_225)) // the TOTAL as printed: a claim, checked by validation
                        .build())
                .addContacts(Contact.builder()
                        .role("Chargée de mission coopération décentralisée")
                        .organisation("Département de l'Aude")
                        .email("cooperation@example.org")
                        .build())
                .build();
        // end::build-record[]
        return record;
    }

    @Test
    void buildsARecordWithTheBuilders() {
        ProjectRecord record = record();

        assertThat(record.getId()).isEqualTo("aude-sousse-jeunesse");
        assertThat(record.getLead())
                .get()
                .extracting(lead -> lead.getOrganisation().getName())
                .isEqualTo("Département de l'Aude");
        assertThat(record.getPartners()).singleElement().satisfies(partner -> {
            assertThat(partner.getCountry()).contains(Country.of("TN"));
            assertThat(partner.getLocalDesignation()).contains("municipalité");
        });
        assertThat(record.getThematics()).containsExactly(Thematic.YOUTH, Thematic.CITIZEN_PARTICIPATION);
        assertThat(record.getRecommendations()).singleElement().satisfies(applied -> {
            assertThat(applied.getCode()).isEqualTo("R1");
            assertThat(applied.getFamily()).isEqualTo(RecommendationFamily.SHARED_STAKES_AND_RECIPROCITY);
        });
        FundingPlan funding = record.getFunding().get(0);
        assertThat(funding.computeTotal()).contains(Money.eur(30_225));
        assertThat(funding.getDeclaredTotal()).contains(Money.eur(30_225));
        assertThat(record.getNarrative()).isEmpty(); // absent parts are empty, never null
        assertThat(record.getCosts()).isEmpty();
    }

    @Test
    void refusesWhatCannotExist() {
        // tag::invariants[]
        // What cannot exist is refused when it is built: an 18th SDG, a negative amount…
        assertThatThrownBy(() -> SdgGoal.of(18)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.eur(-100)).isInstanceOf(IllegalArgumentException.class);
        // …while what makes a record incomplete or inconsistent (a TOTAL that does not add up)
        // is a finding of validation, reported with every other finding at once.
        // end::invariants[]
    }
}
