package org.terrinclus.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Period;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.terrinclus.country.Country;
import org.terrinclus.figure.FigureKind;
import org.terrinclus.figure.KeyFigure;
import org.terrinclus.funding.Contribution;
import org.terrinclus.funding.CostBreakdown;
import org.terrinclus.funding.CostItem;
import org.terrinclus.funding.FundingPlan;
import org.terrinclus.funding.Money;
import org.terrinclus.organisation.Organisation;
import org.terrinclus.organisation.OrganisationIdentifier;
import org.terrinclus.organisation.OrganisationKind;
import org.terrinclus.project.Contact;
import org.terrinclus.project.FocusSection;
import org.terrinclus.project.Lead;
import org.terrinclus.project.Narrative;
import org.terrinclus.project.ProjectDates;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.project.Quote;
import org.terrinclus.project.Resource;
import org.terrinclus.project.Review;
import org.terrinclus.recommendation.AppliedRecommendation;
import org.terrinclus.recommendation.RecommendationFamily;
import org.terrinclus.sdg.SdgGoal;
import org.terrinclus.sdg.SdgTarget;
import org.terrinclus.thematic.Thematic;

/** Pins the JSON of every type: an object built in Java and the JSON it must be. */
class JsonContractTest {

    private final TerrinclusJson json = TerrinclusJson.strict();

    @Test
    void minimalRecord() {
        ProjectRecord record = ProjectRecord.builder().id("draft-1").title("").build();
        assertContract(record, "contract/minimal-record.json");
    }

    @Test
    void everyTypeOfTheFormat() {
        assertContract(fullRecord(), "contract/full-record.json");
    }

    @Test
    void amountsAreWrittenPlainAndExact() {
        ProjectRecord record = ProjectRecord.builder()
                .id("x")
                .title("t")
                .addFunding(FundingPlan.builder()
                        .declaredTotal(Money.eur(new BigDecimal("1E+7").toPlainString()))
                        .addContributions(Contribution.toBeRaised(Money.eur("0.10")))
                        .build())
                .addKeyFigures(KeyFigure.builder()
                        .kind(FigureKind.PERCENTAGE)
                        .value(new BigDecimal("19.60"))
                        .unit("%")
                        .label("p")
                        .build())
                .build();
        String text = json.writeString(record);
        assertThat(text)
                .contains("\"amount\":10000000,")
                .contains("\"amount\":0.1,")
                .contains("\"value\":19.60,")
                .doesNotContain("E+")
                .doesNotContain("e+");
    }

    @Test
    void prettyAndCompactHoldTheSameRecord() {
        String pretty = json.writePrettyString(fullRecord());
        assertThat(pretty).contains("\n  \"id\" : \"bignona-savoie\"");
        assertThat(json.read(pretty).orElseThrow()).isEqualTo(fullRecord());
        assertThat(Fixtures.tree(pretty)).isEqualTo(Fixtures.tree(json.writeString(fullRecord())));
    }

    private void assertContract(ProjectRecord record, String fixture) {
        byte[] expected = Fixtures.bytes(fixture);
        assertThat(Fixtures.tree(json.writeString(record))).isEqualTo(Fixtures.tree(expected));
        ReadResult read = json.read(expected);
        assertThat(read.getFindings()).isEmpty();
        assertThat(read.getRecord()).contains(record);
    }

    static ProjectRecord fullRecord() {
        Organisation savoie = Organisation.builder()
                .name("Département de la Savoie")
                .kind(OrganisationKind.DEPARTEMENT)
                .country(Country.FRANCE)
                .addIdentifiers(OrganisationIdentifier.inseeDepartement("73"))
                .build();
        Organisation operator = Organisation.builder()
                .name("Pays de Savoie Solidaires")
                .kind(OrganisationKind.ASSOCIATION)
                .country(Country.FRANCE)
                .build();
        return ProjectRecord.builder()
                .id("bignona-savoie")
                .title("Regards croisés sur l'action sociale")
                .summary("Deux territoires comparent leurs politiques sociales.")
                .lead(Lead.builder().organisation(savoie).operator(operator).build())
                .addPartners(Organisation.builder()
                        .name("Département de Bignona")
                        .kind(OrganisationKind.FOREIGN_LOCAL_AUTHORITY)
                        .localDesignation("département")
                        .country(Country.of("SN"))
                        .build())
                .addPartnerCountries(Country.of("SN"))
                .partnersDescription("Établissements sociaux des deux territoires")
                .addThematics(Thematic.SOCIAL_COHESION, Thematic.OLDER_PEOPLE)
                .addRecommendationFamilies(
                        RecommendationFamily.PARTNERSHIP_AND_PARTICIPATION, RecommendationFamily.TIMING)
                .addRecommendations(AppliedRecommendation.builder()
                        .family(RecommendationFamily.PARTNERSHIP_AND_PARTICIPATION)
                        .code("P1")
                        .wording("Mobiliser des compétences diverses")
                        .build())
                .addRecommendations(AppliedRecommendation.builder()
                        .family(RecommendationFamily.TIMING)
                        .code("T1")
                        .build())
                .addSdgGoals(SdgGoal.NO_POVERTY, SdgGoal.REDUCED_INEQUALITIES)
                .addSdgTargets(SdgTarget.of("10.2"))
                .addKeyFigures(KeyFigure.builder()
                        .kind(FigureKind.YEAR)
                        .value(BigDecimal.valueOf(1988))
                        .label("Début du partenariat")
                        .build())
                .addKeyFigures(KeyFigure.builder()
                        .kind(FigureKind.TOTAL_COST)
                        .value(new BigDecimal("1.7"))
                        .multiplier(BigDecimal.valueOf(1_000_000))
                        .unit("EUR")
                        .label("Coût total, en millions d'euros")
                        .build())
                .addKeyFigures(KeyFigure.builder()
                        .kind(FigureKind.AGE_RANGE)
                        .value(BigDecimal.valueOf(16))
                        .upperValue(BigDecimal.valueOf(25))
                        .unit("years")
                        .label("Âge des jeunes")
                        .build())
                .addFunding(FundingPlan.builder()
                        .label("Phase 1")
                        .addContributions(Contribution.builder()
                                .from(Contribution.of(
                                        Organisation.of("Union européenne", OrganisationKind.INTERNATIONAL_BODY),
                                        Money.eur(51621)))
                                .period(Period.ofMonths(24))
                                .build())
                        .addContributions(Contribution.builder()
                                .from(Contribution.notEvaluable(Organisation.of("F2C", OrganisationKind.ASSOCIATION)))
                                .note("formation, fonds propres et suivi")
                                .build())
                        .addContributions(Contribution.toBeRaised(Money.eur("22124.13")))
                        .declaredTotal(Money.eur("73745.13"))
                        .build())
                .addCosts(CostBreakdown.builder()
                        .label("Premier chantier")
                        .addItems(CostItem.builder().category("Formation").build())
                        .addItems(CostItem.of("Transport", Money.eur(7200)))
                        .declaredTotal(Money.eur(7200))
                        .build())
                .dates(ProjectDates.builder()
                        .partnershipStart(Year.of(1988))
                        .launch(Year.of(2015))
                        .duration(Period.ofYears(2))
                        .end(Year.of(2017))
                        .build())
                .narrative(Narrative.builder()
                        .context("Un partenariat ancien qui s'ouvre au social.")
                        .addObjectives("Comparer les pratiques", "Faire évoluer les postures")
                        .actors("Travailleurs sociaux des deux territoires.")
                        .addFocusSections(FocusSection.of("Regard croisé", "Des visites dans les deux sens."))
                        .addQuotes(Quote.builder()
                                .text("On apprend autant qu'on apporte.")
                                .author("A. Martin")
                                .role("éducatrice")
                                .organisation("Département de la Savoie")
                                .build())
                        .addReviews(Review.builder()
                                .title("Des postures à faire évoluer")
                                .text("L'échange interroge les pratiques des deux côtés.")
                                .build())
                        .addReviews(Review.builder().text("Sans titre.").build())
                        .build())
                .addResources(Resource.of("Présentation", "https://example.org/projet"))
                .addResources(Resource.builder().label("Rapport").build())
                .addContacts(Contact.builder()
                        .name("A. Martin")
                        .role("Chargée de mission")
                        .organisation("Pays de Savoie Solidaires")
                        .email("contact@example.org")
                        .build())
                .addPhotoCredits("Pays de Savoie Solidaires")
                .build();
    }
}
