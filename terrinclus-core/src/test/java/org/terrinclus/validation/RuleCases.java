package org.terrinclus.validation;

import static org.terrinclus.validation.Records.AUDE;
import static org.terrinclus.validation.Records.MAEDI;
import static org.terrinclus.validation.Records.SOUSSE;
import static org.terrinclus.validation.Records.organisation;
import static org.terrinclus.validation.Records.valid;
import static org.terrinclus.validation.Records.with;
import static org.terrinclus.validation.Records.withDates;
import static org.terrinclus.validation.Records.withFunding;
import static org.terrinclus.validation.Records.withTotalCost;

import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.terrinclus.country.Country;
import org.terrinclus.funding.Contribution;
import org.terrinclus.funding.CostBreakdown;
import org.terrinclus.funding.CostItem;
import org.terrinclus.funding.Money;
import org.terrinclus.organisation.Organisation;
import org.terrinclus.organisation.OrganisationKind;
import org.terrinclus.project.Contact;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.project.Resource;
import org.terrinclus.recommendation.AppliedRecommendation;
import org.terrinclus.recommendation.Recommendation;
import org.terrinclus.recommendation.RecommendationFamily;
import org.terrinclus.sdg.SdgGoal;
import org.terrinclus.sdg.SdgTarget;
import org.terrinclus.thematic.Thematic;

/**
 * One case per rule of the catalogue: a record that breaks the rule and nothing else, the
 * findings it must give (exactly), and a near miss that must not break it.
 */
final class RuleCases {

    /** A finding expected by rule and path; its severity is the catalogue's. */
    static final class Expected {
        final String rule;
        final String path;

        Expected(String rule, String path) {
            this.rule = rule;
            this.path = path;
        }

        @Override
        public String toString() {
            return rule + " at " + path;
        }
    }

    /** A record breaking one rule, the findings it gives, and a near miss. */
    static final class RuleCase {
        final String rule;
        final String name;
        final ProjectRecord trigger;
        final List<Expected> expected;
        final ProjectRecord nearMiss;

        RuleCase(String rule, String name, ProjectRecord trigger, List<Expected> expected, ProjectRecord nearMiss) {
            this.rule = rule;
            this.name = name;
            this.trigger = trigger;
            this.expected = expected;
            this.nearMiss = nearMiss;
        }

        /** The same case, with one more expected finding. */
        RuleCase also(String otherRule, String path) {
            List<Expected> all = new ArrayList<>(expected);
            all.add(new Expected(otherRule, path));
            return new RuleCase(rule, name, trigger, List.copyOf(all), nearMiss);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private RuleCases() {}

    static final ProjectRecord VALID = valid();

    private static RuleCase rule(String rule, String path, ProjectRecord trigger, ProjectRecord nearMiss) {
        return new RuleCase(rule, rule, trigger, List.of(new Expected(rule, path)), nearMiss);
    }

    private static RuleCase variant(
            String rule, String name, String path, ProjectRecord trigger, ProjectRecord nearMiss) {
        return new RuleCase(rule, rule + " (" + name + ")", trigger, List.of(new Expected(rule, path)), nearMiss);
    }

    private static Contribution row(Organisation funder, String amount, String currency) {
        return Contribution.of(funder, Money.of(amount, currency));
    }

    private static CostBreakdown costs(String declared, Money... amounts) {
        CostBreakdown.Builder table = CostBreakdown.builder().label("Premier chantier, Anèho (Togo)");
        String[] categories = {"Formation", "Transport", "Dépenses de personnel", "Frais de vie"};
        for (int i = 0; i < amounts.length; i++) {
            table.addItems(CostItem.of(categories[i], amounts[i]));
        }
        if (declared != null) {
            table.declaredTotal(Money.eur(declared));
        }
        return table.build();
    }

    /** Every case: one or more per rule. */
    static List<RuleCase> all() {
        List<RuleCase> cases = new ArrayList<>();
        Organisation foreignAssociation =
                organisation("Association des jeunes de Sousse", OrganisationKind.ASSOCIATION, "TN");
        Organisation frenchAssociation =
                organisation("Association Jeunesse et Coopération", OrganisationKind.ASSOCIATION, "FR");

        // text.blank, at each kind of required text.
        cases.add(variant(
                "text.blank",
                "partner name",
                "/partners/0/name",
                with(r -> r.partners(
                        List.of(Organisation.builder().from(SOUSSE).name("  ").build()))),
                with(r -> r.partners(
                        List.of(Organisation.builder().from(SOUSSE).name("S").build())))));
        cases.add(variant(
                "text.blank",
                "funder name",
                "/funding/0/contributions/3/funder/name",
                withFunding(f -> f.addContributions(
                        Contribution.notEvaluable(Organisation.of("", OrganisationKind.ASSOCIATION)))),
                withFunding(f -> f.addContributions(
                        Contribution.notEvaluable(Organisation.of("F3E", OrganisationKind.ASSOCIATION))))));
        cases.add(variant(
                "text.blank",
                "operator name",
                "/lead/operator/name",
                with(r -> r.lead(org.terrinclus.project.Lead.builder()
                        .organisation(AUDE)
                        .operator(Organisation.of("\t", OrganisationKind.ASSOCIATION))
                        .build())),
                with(r -> r.lead(org.terrinclus.project.Lead.builder()
                        .organisation(AUDE)
                        .operator(Organisation.of("Pays de Savoie Solidaires", OrganisationKind.ASSOCIATION))
                        .build()))));
        cases.add(variant(
                "text.blank",
                "cost category",
                "/costs/0/items/1/category",
                with(r -> r.addCosts(CostBreakdown.builder()
                        .addItems(CostItem.of("Formation", Money.eur(100)), CostItem.of(" ", Money.eur(200)))
                        .declaredTotal(Money.eur(300))
                        .build())),
                with(r -> r.addCosts(costs("300", Money.eur(100), Money.eur(200))))));
        cases.add(variant(
                "text.blank",
                "key figure label",
                "/keyFigures/1/label",
                withTotalCost(f -> f.label("")),
                withTotalCost(f -> f.label("Coût"))));
        cases.add(variant(
                "text.blank",
                "focus section title",
                "/narrative/focusSections/1/title",
                with(r -> r.narrative(org.terrinclus.project.Narrative.builder()
                        .from(VALID.getNarrative().get())
                        .addFocusSections(org.terrinclus.project.FocusSection.of(" ", "Texte"))
                        .build())),
                with(r -> r.narrative(org.terrinclus.project.Narrative.builder()
                        .from(VALID.getNarrative().get())
                        .addFocusSections(org.terrinclus.project.FocusSection.of("Titre", "Texte"))
                        .build()))));
        cases.add(variant(
                "text.blank",
                "focus section text",
                "/narrative/focusSections/0/text",
                with(r -> r.narrative(org.terrinclus.project.Narrative.builder()
                        .from(VALID.getNarrative().get())
                        .focusSections(List.of(org.terrinclus.project.FocusSection.of("Titre", "\n")))
                        .build())),
                VALID));
        cases.add(variant(
                "text.blank",
                "quote",
                "/narrative/quotes/0/text",
                with(r -> r.narrative(org.terrinclus.project.Narrative.builder()
                        .from(VALID.getNarrative().get())
                        .quotes(List.of(
                                org.terrinclus.project.Quote.builder().text("").build()))
                        .build())),
                VALID));
        cases.add(variant(
                "text.blank",
                "review",
                "/narrative/reviews/0/text",
                with(r -> r.narrative(org.terrinclus.project.Narrative.builder()
                        .from(VALID.getNarrative().get())
                        .reviews(List.of(org.terrinclus.project.Review.builder()
                                .title("Regard")
                                .text(" ")
                                .build()))
                        .build())),
                VALID));
        cases.add(variant(
                "text.blank",
                "objective",
                "/narrative/objectives/1",
                with(r -> r.narrative(org.terrinclus.project.Narrative.builder()
                        .from(VALID.getNarrative().get())
                        .objectives(List.of("Favoriser la participation", ""))
                        .build())),
                VALID));
        cases.add(variant(
                "text.blank",
                "resource label",
                "/resources/0/label",
                with(r -> r.resources(List.of(Resource.of(" ", "https://www.aude.fr/")))),
                with(r -> r.resources(List.of(Resource.of("Site", "https://www.aude.fr/"))))));
        cases.add(variant(
                "text.blank",
                "photo credit",
                "/photoCredits/1",
                with(r -> r.addPhotoCredits(" ")),
                with(r -> r.addPhotoCredits("© Sousse"))));

        // Tables.
        cases.add(rule(
                "funding.total.mismatch",
                "/funding/0/declaredTotal",
                withFunding(f -> f.declaredTotal(Money.eur("67159.01"))),
                withFunding(f -> f.declaredTotal(Money.eur("67159.00")))));
        cases.add(variant(
                "funding.total.mismatch",
                "rows not evaluable do not count",
                "/funding/0/declaredTotal",
                withFunding(f -> f.addContributions(Contribution.notEvaluable(foreignAssociation))
                        .addContributions(Contribution.toBeRaised(Money.eur("1000")))),
                withFunding(f -> f.addContributions(Contribution.notEvaluable(foreignAssociation))
                        .addContributions(Contribution.toBeRaised(Money.eur("100")))
                        .declaredTotal(Money.eur("67259")))));
        cases.add(rule(
                "funding.currency.mixed",
                "/funding/0/contributions/2/amount",
                withFunding(f -> f.contributions(List.of(
                        row(AUDE, "30000", "EUR"), row(MAEDI, "22124.13", "EUR"), row(SOUSSE, "15034.87", "TND")))),
                withFunding(f -> f.addContributions(Contribution.notEvaluable(foreignAssociation)))));
        cases.add(variant(
                "funding.currency.mixed",
                "total",
                "/funding/0/declaredTotal",
                withFunding(f -> f.declaredTotal(Money.of("67159", "USD"))),
                VALID));
        cases.add(rule(
                "costs.total.mismatch",
                "/costs/0/declaredTotal",
                with(r -> r.addCosts(costs("301", Money.eur(100), Money.eur(200)))),
                with(r -> r.addCosts(costs("300.00", Money.eur(100), Money.eur("200.00"))))));
        cases.add(rule(
                "costs.currency.mixed",
                "/costs/0/items/1/amount",
                with(r -> r.addCosts(costs("300", Money.eur(100), Money.of("200", "XOF"), Money.eur(0)))),
                with(r -> r.addCosts(costs("300", Money.eur(100), Money.eur(200), Money.eur(0))))));

        // Key figures.
        cases.add(rule(
                "figure.total-cost.inconsistent",
                "/keyFigures/1/value",
                withTotalCost(f -> f.value(new BigDecimal("68000"))),
                withTotalCost(f -> f.value(new BigDecimal("67")).multiplier(BigDecimal.valueOf(1000)))));
        cases.add(variant(
                "figure.total-cost.inconsistent",
                "unit",
                "/keyFigures/1/unit",
                withTotalCost(f -> f.unit("USD")),
                withTotalCost(f -> f.unit("€"))));
        cases.add(variant(
                "figure.total-cost.inconsistent",
                "millions",
                "/keyFigures/0/value",
                with(r -> r.keyFigures(List.of(org.terrinclus.figure.KeyFigure.builder()
                                .kind(org.terrinclus.figure.FigureKind.TOTAL_COST)
                                .value(new BigDecimal("1.8"))
                                .multiplier(BigDecimal.valueOf(1_000_000))
                                .unit("EUR")
                                .label("Coût total, en millions d'euros")
                                .build()))
                        .funding(List.of(org.terrinclus.funding.FundingPlan.builder()
                                .addContributions(Contribution.of(AUDE, Money.eur("1690650")))
                                .declaredTotal(Money.eur("1690650"))
                                .build()))),
                with(r -> r.keyFigures(List.of(org.terrinclus.figure.KeyFigure.builder()
                                .kind(org.terrinclus.figure.FigureKind.TOTAL_COST)
                                .value(new BigDecimal("1.7"))
                                .multiplier(BigDecimal.valueOf(1_000_000))
                                .unit("EUR")
                                .label("Coût total, en millions d'euros")
                                .build()))
                        .funding(List.of(org.terrinclus.funding.FundingPlan.builder()
                                .addContributions(Contribution.of(AUDE, Money.eur("1690650")))
                                .declaredTotal(Money.eur("1690650"))
                                .build())))));

        // SDGs and recommendations.
        cases.add(rule(
                "sdg.target.goal-undeclared",
                "/sdgTargets/2",
                with(r -> r.addSdgTargets(SdgTarget.of("8.5"))),
                with(r -> r.addSdgTargets(SdgTarget.of("4.5")))));
        cases.add(rule(
                "recommendation.unknown",
                "/recommendations/2/code",
                with(r -> r.addRecommendations(AppliedRecommendation.builder()
                        .family(RecommendationFamily.DIAGNOSIS_AND_FORMALISATION)
                        .code("D9")
                        .build())),
                with(r -> r.addRecommendations(AppliedRecommendation.builder()
                        .family(RecommendationFamily.DIAGNOSIS_AND_FORMALISATION)
                        .code("D2")
                        .build()))));
        cases.add(rule(
                "recommendation.family.undeclared",
                "/recommendations/2/family",
                with(r -> r.addRecommendations(AppliedRecommendation.of(Recommendation.LASTING_COMMITMENT))),
                with(r -> r.addRecommendations(AppliedRecommendation.of(Recommendation.LASTING_COMMITMENT))
                        .addRecommendationFamilies(RecommendationFamily.TIMING))));
        cases.add(rule(
                "recommendation.family.unusual",
                "/recommendations/2/family",
                with(r -> r.addRecommendations(AppliedRecommendation.of(
                        RecommendationFamily.SHARED_STAKES_AND_RECIPROCITY,
                        Recommendation.TARGET_PEOPLE_IN_DIFFICULTY))),
                with(r -> r.addRecommendations(AppliedRecommendation.of(Recommendation.TARGET_PEOPLE_IN_DIFFICULTY)))));
        cases.add(rule(
                "recommendation.duplicate",
                "/recommendations/2",
                with(r -> r.addRecommendations(AppliedRecommendation.builder()
                        .family(RecommendationFamily.DIAGNOSIS_AND_FORMALISATION)
                        .code("D1")
                        .wording("Inclure un maximum de parties prenantes")
                        .build())),
                with(r -> r.addRecommendations(AppliedRecommendation.of(Recommendation.TARGET_PEOPLE_IN_DIFFICULTY)))));
        cases.add(rule(
                "recommendation.family.duplicate",
                "/recommendationFamilies/2",
                with(r -> r.addRecommendationFamilies(RecommendationFamily.DIAGNOSIS_AND_FORMALISATION)),
                VALID));
        cases.add(rule(
                "sdg.duplicate",
                "/sdgGoals/2",
                with(r -> r.addSdgGoals(SdgGoal.QUALITY_EDUCATION)),
                with(r -> r.addSdgGoals(SdgGoal.GENDER_EQUALITY))));
        cases.add(rule(
                "sdg.target.duplicate",
                "/sdgTargets/2",
                with(r -> r.addSdgTargets(SdgTarget.of("4.4"))),
                with(r -> r.addSdgTargets(SdgTarget.of("4.a")))));
        cases.add(rule(
                "thematic.duplicate",
                "/thematics/2",
                with(r -> r.addThematics(Thematic.YOUTH)),
                with(r -> r.addThematics(Thematic.WOMEN))));
        cases.add(rule(
                "thematic.unknown",
                "/thematics/2",
                with(r -> r.addThematics(Thematic.of("migrations"))),
                with(r -> r.addThematics(Thematic.of("women")))));

        // Contacts, resources, dates.
        cases.add(rule(
                "contact.email.invalid",
                "/contacts/0/email",
                with(r -> r.contacts(List.of(
                        Contact.builder().email("jeanne.martin-at-aude.fr").build()))),
                with(r -> r.contacts(List.of(
                        Contact.builder().email("Cooperation+Sousse@aude.fr").build())))));
        cases.add(rule(
                "resource.url.invalid",
                "/resources/0/url",
                with(r -> r.resources(List.of(Resource.of("Rapport", "www.aude.fr/cooperation")))),
                with(r -> r.resources(List.of(Resource.of("Rapport", "HTTP://www.aude.fr/coop%C3%A9ration?x=1#a"))))));
        cases.add(variant(
                "resource.url.invalid",
                "ftp",
                "/resources/0/url",
                with(r -> r.resources(List.of(Resource.of("Rapport", "ftp://ftp.aude.fr/rapport.pdf")))),
                with(r -> r.resources(
                        List.of(Resource.builder().label("Rapport imprimé").build())))));
        cases.add(rule(
                "dates.order", "/dates/launch", withDates(2012, 2010, null, 2016), withDates(2012, 2012, null, 2016)));
        cases.add(variant(
                "dates.order",
                "end before launch",
                "/dates/end",
                withDates(2012, 2014, null, 2013),
                withDates(2012, 2014, null, 2014)));
        cases.add(variant(
                "dates.order",
                "end before start",
                "/dates/end",
                withDates(2012, null, null, 2011),
                withDates(2012, null, null, 2012)));
        cases.add(rule(
                "dates.duration.inconsistent",
                "/dates/duration",
                withDates(2012, 2014, Period.ofMonths(24), 2019),
                withDates(2012, 2014, Period.ofYears(2), 2015)));

        // Partners and funders.
        cases.add(rule(
                "partner.duplicate",
                "/partners/1",
                with(r -> r.addPartners(
                        organisation("MUNICIPALITE  de  SOUSSE", OrganisationKind.FOREIGN_LOCAL_AUTHORITY, "TN"))),
                with(r -> r.addPartners(
                        organisation("Municipalité de Sousse", OrganisationKind.FOREIGN_LOCAL_AUTHORITY, "DZ")))));
        cases.add(rule(
                "partner.country.duplicate",
                "/partnerCountries/1",
                with(r -> r.addPartnerCountries(Country.of("TN"), Country.of("tn"))),
                with(r -> r.addPartnerCountries(Country.of("TN"), Country.FRANCE))));
        cases.add(rule(
                "partner.is-lead",
                "/partners/1",
                with(r -> r.addPartners(Organisation.of("Departement de l’Aude", OrganisationKind.DEPARTEMENT))),
                with(r -> r.addPartners(Organisation.of("Département de l'Aube", OrganisationKind.DEPARTEMENT)))));
        cases.add(rule(
                "partner.abroad.missing",
                "/partners",
                with(r -> r.partners(List.of(frenchAssociation))),
                with(r -> r.partners(List.of(frenchAssociation, foreignAssociation)))));
        cases.add(variant(
                "partner.abroad.missing",
                "countries",
                "/partnerCountries",
                with(r -> r.partners(List.of()).addPartnerCountries(Country.FRANCE)),
                with(r -> r.partners(List.of()).addPartnerCountries(Country.FRANCE, Country.of("SN")))));
        cases.add(rule(
                "funder.duplicate",
                "/funding/0/contributions/3/funder",
                withFunding(f -> f.addContributions(Contribution.notEvaluable(
                        Organisation.of("Ministère des affaires étrangères (MAEDI)", OrganisationKind.STATE)))),
                withFunding(f -> f.addContributions(Contribution.notEvaluable(foreignAssociation)))));

        // Publication profile.
        cases.add(rule("title.missing", "/title", with(r -> r.title(" ")), with(r -> r.title("T"))));
        cases.add(rule("summary.missing", "/summary", with(r -> r.summary(java.util.Optional.empty())), VALID));
        cases.add(variant("summary.missing", "blank", "/summary", with(r -> r.summary("  ")), VALID));
        cases.add(rule("lead.missing", "/lead", with(r -> r.lead(java.util.Optional.empty())), VALID));
        cases.add(rule(
                "partner.missing",
                "/partners",
                with(r -> r.partners(List.of())),
                with(r -> r.partners(List.of()).partnersDescription("Plusieurs organisations franco-tunisiennes"))));
        cases.add(rule("thematic.missing", "/thematics", with(r -> r.thematics(List.of())), VALID));
        cases.add(rule(
                        "recommendation.family.missing",
                        "/recommendationFamilies",
                        with(r -> r.recommendationFamilies(List.of()).recommendations(List.of())),
                        VALID)
                .also("recommendation.missing", "/recommendations"));
        cases.add(rule("recommendation.missing", "/recommendations", with(r -> r.recommendations(List.of())), VALID));
        cases.add(
                rule("sdg.missing", "/sdgGoals", with(r -> r.sdgGoals(List.of()).sdgTargets(List.of())), VALID));
        cases.add(rule("figure.missing", "/keyFigures", with(r -> r.keyFigures(List.of())), VALID));
        cases.add(rule(
                "funding.missing",
                "/funding",
                with(r -> r.funding(List.of())),
                with(r -> r.funding(List.of()).addCosts(costs("67159", Money.eur(67159))))));
        cases.add(rule(
                "funding.total.missing",
                "/funding/0/declaredTotal",
                withFunding(f -> f.declaredTotal(java.util.Optional.empty())),
                VALID));
        cases.add(rule(
                "costs.total.missing",
                "/costs/0/declaredTotal",
                with(r -> r.addCosts(costs(null, Money.eur(100)))),
                with(r -> r.addCosts(costs("100", Money.eur(100))))));
        cases.add(rule("contact.missing", "/contacts", with(r -> r.contacts(List.of())), VALID));

        // Privacy.
        cases.add(rule(
                "privacy.personal-email",
                "/contacts/0/email",
                with(r -> r.contacts(List.of(Contact.builder()
                        .name("Jeanne Martin")
                        .email("jeanne.martin@aude.fr")
                        .build()))),
                with(r -> r.contacts(List.of(Contact.builder()
                        .name("Jeanne Martin")
                        .email("relations-internationales@aude.fr")
                        .build())))));
        cases.add(variant(
                "privacy.personal-email",
                "summary",
                "/summary",
                with(r -> r.summary("Un échange de jeunes ; renseignements auprès de j.dupont@sousse.tn.")),
                with(r -> r.summary("Un échange de jeunes ; rendez-vous @ Sousse."))));
        cases.add(variant(
                "privacy.personal-email",
                "quote",
                "/narrative/quotes/0/text",
                with(r -> r.narrative(org.terrinclus.project.Narrative.builder()
                        .from(VALID.getNarrative().get())
                        .quotes(List.of(org.terrinclus.project.Quote.builder()
                                .text("Écrivez-nous à cooperation@aude.fr, nous répondrons.")
                                .build()))
                        .build())),
                with(r -> r.narrative(org.terrinclus.project.Narrative.builder()
                        .from(VALID.getNarrative().get())
                        .quotes(List.of(org.terrinclus.project.Quote.builder()
                                .text("Écrivez-nous au service de la coopération, nous répondrons.")
                                .build()))
                        .build()))));
        return cases;
    }
}
