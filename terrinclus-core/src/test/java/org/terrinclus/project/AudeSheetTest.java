package org.terrinclus.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Locale;
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
import org.terrinclus.recommendation.AppliedRecommendation;
import org.terrinclus.recommendation.Recommendation;
import org.terrinclus.recommendation.RecommendationFamily;
import org.terrinclus.sdg.SdgGoal;
import org.terrinclus.thematic.Thematic;

/**
 * Builds the guide's Aude pilot sheet, every part it prints, through the public API alone, and
 * reads each fact back. Narrative parts are our own summaries.
 */
class AudeSheetTest {

    static final Organisation AUDE = Organisation.builder()
            .name("Département de l'Aude")
            .kind(OrganisationKind.DEPARTEMENT)
            .country(Country.FRANCE)
            .addIdentifiers(OrganisationIdentifier.inseeDepartement("11"))
            .build();

    static final Organisation SOUSSE = Organisation.builder()
            .name("Municipalité de Sousse")
            .kind(OrganisationKind.FOREIGN_LOCAL_AUTHORITY)
            .localDesignation("municipalité")
            .country(Country.of("TN"))
            .build();

    static ProjectRecord aude() {
        FundingPlan funding = FundingPlan.builder()
                .addContributions(Contribution.of(
                        Organisation.builder()
                                .name("Ministère des Affaires étrangères et du Développement international")
                                .kind(OrganisationKind.STATE)
                                .country(Country.FRANCE)
                                .build(),
                        Money.eur(21170)))
                .addContributions(Contribution.of(AUDE, Money.eur(21100)))
                .addContributions(Contribution.of(SOUSSE, Money.eur(9125)))
                .addContributions(Contribution.of(
                        Organisation.builder()
                                .name("Institut français de Tunis")
                                .kind(OrganisationKind.STATE)
                                .country(Country.of("TN"))
                                .build(),
                        Money.eur(6280)))
                .addContributions(Contribution.of(
                        Organisation.builder()
                                .name("France Volontaires")
                                .kind(OrganisationKind.ASSOCIATION)
                                .country(Country.FRANCE)
                                .build(),
                        Money.eur(8484)))
                .declaredTotal(Money.eur(67159))
                .build();

        return ProjectRecord.builder()
                .id("aude")
                .title("Création d'une plateforme d'échange de pratiques de démocratie participative pour la jeunesse")
                .summary("L'Aude et Sousse croisent leurs pratiques pour associer les jeunes à la vie publique locale.")
                .lead(Lead.of(AUDE))
                .addPartners(SOUSSE)
                .addThematics(Thematic.YOUTH, Thematic.CITIZEN_PARTICIPATION)
                .addRecommendationFamilies(
                        RecommendationFamily.DIAGNOSIS_AND_FORMALISATION,
                        RecommendationFamily.SHARED_STAKES_AND_RECIPROCITY)
                .addRecommendations(applied(RecommendationFamily.DIAGNOSIS_AND_FORMALISATION, "D1"))
                .addRecommendations(applied(RecommendationFamily.DIAGNOSIS_AND_FORMALISATION, "D2"))
                .addRecommendations(applied(RecommendationFamily.SHARED_STAKES_AND_RECIPROCITY, "R0"))
                .addRecommendations(applied(RecommendationFamily.SHARED_STAKES_AND_RECIPROCITY, "R1"))
                .addRecommendations(applied(RecommendationFamily.SHARED_STAKES_AND_RECIPROCITY, "R2"))
                .addRecommendations(applied(RecommendationFamily.SHARED_STAKES_AND_RECIPROCITY, "R3"))
                .addRecommendations(applied(RecommendationFamily.SHARED_STAKES_AND_RECIPROCITY, "R4"))
                .addSdgGoals(
                        SdgGoal.QUALITY_EDUCATION,
                        SdgGoal.DECENT_WORK_AND_ECONOMIC_GROWTH,
                        SdgGoal.PEACE_JUSTICE_AND_STRONG_INSTITUTIONS)
                .addKeyFigures(KeyFigure.builder()
                        .kind(FigureKind.YEAR)
                        .value(BigDecimal.valueOf(2012))
                        .label("Début du partenariat Aude-Sousse")
                        .build())
                .addKeyFigures(KeyFigure.builder()
                        .kind(FigureKind.AGE_RANGE)
                        .value(BigDecimal.valueOf(16))
                        .upperValue(BigDecimal.valueOf(25))
                        .unit("years")
                        .label("Âge des jeunes visés par le conseil départemental des jeunes")
                        .build())
                .addKeyFigures(KeyFigure.builder()
                        .kind(FigureKind.TOTAL_COST)
                        .value(BigDecimal.valueOf(67000))
                        .unit("EUR")
                        .label("Coût total du projet, en euros")
                        .build())
                .addFunding(funding)
                .dates(ProjectDates.builder().partnershipStart(Year.of(2012)).build())
                .narrative(Narrative.builder()
                        .context("Partenaires depuis 2012 sur le développement économique, les deux collectivités"
                                + " réorientent leur coopération vers la jeunesse et la démocratie locale.")
                        .addObjectives(
                                "Soutenir le projet « Municipalité efficace » de Sousse",
                                "Créer une plateforme d'échange sur la démocratie participative",
                                "Échanger des jeunes volontaires en service civique")
                        .actors("Une commission d'élus et la mission Europe du Département ; la municipalité de"
                                + " Sousse et son bureau de la démocratie locale ; des associations de jeunes.")
                        .addFocusSections(
                                FocusSection.of(
                                        "Des instances participatives pour les jeunes",
                                        "Chaque territoire crée son conseil de jeunes en s'inspirant de l'autre."),
                                FocusSection.of(
                                        "Une plateforme d'échange de pratiques",
                                        "Missions croisées pour capitaliser outils et méthodes de participation."),
                                FocusSection.of(
                                        "La mobilité internationale au service de l'emploi",
                                        "Deux volontaires en service civique, un de chaque rive, animent le projet."))
                        .addQuotes(Quote.builder()
                                .text(
                                        "Des deux côtés de la Méditerranée, les jeunes veulent être écoutés et associés aux décisions.")
                                .role("vice-présidente")
                                .organisation("Département de l'Aude")
                                .build())
                        .addReviews(Review.builder()
                                .title("Un exemple de travail transversal dans la collectivité")
                                .text("Relier politique jeunesse et action internationale peut servir de modèle à"
                                        + " d'autres services, à condition d'impliquer élus et agents.")
                                .build())
                        .build())
                .addResources(Resource.builder()
                        .label("Présentation du projet sur le site du ministère")
                        .build())
                .addContacts(
                        Contact.builder()
                                .role("Conseiller relations internationales")
                                .organisation("Assemblée des Départements de France")
                                .build(),
                        Contact.builder()
                                .role("Chargé de mission coopération décentralisée")
                                .organisation("Département de l'Aude")
                                .build(),
                        Contact.builder()
                                .role("Vice-présidente")
                                .organisation("Département de l'Aude")
                                .build())
                .addPhotoCredits("Département de l'Aude")
                .build();
    }

    private static AppliedRecommendation applied(RecommendationFamily family, String code) {
        return AppliedRecommendation.of(family, Recommendation.fromCode(code));
    }

    @Test
    void readsBackEveryFact() {
        ProjectRecord aude = aude();

        assertThat(aude.getId()).isEqualTo("aude");
        assertThat(aude.getTitle()).startsWith("Création d'une plateforme");
        assertThat(aude.getSummary()).isPresent();
        assertThat(aude.getLead().map(Lead::getOrganisation)).contains(AUDE);
        assertThat(aude.getLead().flatMap(Lead::getOperator)).isEmpty();
        assertThat(AUDE.getIdentifiers()).containsExactly(OrganisationIdentifier.inseeDepartement("11"));
        assertThat(aude.getPartners()).containsExactly(SOUSSE);
        assertThat(aude.getPartners().get(0).getCountry()).contains(Country.of("TN"));
        assertThat(aude.getThematics()).containsExactly(Thematic.YOUTH, Thematic.CITIZEN_PARTICIPATION);
        assertThat(aude.getRecommendationFamilies())
                .containsExactly(
                        RecommendationFamily.DIAGNOSIS_AND_FORMALISATION,
                        RecommendationFamily.SHARED_STAKES_AND_RECIPROCITY);
        assertThat(aude.getRecommendations())
                .extracting(AppliedRecommendation::getCode)
                .containsExactly("D1", "D2", "R0", "R1", "R2", "R3", "R4");
        assertThat(aude.getRecommendations())
                .allSatisfy(r -> assertThat(r.getRecommendation()).isPresent());
        assertThat(aude.getSdgGoals()).extracting(SdgGoal::getNumber).containsExactly(4, 8, 16);

        List<KeyFigure> figures = aude.getKeyFigures();
        assertThat(figures)
                .extracting(KeyFigure::getKind)
                .containsExactly(FigureKind.YEAR, FigureKind.AGE_RANGE, FigureKind.TOTAL_COST);
        assertThat(figures.get(0).getValue()).isEqualByComparingTo("2012");
        assertThat(figures.get(1).getUpperValue()).contains(BigDecimal.valueOf(25));
        assertThat(figures.get(2).getValue()).isEqualByComparingTo("67000");

        FundingPlan funding = aude.getFunding().get(0);
        assertThat(funding.getContributions()).hasSize(5);
        assertThat(funding.getContributions().get(0).getAmount()).contains(Money.eur(21170));
        assertThat(funding.getContributions().get(4).getFunder().map(Organisation::getName))
                .contains("France Volontaires");
        // The guide prints 67 159 €; its rows add up to 66 159 €. The record keeps both facts.
        assertThat(funding.getDeclaredTotal()).contains(Money.eur(67159));
        assertThat(funding.computeTotal()).contains(Money.eur(66159));
        assertThat(figures.get(2).matches(funding.getDeclaredTotal().get().getAmount()))
                .isTrue();
        assertThat(aude.getCosts()).isEmpty();

        assertThat(aude.getDates().flatMap(ProjectDates::getPartnershipStart)).contains(Year.of(2012));
        Narrative narrative = aude.getNarrative().orElseThrow();
        assertThat(narrative.getContext()).isPresent();
        assertThat(narrative.getObjectives()).hasSize(3);
        assertThat(narrative.getActors()).isPresent();
        assertThat(narrative.getFocusSections()).hasSize(3);
        assertThat(narrative.getQuotes()).singleElement().satisfies(q -> {
            assertThat(q.getRole()).contains("vice-présidente");
            assertThat(q.getAuthor()).isEmpty();
        });
        assertThat(narrative.getReviews()).hasSize(1);
        assertThat(aude.getResources())
                .singleElement()
                .satisfies(r -> assertThat(r.getUrl()).isEmpty());
        assertThat(aude.getContacts()).hasSize(3).allSatisfy(c -> {
            assertThat(c.getName()).isEmpty();
            assertThat(c.getEmail()).isEmpty();
        });
        assertThat(aude.getPhotoCredits()).containsExactly("Département de l'Aude");
        assertThat(aude.getUnknownFields()).isEmpty();
    }

    @Test
    void equalityIsByValueAndToStringHelps() {
        assertThat(aude()).isEqualTo(aude()).hasSameHashCodeAs(aude());
        assertThat(aude())
                .isNotEqualTo(
                        ProjectRecord.builder().from(aude()).title("Autre").build());
        // Short and safe for logs: id, title and counts, never the record's whole content.
        assertThat(aude().toString())
                .startsWith("ProjectRecord{id=aude, title=")
                .contains("partners=")
                .doesNotContain("Municipalité de Sousse");
        assertThat(SdgGoal.QUALITY_EDUCATION.getShortName(Locale.FRENCH)).isEqualTo("Éducation de qualité");
    }

    @Test
    void aSheetWithoutThematicsOrFundingIsStillARecord() {
        ProjectRecord f3e = ProjectRecord.builder()
                .id("f3e")
                .title("Prisme")
                .lead(Lead.of(Organisation.of("Réseau F3E", OrganisationKind.ASSOCIATION)))
                .addPartnerCountries(Country.of("BJ"), Country.of("BF"), Country.FRANCE)
                .build();
        assertThat(f3e.getThematics()).isEmpty();
        assertThat(f3e.getFunding()).isEmpty();
        assertThat(f3e.getPartnerCountries()).hasSize(3);
    }
}
