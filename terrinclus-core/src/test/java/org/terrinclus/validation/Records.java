package org.terrinclus.validation;

import java.math.BigDecimal;
import java.time.Period;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
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
import org.terrinclus.project.FocusSection;
import org.terrinclus.project.Lead;
import org.terrinclus.project.Narrative;
import org.terrinclus.project.ProjectDates;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.project.Quote;
import org.terrinclus.project.Resource;
import org.terrinclus.project.Review;
import org.terrinclus.recommendation.AppliedRecommendation;
import org.terrinclus.recommendation.Recommendation;
import org.terrinclus.recommendation.RecommendationFamily;
import org.terrinclus.sdg.SdgGoal;
import org.terrinclus.sdg.SdgTarget;
import org.terrinclus.thematic.Thematic;

/** A small, complete and valid record, after the Aude sheet, and ways to change one part of it. */
final class Records {

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

    static final Organisation MAEDI = Organisation.builder()
            .name("Ministère des Affaires étrangères (MAEDI)")
            .kind(OrganisationKind.STATE)
            .country(Country.FRANCE)
            .build();

    static final FundingPlan FUNDING = FundingPlan.builder()
            .addContributions(Contribution.of(AUDE, Money.eur("30000")))
            .addContributions(Contribution.of(MAEDI, Money.eur("22124.13")))
            .addContributions(Contribution.of(SOUSSE, Money.eur("15034.87")))
            .declaredTotal(Money.eur("67159"))
            .build();

    static final KeyFigure TOTAL_COST = KeyFigure.builder()
            .kind(FigureKind.TOTAL_COST)
            .value(new BigDecimal("67000"))
            .unit("EUR")
            .label("Coût total du projet, en euros")
            .build();

    private Records() {}

    /** The valid record: no finding in either profile. */
    static ProjectRecord valid() {
        return ProjectRecord.builder()
                .id("aude-sousse")
                .title("Plateforme d'échange de pratiques de démocratie participative pour la jeunesse")
                .summary("Des jeunes de l'Aude et de Sousse conçoivent ensemble des outils de participation.")
                .lead(Lead.of(AUDE))
                .addPartners(SOUSSE)
                .addThematics(Thematic.YOUTH, Thematic.CITIZEN_PARTICIPATION)
                .addRecommendationFamilies(
                        RecommendationFamily.DIAGNOSIS_AND_FORMALISATION,
                        RecommendationFamily.SHARED_STAKES_AND_RECIPROCITY)
                .addRecommendations(AppliedRecommendation.of(Recommendation.PARTICIPATORY_DIAGNOSIS))
                .addRecommendations(AppliedRecommendation.of(Recommendation.SHARED_STAKES))
                .addSdgGoals(SdgGoal.QUALITY_EDUCATION, SdgGoal.PEACE_JUSTICE_AND_STRONG_INSTITUTIONS)
                .addSdgTargets(SdgTarget.of("4.4"), SdgTarget.of("16.7"))
                .addKeyFigures(KeyFigure.builder()
                        .kind(FigureKind.YEAR)
                        .value(BigDecimal.valueOf(2012))
                        .label("Début du partenariat")
                        .build())
                .addKeyFigures(TOTAL_COST)
                .addKeyFigures(KeyFigure.builder()
                        .kind(FigureKind.COUNT)
                        .value(BigDecimal.valueOf(40))
                        .label("jeunes impliqués")
                        .build())
                .addFunding(FUNDING)
                .dates(ProjectDates.builder()
                        .partnershipStart(Year.of(2012))
                        .launch(Year.of(2014))
                        .duration(Period.ofMonths(24))
                        .end(Year.of(2016))
                        .build())
                .narrative(Narrative.builder()
                        .context("Une coopération ancienne entre l'Aude et Sousse.")
                        .addObjectives("Favoriser la participation des jeunes", "Échanger des pratiques")
                        .addFocusSections(
                                FocusSection.of("Un diagnostic participatif", "Des ateliers réunissent les jeunes."))
                        .addQuotes(Quote.builder()
                                .text("Nous avons appris les uns des autres.")
                                .role("jeune participant")
                                .build())
                        .addReviews(Review.builder()
                                .text("Une démarche exemplaire de réciprocité.")
                                .build())
                        .build())
                .addResources(Resource.of("Rapport d'évaluation", "https://www.aude.fr/cooperation/sousse"))
                .addContacts(Contact.builder()
                        .name("Jeanne Martin")
                        .role("chargée de mission coopération décentralisée")
                        .email("cooperation@aude.fr")
                        .build())
                .addPhotoCredits("© Département de l'Aude")
                .build();
    }

    /** The valid record with one change. */
    static ProjectRecord with(UnaryOperator<ProjectRecord.Builder> change) {
        return change.apply(ProjectRecord.builder().from(valid())).build();
    }

    /** The valid record whose funding table is changed. */
    static ProjectRecord withFunding(UnaryOperator<FundingPlan.Builder> change) {
        return with(r -> r.funding(
                List.of(change.apply(FundingPlan.builder().from(FUNDING)).build())));
    }

    /** The valid record whose total-cost figure (at index 1) is changed. */
    static ProjectRecord withTotalCost(UnaryOperator<KeyFigure.Builder> change) {
        ProjectRecord valid = valid();
        List<KeyFigure> figures = new ArrayList<>(valid.getKeyFigures());
        figures.set(1, change.apply(KeyFigure.builder().from(TOTAL_COST)).build());
        return with(r -> r.keyFigures(figures));
    }

    /** The valid record with other dates. */
    static ProjectRecord withDates(Integer start, Integer launch, Period duration, Integer end) {
        ProjectDates.Builder dates = ProjectDates.builder();
        if (start != null) {
            dates.partnershipStart(Year.of(start));
        }
        if (launch != null) {
            dates.launch(Year.of(launch));
        }
        if (duration != null) {
            dates.duration(duration);
        }
        if (end != null) {
            dates.end(Year.of(end));
        }
        return with(r -> r.dates(dates.build()));
    }

    /** An organisation of the given name and country. */
    static Organisation organisation(String name, OrganisationKind kind, String country) {
        return Organisation.builder()
                .name(name)
                .kind(kind)
                .country(Country.of(country))
                .build();
    }
}
