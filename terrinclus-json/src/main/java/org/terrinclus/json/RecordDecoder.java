package org.terrinclus.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.terrinclus.figure.FigureKind;
import org.terrinclus.figure.KeyFigure;
import org.terrinclus.funding.Contribution;
import org.terrinclus.funding.ContributionKind;
import org.terrinclus.funding.CostBreakdown;
import org.terrinclus.funding.CostItem;
import org.terrinclus.funding.FundingPlan;
import org.terrinclus.funding.Money;
import org.terrinclus.json.ReadContext.TypeMismatch;
import org.terrinclus.organisation.IdentifierScheme;
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

/**
 * Reads each type of the format from a {@link ReadContext} positioned on its first token.
 * Every method returns null when the value could not be read; the reasons are findings.
 */
final class RecordDecoder {

    private static final List<String> RECORD_REQUIRED = List.of("formatVersion", "id", "title");
    private static final List<String> ORGANISATION_REQUIRED = List.of("name", "kind");
    private static final List<String> MONEY_REQUIRED = List.of("amount", "currency");
    private static final List<String> CONTRIBUTION_REQUIRED = List.of("kind");
    private static final List<String> FIGURE_REQUIRED = List.of("kind", "value", "label");
    private static final List<String> NONE = List.of();

    private RecordDecoder() {}

    static ProjectRecord record(ReadContext c) throws IOException, TypeMismatch {
        ProjectRecord.Builder b = ProjectRecord.builder();
        boolean ok = c.object(
                name -> {
                    switch (name) {
                        case "formatVersion":
                            FormatVersion.check(c.string(), c);
                            return true;
                        case "id":
                            c.id = c.string();
                            b.id(c.id);
                            return true;
                        case "title":
                            b.title(c.string());
                            return true;
                        case "summary":
                            b.summary(c.string());
                            return true;
                        case "lead":
                            set(lead(c), b::lead);
                            return true;
                        case "partners":
                            b.partners(c.list(() -> organisation(c)));
                            return true;
                        case "partnerCountries":
                            b.partnerCountries(c.list(() -> Values.country(c.string())));
                            return true;
                        case "partnersDescription":
                            b.partnersDescription(c.string());
                            return true;
                        case "thematics":
                            b.thematics(c.list(() -> Values.thematic(c.string())));
                            return true;
                        case "recommendationFamilies":
                            b.recommendationFamilies(c.list(() -> Values.code(
                                    c.string(),
                                    RecommendationFamily.class,
                                    RecommendationFamily::getCode,
                                    "Code de famille de préconisations",
                                    "recommendation family")));
                            return true;
                        case "recommendations":
                            b.recommendations(c.list(() -> appliedRecommendation(c)));
                            return true;
                        case "sdgGoals":
                            b.sdgGoals(c.list(() -> Values.sdgGoal(c.integer())));
                            return true;
                        case "sdgTargets":
                            b.sdgTargets(c.list(() -> Values.sdgTarget(c.string())));
                            return true;
                        case "keyFigures":
                            b.keyFigures(c.list(() -> keyFigure(c)));
                            return true;
                        case "funding":
                            b.funding(c.list(() -> fundingPlan(c)));
                            return true;
                        case "costs":
                            b.costs(c.list(() -> costBreakdown(c)));
                            return true;
                        case "dates":
                            set(dates(c), b::dates);
                            return true;
                        case "narrative":
                            set(narrative(c), b::narrative);
                            return true;
                        case "resources":
                            b.resources(c.list(() -> resource(c)));
                            return true;
                        case "contacts":
                            b.contacts(c.list(() -> contact(c)));
                            return true;
                        case "photoCredits":
                            b.photoCredits(c.list(c::string));
                            return true;
                        default:
                            return false;
                    }
                },
                RECORD_REQUIRED,
                b::putUnknownFields);
        return ok ? build(c, b::build) : null;
    }

    static Lead lead(ReadContext c) throws IOException, TypeMismatch {
        Lead.Builder b = Lead.builder();
        boolean ok = c.object(
                name -> {
                    switch (name) {
                        case "organisation":
                            set(organisation(c), b::organisation);
                            return true;
                        case "operator":
                            set(organisation(c), b::operator);
                            return true;
                        default:
                            return false;
                    }
                },
                List.of("organisation"),
                b::putUnknownFields);
        return ok ? build(c, b::build) : null;
    }

    static Organisation organisation(ReadContext c) throws IOException, TypeMismatch {
        Organisation.Builder b = Organisation.builder();
        boolean ok = c.object(
                name -> {
                    switch (name) {
                        case "name":
                            b.name(c.string());
                            return true;
                        case "kind":
                            b.kind(Values.code(
                                    c.string(),
                                    OrganisationKind.class,
                                    OrganisationKind::getCode,
                                    "Type d'organisation",
                                    "organisation kind"));
                            return true;
                        case "localDesignation":
                            b.localDesignation(c.string());
                            return true;
                        case "country":
                            b.country(Values.country(c.string()));
                            return true;
                        case "identifiers":
                            b.identifiers(c.list(() -> identifier(c)));
                            return true;
                        default:
                            return false;
                    }
                },
                ORGANISATION_REQUIRED,
                b::putUnknownFields);
        return ok ? build(c, b::build) : null;
    }

    static OrganisationIdentifier identifier(ReadContext c) throws IOException, TypeMismatch {
        IdentifierScheme[] scheme = {null};
        String[] value = {null};
        boolean ok = c.object(
                name -> {
                    switch (name) {
                        case "scheme":
                            scheme[0] = Values.code(
                                    c.string(),
                                    IdentifierScheme.class,
                                    IdentifierScheme::getCode,
                                    "Registre d'identifiant",
                                    "identifier scheme");
                            return true;
                        case "value":
                            value[0] = c.string();
                            return true;
                        default:
                            return false;
                    }
                },
                List.of("scheme", "value"),
                null);
        return ok ? build(c, () -> OrganisationIdentifier.of(scheme[0], value[0])) : null;
    }

    static AppliedRecommendation appliedRecommendation(ReadContext c) throws IOException, TypeMismatch {
        AppliedRecommendation.Builder b = AppliedRecommendation.builder();
        boolean ok = c.object(
                name -> {
                    switch (name) {
                        case "family":
                            b.family(Values.code(
                                    c.string(),
                                    RecommendationFamily.class,
                                    RecommendationFamily::getCode,
                                    "Code de famille de préconisations",
                                    "recommendation family"));
                            return true;
                        case "code":
                            b.code(c.string());
                            return true;
                        case "wording":
                            b.wording(c.string());
                            return true;
                        default:
                            return false;
                    }
                },
                List.of("family", "code"),
                b::putUnknownFields);
        return ok ? build(c, b::build) : null;
    }

    static KeyFigure keyFigure(ReadContext c) throws IOException, TypeMismatch {
        KeyFigure.Builder b = KeyFigure.builder();
        boolean ok = c.object(
                name -> {
                    switch (name) {
                        case "kind":
                            b.kind(Values.code(
                                    c.string(),
                                    FigureKind.class,
                                    FigureKind::getCode,
                                    "Type de chiffre clé",
                                    "figure kind"));
                            return true;
                        case "value":
                            b.value(c.decimal());
                            return true;
                        case "upperValue":
                            b.upperValue(c.decimal());
                            return true;
                        case "multiplier":
                            b.multiplier(c.decimal());
                            return true;
                        case "unit":
                            b.unit(c.string());
                            return true;
                        case "label":
                            b.label(c.string());
                            return true;
                        default:
                            return false;
                    }
                },
                FIGURE_REQUIRED,
                b::putUnknownFields);
        return ok ? build(c, b::build) : null;
    }

    static Money money(ReadContext c) throws IOException, TypeMismatch {
        BigDecimal[] amount = {null};
        Currency[] currency = {null};
        boolean ok = c.object(
                name -> {
                    switch (name) {
                        case "amount":
                            amount[0] = Values.amount(c.decimal());
                            return true;
                        case "currency":
                            currency[0] = Values.currency(c.string());
                            return true;
                        default:
                            return false;
                    }
                },
                MONEY_REQUIRED,
                null);
        return ok ? build(c, () -> Money.of(amount[0], currency[0])) : null;
    }

    static Contribution contribution(ReadContext c) throws IOException, TypeMismatch {
        Contribution.Builder b = Contribution.builder();
        ContributionKind[] kind = {null};
        boolean[] hasAmount = {false};
        boolean ok = c.object(
                name -> {
                    switch (name) {
                        case "funder":
                            set(organisation(c), b::funder);
                            return true;
                        case "kind":
                            kind[0] = Values.code(
                                    c.string(),
                                    ContributionKind.class,
                                    ContributionKind::getCode,
                                    "Type de contribution",
                                    "contribution kind");
                            b.kind(kind[0]);
                            return true;
                        case "amount":
                            hasAmount[0] = true;
                            set(money(c), b::amount);
                            return true;
                        case "period":
                            b.period(Values.period(c.string()));
                            return true;
                        case "note":
                            b.note(c.string());
                            return true;
                        default:
                            return false;
                    }
                },
                CONTRIBUTION_REQUIRED,
                b::putUnknownFields);
        if (ok && kind[0] == ContributionKind.NOT_EVALUABLE && hasAmount[0]) {
            c.invalidObject(new ValueProblem(
                    "Une contribution « not-evaluable » n'a pas de montant : retirez « amount », ou utilisez le type « amount ».",
                    "A 'not-evaluable' contribution has no amount: remove 'amount', or use kind 'amount'."));
            return null;
        }
        if (ok && kind[0] != ContributionKind.NOT_EVALUABLE && !hasAmount[0]) {
            c.invalidObject(new ValueProblem(
                    "Une contribution de type « " + kind[0].getCode() + " » a besoin d'un montant : ajoutez « amount »,"
                            + " ou utilisez le type « not-evaluable » pour un apport en nature.",
                    "A contribution of kind '" + kind[0].getCode() + "' needs an amount: add 'amount', or use kind"
                            + " 'not-evaluable' for a contribution in kind."));
            return null;
        }
        return ok ? build(c, b::build) : null;
    }

    static FundingPlan fundingPlan(ReadContext c) throws IOException, TypeMismatch {
        FundingPlan.Builder b = FundingPlan.builder();
        boolean ok = c.object(
                name -> {
                    switch (name) {
                        case "label":
                            b.label(c.string());
                            return true;
                        case "contributions":
                            b.contributions(c.list(() -> contribution(c)));
                            return true;
                        case "declaredTotal":
                            set(money(c), b::declaredTotal);
                            return true;
                        default:
                            return false;
                    }
                },
                NONE,
                b::putUnknownFields);
        return ok ? build(c, b::build) : null;
    }

    static CostBreakdown costBreakdown(ReadContext c) throws IOException, TypeMismatch {
        CostBreakdown.Builder b = CostBreakdown.builder();
        boolean ok = c.object(
                name -> {
                    switch (name) {
                        case "label":
                            b.label(c.string());
                            return true;
                        case "items":
                            b.items(c.list(() -> costItem(c)));
                            return true;
                        case "declaredTotal":
                            set(money(c), b::declaredTotal);
                            return true;
                        default:
                            return false;
                    }
                },
                NONE,
                b::putUnknownFields);
        return ok ? build(c, b::build) : null;
    }

    static CostItem costItem(ReadContext c) throws IOException, TypeMismatch {
        CostItem.Builder b = CostItem.builder();
        boolean ok = c.object(
                name -> {
                    switch (name) {
                        case "category":
                            b.category(c.string());
                            return true;
                        case "amount":
                            set(money(c), b::amount);
                            return true;
                        default:
                            return false;
                    }
                },
                List.of("category"),
                b::putUnknownFields);
        return ok ? build(c, b::build) : null;
    }

    static ProjectDates dates(ReadContext c) throws IOException, TypeMismatch {
        ProjectDates.Builder b = ProjectDates.builder();
        boolean ok = c.object(
                name -> {
                    switch (name) {
                        case "partnershipStart":
                            b.partnershipStart(Values.year(c.integer()));
                            return true;
                        case "launch":
                            b.launch(Values.year(c.integer()));
                            return true;
                        case "duration":
                            b.duration(Values.period(c.string()));
                            return true;
                        case "end":
                            b.end(Values.year(c.integer()));
                            return true;
                        default:
                            return false;
                    }
                },
                NONE,
                b::putUnknownFields);
        return ok ? build(c, b::build) : null;
    }

    static Narrative narrative(ReadContext c) throws IOException, TypeMismatch {
        Narrative.Builder b = Narrative.builder();
        boolean ok = c.object(
                name -> {
                    switch (name) {
                        case "context":
                            b.context(c.string());
                            return true;
                        case "objectives":
                            b.objectives(c.list(c::string));
                            return true;
                        case "actors":
                            b.actors(c.string());
                            return true;
                        case "focusSections":
                            b.focusSections(c.list(() -> focusSection(c)));
                            return true;
                        case "quotes":
                            b.quotes(c.list(() -> quote(c)));
                            return true;
                        case "reviews":
                            b.reviews(c.list(() -> review(c)));
                            return true;
                        default:
                            return false;
                    }
                },
                NONE,
                b::putUnknownFields);
        return ok ? build(c, b::build) : null;
    }

    static FocusSection focusSection(ReadContext c) throws IOException, TypeMismatch {
        FocusSection.Builder b = FocusSection.builder();
        boolean ok = c.object(
                name -> {
                    switch (name) {
                        case "title":
                            b.title(c.string());
                            return true;
                        case "text":
                            b.text(c.string());
                            return true;
                        default:
                            return false;
                    }
                },
                List.of("title", "text"),
                b::putUnknownFields);
        return ok ? build(c, b::build) : null;
    }

    static Quote quote(ReadContext c) throws IOException, TypeMismatch {
        Quote.Builder b = Quote.builder();
        boolean ok = c.object(
                name -> {
                    switch (name) {
                        case "text":
                            b.text(c.string());
                            return true;
                        case "author":
                            b.author(c.string());
                            return true;
                        case "role":
                            b.role(c.string());
                            return true;
                        case "organisation":
                            b.organisation(c.string());
                            return true;
                        default:
                            return false;
                    }
                },
                List.of("text"),
                b::putUnknownFields);
        return ok ? build(c, b::build) : null;
    }

    static Review review(ReadContext c) throws IOException, TypeMismatch {
        Review.Builder b = Review.builder();
        boolean ok = c.object(
                name -> {
                    switch (name) {
                        case "title":
                            b.title(c.string());
                            return true;
                        case "text":
                            b.text(c.string());
                            return true;
                        default:
                            return false;
                    }
                },
                List.of("text"),
                b::putUnknownFields);
        return ok ? build(c, b::build) : null;
    }

    static Resource resource(ReadContext c) throws IOException, TypeMismatch {
        Resource.Builder b = Resource.builder();
        boolean ok = c.object(
                name -> {
                    switch (name) {
                        case "label":
                            b.label(c.string());
                            return true;
                        case "url":
                            b.url(c.string());
                            return true;
                        default:
                            return false;
                    }
                },
                List.of("label"),
                b::putUnknownFields);
        return ok ? build(c, b::build) : null;
    }

    static Contact contact(ReadContext c) throws IOException, TypeMismatch {
        Contact.Builder b = Contact.builder();
        boolean ok = c.object(
                name -> {
                    switch (name) {
                        case "name":
                            b.name(c.string());
                            return true;
                        case "role":
                            b.role(c.string());
                            return true;
                        case "organisation":
                            b.organisation(c.string());
                            return true;
                        case "email":
                            b.email(c.string());
                            return true;
                        default:
                            return false;
                    }
                },
                NONE,
                b::putUnknownFields);
        return ok ? build(c, b::build) : null;
    }

    // ---- helpers

    private static <T> void set(T value, java.util.function.Consumer<T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }

    private static <T> T build(ReadContext c, java.util.function.Supplier<T> builder) {
        try {
            return builder.get();
        } catch (IllegalArgumentException | IllegalStateException e) {
            c.invalidObject(
                    e instanceof IllegalArgumentException
                            ? (IllegalArgumentException) e
                            : new IllegalArgumentException(e.getMessage(), e));
            return null;
        }
    }
}
