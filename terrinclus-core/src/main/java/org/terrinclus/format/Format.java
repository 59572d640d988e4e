package org.terrinclus.format;

import java.math.BigDecimal;
import java.util.List;
import org.terrinclus.figure.KeyFigure;
import org.terrinclus.format.ObjectType.Requirement;
import org.terrinclus.funding.Contribution;
import org.terrinclus.funding.ContributionKind;
import org.terrinclus.funding.CostBreakdown;
import org.terrinclus.funding.CostItem;
import org.terrinclus.funding.FundingPlan;
import org.terrinclus.funding.Money;
import org.terrinclus.organisation.IdentifierScheme;
import org.terrinclus.organisation.Organisation;
import org.terrinclus.organisation.OrganisationIdentifier;
import org.terrinclus.project.ActivityStatus;
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

/**
 * The Terrinclus exchange format, described once: every object type with its fields, in the
 * order writers put them. The JSON reader, writer and schema, and the field tables of {@code
 * docs/format.md}, are derived from it; so can any other view of a record be.
 *
 * <pre>{@code
 * for (Field<ProjectRecord, ?> field : Format.RECORD.getFields()) {
 *     String heading = field.getText().title(Locale.FRENCH);   // "Titre", "Partenaires"…
 * }
 * }</pre>
 *
 * <p>To add an optional field: add its getter to the model type, and its line to the type here.
 */
public final class Format {

    private Format() {}

    /** The version writers put in {@code formatVersion}. */
    public static final String VERSION = "1.0";

    private static Text text(String titleFr, String titleEn, String descriptionFr, String descriptionEn) {
        return new Text(titleFr, titleEn, descriptionFr, descriptionEn);
    }

    /** An organisation's identifier in a register; closed: no unknown fields. */
    public static final ObjectType<OrganisationIdentifier> IDENTIFIER = identifier();

    private static ObjectType<OrganisationIdentifier> identifier() {
        ObjectType.Builder<OrganisationIdentifier, OrganisationIdentifier.Builder> b = ObjectType.of(
                        "Identifier",
                        OrganisationIdentifier.class,
                        OrganisationIdentifier::builder,
                        OrganisationIdentifier.Builder::build,
                        text(
                                "Identifiant",
                                "Identifier",
                                "L'identifiant d'une organisation dans un registre.",
                                "An organisation's identifier in a register."))
                .required(
                        "scheme",
                        Scalars.IDENTIFIER_SCHEME,
                        OrganisationIdentifier::getScheme,
                        OrganisationIdentifier.Builder::scheme,
                        text("Registre", "Scheme", "Le registre.", "The register."))
                .required(
                        "value",
                        Scalars.TEXT,
                        OrganisationIdentifier::getValue,
                        OrganisationIdentifier.Builder::value,
                        text(
                                "Valeur",
                                "Value",
                                "L'identifiant, bien formé dans son registre (clé de Luhn valide pour SIREN et SIRET).",
                                "The identifier, well-formed in its scheme (SIREN and SIRET with a valid check"
                                        + " digit)."));
        for (IdentifierScheme scheme : IdentifierScheme.values()) {
            b.condition("scheme", scheme.getCode(), "value", Requirement.PATTERN, "^(?:" + scheme.getPattern() + ")$");
        }
        return b.build();
    }

    /** A body taking part in a project. */
    public static final ObjectType<Organisation> ORGANISATION = ObjectType.of(
                    "Organisation",
                    Organisation.class,
                    Organisation::builder,
                    Organisation.Builder::build,
                    text(
                            "Organisation",
                            "Organisation",
                            "Un organisme qui prend part au projet : porteur, opérateur, partenaire ou financeur.",
                            "A body taking part in a project: lead, operator, partner or funder."))
            .extensible(Organisation.Builder::putUnknownFields)
            .required(
                    "name",
                    Scalars.TEXT,
                    Organisation::getName,
                    Organisation.Builder::name,
                    text(
                            "Nom",
                            "Name",
                            "Le nom tel qu'imprimé, comme « Département de l'Aude ».",
                            "Name as printed, as \"Département de l'Aude\"."))
            .required(
                    "kind",
                    Scalars.ORGANISATION_KIND,
                    Organisation::getKind,
                    Organisation.Builder::kind,
                    text("Type", "Kind", "Le type d'organisme.", "What kind of body it is."))
            .optional(
                    "localDesignation",
                    Scalars.TEXT,
                    Organisation::getLocalDesignation,
                    Organisation.Builder::localDesignation,
                    text(
                            "Désignation locale",
                            "Local designation",
                            "Pour une collectivité étrangère, son nom chez elle : province, municipalité, judet…",
                            "For a local authority abroad, what it is called at home: province, municipalité,"
                                    + " judet…"))
            .optional(
                    "country",
                    Scalars.COUNTRY,
                    Organisation::getCountry,
                    Organisation.Builder::country,
                    text("Pays", "Country", "Le pays où il est établi.", "Country where it is based."))
            .list(
                    "identifiers",
                    IDENTIFIER,
                    Organisation::getIdentifiers,
                    Organisation.Builder::addIdentifiers,
                    text(
                            "Identifiants",
                            "Identifiers",
                            "Ses identifiants dans des registres.",
                            "Its identifiers in registers."))
            .build();

    /** The lead of a project and its operator. */
    public static final ObjectType<Lead> LEAD = ObjectType.of(
                    "Lead",
                    Lead.class,
                    Lead::builder,
                    Lead.Builder::build,
                    text(
                            "Porteur",
                            "Lead",
                            "Le porteur du projet et son opérateur.",
                            "The project's lead and its operator."))
            .extensible(Lead.Builder::putUnknownFields)
            .required(
                    "organisation",
                    ORGANISATION,
                    Lead::getOrganisation,
                    Lead.Builder::organisation,
                    text(
                            "Organisation porteuse",
                            "Lead organisation",
                            "L'organisation qui porte le projet.",
                            "The organisation that leads the project."))
            .optional(
                    "operator",
                    ORGANISATION,
                    Lead::getOperator,
                    Lead.Builder::operator,
                    text(
                            "Opérateur",
                            "Operator",
                            "L'organisation qui le mène pour le porteur, s'il y en a une.",
                            "The organisation that runs it on the lead's behalf, if any."))
            .build();

    /** A recommendation applied by a project. */
    public static final ObjectType<AppliedRecommendation> APPLIED_RECOMMENDATION = ObjectType.of(
                    "AppliedRecommendation",
                    AppliedRecommendation.class,
                    AppliedRecommendation::builder,
                    AppliedRecommendation.Builder::build,
                    text(
                            "Préconisation appliquée",
                            "Applied recommendation",
                            "Une préconisation que le projet applique, sous la famille où la fiche la range.",
                            "A recommendation the project applies, under the family the sheet files it."))
            .extensible(AppliedRecommendation.Builder::putUnknownFields)
            .required(
                    "family",
                    Scalars.RECOMMENDATION_FAMILY,
                    AppliedRecommendation::getFamily,
                    AppliedRecommendation.Builder::family,
                    text(
                            "Famille",
                            "Family",
                            "La famille sous laquelle la fiche la range, telle qu'imprimée.",
                            "The family the sheet files it under, as printed."))
            .required(
                    "code",
                    Scalars.TEXT,
                    AppliedRecommendation::getCode,
                    AppliedRecommendation.Builder::code,
                    text(
                            "Code",
                            "Code",
                            "Le code du catalogue, comme « R1 » ; un code inconnu est signalé par la validation.",
                            "The catalogue code, as \"R1\"; an unknown code is reported by validation."))
            .optional(
                    "wording",
                    Scalars.TEXT,
                    AppliedRecommendation::getWording,
                    AppliedRecommendation.Builder::wording,
                    text(
                            "Libellé",
                            "Wording",
                            "Le libellé tel que la fiche l'imprime.",
                            "The wording as the sheet prints it."))
            .build();

    /** A key figure. */
    public static final ObjectType<KeyFigure> KEY_FIGURE = ObjectType.of(
                    "KeyFigure",
                    KeyFigure.class,
                    KeyFigure::builder,
                    KeyFigure.Builder::build,
                    text(
                            "Chiffre clé",
                            "Key figure",
                            "Un des chiffres clés de la fiche : une valeur telle qu'écrite, son type et son libellé.",
                            "One of the sheet's key figures: a value as written, its kind and its label."))
            .extensible(KeyFigure.Builder::putUnknownFields)
            .condition("kind", "year", "value", Requirement.INTEGER)
            .required(
                    "kind",
                    Scalars.FIGURE_KIND,
                    KeyFigure::getKind,
                    KeyFigure.Builder::kind,
                    text("Type", "Kind", "Ce que mesure le chiffre.", "What the figure measures."))
            .required(
                    "value",
                    Scalars.NUMBER,
                    KeyFigure::getValue,
                    KeyFigure.Builder::value,
                    text(
                            "Valeur",
                            "Value",
                            "La valeur telle qu'écrite, avec un point (1,7 → 1.7) ; la borne basse d'une fourchette ;"
                                    + " un nombre entier pour une année.",
                            "The value as written, with a dot (1,7 → 1.7); the lower bound of a range; a whole"
                                    + " number when kind is year."))
            .optional(
                    "upperValue",
                    Scalars.NUMBER,
                    KeyFigure::getUpperValue,
                    KeyFigure.Builder::upperValue,
                    text(
                            "Borne haute",
                            "Upper value",
                            "La borne haute d'une fourchette (« 16-25 » : 16 et 25), pas sous la valeur.",
                            "Upper bound of a range (\"16-25\": 16 and 25); not below value."))
            .defaulted(
                    "multiplier",
                    Scalars.POSITIVE_NUMBER,
                    KeyFigure::getMultiplier,
                    KeyFigure.Builder::multiplier,
                    BigDecimal.ONE,
                    text(
                            "Multiplicateur",
                            "Multiplier",
                            "Le facteur qu'applique le libellé (« en millions » → 1000000) ; omis quand il vaut 1.",
                            "Factor the label applies (\"in millions\" → 1000000); positive; omitted when 1."))
            .optional(
                    "unit",
                    Scalars.TEXT,
                    KeyFigure::getUnit,
                    KeyFigure.Builder::unit,
                    text(
                            "Unité",
                            "Unit",
                            "L'unité : un code ISO 4217 pour un montant, « ha », « months », « % »…",
                            "Unit: an ISO 4217 code for money and total-cost, \"ha\", \"months\", \"%\"…"))
            .required(
                    "label",
                    Scalars.TEXT,
                    KeyFigure::getLabel,
                    KeyFigure.Builder::label,
                    text("Libellé", "Label", "Ce que compte le chiffre.", "What the figure counts."))
            .build();

    /** An exact amount of money; closed: no unknown fields. */
    public static final ObjectType<Money> MONEY = ObjectType.of(
                    "Money",
                    Money.class,
                    Money::builder,
                    Money.Builder::build,
                    text(
                            "Montant",
                            "Money",
                            "Un montant exact dans une devise ISO 4217.",
                            "An exact amount of money in one ISO 4217 currency."))
            .required(
                    "amount",
                    Scalars.AMOUNT,
                    Money::getAmount,
                    Money.Builder::amount,
                    text(
                            "Montant",
                            "Amount",
                            "Montant exact, jamais négatif, écrit sans exposant : 22124.13.",
                            "Exact amount, not negative, written plain: 22124.13."))
            .required(
                    "currency",
                    Scalars.CURRENCY,
                    Money::getCurrency,
                    Money.Builder::currency,
                    text("Devise", "Currency", "Code ISO 4217 : « EUR ».", "ISO 4217 code: \"EUR\"."))
            .build();

    /** A row of a funding table. */
    public static final ObjectType<Contribution> CONTRIBUTION = contribution();

    private static ObjectType<Contribution> contribution() {
        ObjectType.Builder<Contribution, Contribution.Builder> b = ObjectType.of(
                        "Contribution",
                        Contribution.class,
                        Contribution::builder,
                        Contribution.Builder::build,
                        text(
                                "Contribution",
                                "Contribution",
                                "Une ligne d'un tableau de financement : qui contribue, et quoi.",
                                "A row of a funding table: who contributes, and what."))
                .extensible(Contribution.Builder::putUnknownFields)
                .optional(
                        "funder",
                        ORGANISATION,
                        Contribution::getFunder,
                        Contribution.Builder::funder,
                        text(
                                "Financeur",
                                "Funder",
                                "Le financeur ; absent d'un montant à mobiliser.",
                                "The funder; absent on a row of money still to be raised."))
                .required(
                        "kind",
                        Scalars.CONTRIBUTION_KIND,
                        Contribution::getKind,
                        Contribution.Builder::kind,
                        text("Type", "Kind", "Ce que contient la ligne.", "What the row holds."))
                .optional(
                        "amount",
                        MONEY,
                        Contribution::getAmount,
                        Contribution.Builder::amount,
                        text(
                                "Montant",
                                "Amount",
                                "Le montant : présent pour amount et to-be-raised, absent pour not-evaluable.",
                                "The amount: required for amount and to-be-raised, absent for not-evaluable."))
                .optional(
                        "period",
                        Scalars.PERIOD,
                        Contribution::getPeriod,
                        Contribution.Builder::period,
                        text(
                                "Période",
                                "Period",
                                "La période que couvre le montant : « sur 24 mois » → « P24M ».",
                                "ISO-8601 period the amount covers: \"over 24 months\" → \"P24M\"."))
                .optional(
                        "note",
                        Scalars.TEXT,
                        Contribution::getNote,
                        Contribution.Builder::note,
                        text(
                                "Note",
                                "Note",
                                "Le texte imprimé entre parenthèses à côté du financeur.",
                                "Text printed in parentheses beside the funder."));
        for (ContributionKind kind : ContributionKind.values()) {
            b.condition(
                    "kind",
                    kind.getCode(),
                    "amount",
                    kind == ContributionKind.NOT_EVALUABLE ? Requirement.ABSENT : Requirement.PRESENT);
        }
        return b.build();
    }

    /** A funding table. */
    public static final ObjectType<FundingPlan> FUNDING_PLAN = ObjectType.of(
                    "FundingPlan",
                    FundingPlan.class,
                    FundingPlan::builder,
                    FundingPlan.Builder::build,
                    text(
                            "Plan de financement",
                            "Funding plan",
                            "Un tableau de financement, pour un site ou une phase.",
                            "A funding table, for one site or phase."))
            .extensible(FundingPlan.Builder::putUnknownFields)
            .optional(
                    "label",
                    Scalars.TEXT,
                    FundingPlan::getLabel,
                    FundingPlan.Builder::label,
                    text(
                            "Libellé",
                            "Label",
                            "Le site ou la phase du tableau, quand la fiche en a plusieurs.",
                            "The site or phase the table is for, when a record has several."))
            .list(
                    "contributions",
                    CONTRIBUTION,
                    FundingPlan::getContributions,
                    FundingPlan.Builder::addContributions,
                    text(
                            "Contributions",
                            "Contributions",
                            "Les lignes, dans l'ordre imprimé.",
                            "The rows, in printed order."))
            .optional(
                    "declaredTotal",
                    MONEY,
                    FundingPlan::getDeclaredTotal,
                    FundingPlan.Builder::declaredTotal,
                    text(
                            "Total déclaré",
                            "Declared total",
                            "Le TOTAL tel qu'imprimé, même si les lignes n'y mènent pas.",
                            "The TOTAL as printed, even if the rows do not add up to it."))
            .build();

    /** A row of a cost table. */
    public static final ObjectType<CostItem> COST_ITEM = ObjectType.of(
                    "CostItem",
                    CostItem.class,
                    CostItem::builder,
                    CostItem.Builder::build,
                    text("Poste de coût", "Cost item", "Une ligne d'un tableau de coûts.", "A row of a cost table."))
            .extensible(CostItem.Builder::putUnknownFields)
            .required(
                    "category",
                    Scalars.TEXT,
                    CostItem::getCategory,
                    CostItem.Builder::category,
                    text(
                            "Catégorie",
                            "Category",
                            "La catégorie telle qu'imprimée, comme « Transport ».",
                            "The category as printed, as \"Transport\"."))
            .optional(
                    "amount",
                    MONEY,
                    CostItem::getAmount,
                    CostItem.Builder::amount,
                    text(
                            "Montant",
                            "Amount",
                            "Le montant ; absent quand la case est vide.",
                            "The amount; absent when the cell is blank."))
            .build();

    /** A cost table. */
    public static final ObjectType<CostBreakdown> COST_BREAKDOWN = ObjectType.of(
                    "CostBreakdown",
                    CostBreakdown.class,
                    CostBreakdown::builder,
                    CostBreakdown.Builder::build,
                    text(
                            "Coût",
                            "Cost breakdown",
                            "Un tableau de coûts, pour un site ou une phase.",
                            "A cost table, for one site or phase."))
            .extensible(CostBreakdown.Builder::putUnknownFields)
            .optional(
                    "label",
                    Scalars.TEXT,
                    CostBreakdown::getLabel,
                    CostBreakdown.Builder::label,
                    text(
                            "Libellé",
                            "Label",
                            "Le site ou la phase, comme « Premier chantier, Anèho (Togo) ».",
                            "The site or phase, as \"Premier chantier, Anèho (Togo)\"."))
            .list(
                    "items",
                    COST_ITEM,
                    CostBreakdown::getItems,
                    CostBreakdown.Builder::addItems,
                    text("Postes", "Items", "Les lignes, dans l'ordre imprimé.", "The rows, in printed order."))
            .optional(
                    "declaredTotal",
                    MONEY,
                    CostBreakdown::getDeclaredTotal,
                    CostBreakdown.Builder::declaredTotal,
                    text("Total déclaré", "Declared total", "Le TOTAL tel qu'imprimé.", "The TOTAL as printed."))
            .build();

    /** When things happened. */
    public static final ObjectType<ProjectDates> DATES = ObjectType.of(
                    "ProjectDates",
                    ProjectDates.class,
                    ProjectDates::builder,
                    ProjectDates.Builder::build,
                    text(
                            "Dates",
                            "Dates",
                            "Début du partenariat, lancement, durée, fin : les fiches donnent des années.",
                            "Partnership start, launch, duration, end: sheets give years."))
            .extensible(ProjectDates.Builder::putUnknownFields)
            .optional(
                    "partnershipStart",
                    Scalars.YEAR,
                    ProjectDates::getPartnershipStart,
                    ProjectDates.Builder::partnershipStart,
                    text(
                            "Début du partenariat",
                            "Partnership start",
                            "L'année où le partenariat entre les territoires a commencé.",
                            "Year the partnership between the territories began."))
            .optional(
                    "launch",
                    Scalars.YEAR,
                    ProjectDates::getLaunch,
                    ProjectDates.Builder::launch,
                    text("Lancement", "Launch", "L'année de lancement du projet.", "Year the project was launched."))
            .optional(
                    "duration",
                    Scalars.PERIOD,
                    ProjectDates::getDuration,
                    ProjectDates.Builder::duration,
                    text(
                            "Durée",
                            "Duration",
                            "La durée du projet, période ISO-8601 : « P4Y », « P24M ».",
                            "ISO-8601 period the project runs: \"P4Y\", \"P24M\"."))
            .optional(
                    "end",
                    Scalars.YEAR,
                    ProjectDates::getEnd,
                    ProjectDates.Builder::end,
                    text("Fin", "End", "L'année où le projet finit ou a fini.", "Year the project ends or ended."))
            .optional(
                    "plannedStart",
                    Scalars.DATE,
                    ProjectDates::getPlannedStart,
                    ProjectDates.Builder::plannedStart,
                    text(
                            "Début prévu",
                            "Planned start",
                            "Le jour où le projet doit commencer.",
                            "The day the project was planned to start."))
            .optional(
                    "actualStart",
                    Scalars.DATE,
                    ProjectDates::getActualStart,
                    ProjectDates.Builder::actualStart,
                    text(
                            "Début effectif",
                            "Actual start",
                            "Le jour où le projet a commencé.",
                            "The day the project actually started."))
            .optional(
                    "plannedEnd",
                    Scalars.DATE,
                    ProjectDates::getPlannedEnd,
                    ProjectDates.Builder::plannedEnd,
                    text(
                            "Fin prévue",
                            "Planned end",
                            "Le jour où le projet doit finir.",
                            "The day the project is planned to end."))
            .optional(
                    "actualEnd",
                    Scalars.DATE,
                    ProjectDates::getActualEnd,
                    ProjectDates.Builder::actualEnd,
                    text(
                            "Fin effective",
                            "Actual end",
                            "Le jour où le projet a fini.",
                            "The day the project actually ended."))
            .build();

    /** A focus section of the narrative. */
    public static final ObjectType<FocusSection> FOCUS_SECTION = ObjectType.of(
                    "FocusSection",
                    FocusSection.class,
                    FocusSection::builder,
                    FocusSection.Builder::build,
                    text(
                            "Focus",
                            "Focus section",
                            "Une section « focus sur… » de la fiche.",
                            "A \"focus on…\" section of the sheet."))
            .extensible(FocusSection.Builder::putUnknownFields)
            .required(
                    "title",
                    Scalars.TEXT,
                    FocusSection::getTitle,
                    FocusSection.Builder::title,
                    text("Titre", "Title", "Le titre de la section.", "The section's heading."))
            .required(
                    "text",
                    Scalars.TEXT,
                    FocusSection::getText,
                    FocusSection.Builder::text,
                    text("Texte", "Text", "Le texte de la section.", "The section's text."))
            .build();

    /** A stakeholder's words. */
    public static final ObjectType<Quote> QUOTE = ObjectType.of(
                    "Quote",
                    Quote.class,
                    Quote::builder,
                    Quote.Builder::build,
                    text("Parole d'acteur", "Quote", "Les mots d'un acteur.", "A stakeholder's words."))
            .extensible(Quote.Builder::putUnknownFields)
            .required(
                    "text",
                    Scalars.TEXT,
                    Quote::getText,
                    Quote.Builder::text,
                    text("Texte", "Text", "Ce qui a été dit.", "What was said."))
            .optional(
                    "author",
                    Scalars.TEXT,
                    Quote::getAuthor,
                    Quote.Builder::author,
                    text(
                            "Auteur",
                            "Author",
                            "Le nom de la personne, quand la fiche peut le garder.",
                            "The speaker's name, when the record may hold it."))
            .optional(
                    "role",
                    Scalars.TEXT,
                    Quote::getRole,
                    Quote.Builder::role,
                    text(
                            "Fonction",
                            "Role",
                            "Sa fonction, comme « vice-présidente ».",
                            "The speaker's role, as \"vice-présidente\"."))
            .optional(
                    "organisation",
                    Scalars.TEXT,
                    Quote::getOrganisation,
                    Quote.Builder::organisation,
                    text("Organisation", "Organisation", "Son organisation.", "The speaker's organisation."))
            .build();

    /** A review by the committee. */
    public static final ObjectType<Review> REVIEW = ObjectType.of(
                    "Review",
                    Review.class,
                    Review::builder,
                    Review.Builder::build,
                    text("Regard", "Review", "Un regard des partenaires.", "A review by the partners' committee."))
            .extensible(Review.Builder::putUnknownFields)
            .optional(
                    "title",
                    Scalars.TEXT,
                    Review::getTitle,
                    Review.Builder::title,
                    text(
                            "Titre",
                            "Title",
                            "Le titre du regard, s'il en a un.",
                            "The review's heading, when it has one."))
            .required(
                    "text",
                    Scalars.TEXT,
                    Review::getText,
                    Review.Builder::text,
                    text("Texte", "Text", "Le texte du regard.", "The review's text."))
            .build();

    /** The narrative of a record. */
    public static final ObjectType<Narrative> NARRATIVE = ObjectType.of(
                    "Narrative",
                    Narrative.class,
                    Narrative::builder,
                    Narrative.Builder::build,
                    text(
                            "Récit",
                            "Narrative",
                            "Contexte, objectifs, acteurs, focus, paroles d'acteurs et regards.",
                            "Context, objectives, actors, focus sections, quotes and reviews."))
            .extensible(Narrative.Builder::putUnknownFields)
            .optional(
                    "context",
                    Scalars.TEXT,
                    Narrative::getContext,
                    Narrative.Builder::context,
                    text("Contexte", "Context", "Genèse et contexte.", "Genesis and context."))
            .list(
                    "objectives",
                    Scalars.TEXT,
                    Narrative::getObjectives,
                    Narrative.Builder::addObjectives,
                    text("Objectifs", "Objectives", "Les objectifs, un par élément.", "The objectives, one per item."))
            .optional(
                    "actors",
                    Scalars.TEXT,
                    Narrative::getActors,
                    Narrative.Builder::actors,
                    text("Acteurs", "Actors", "Qui fait quoi.", "Who does what."))
            .list(
                    "focusSections",
                    FOCUS_SECTION,
                    Narrative::getFocusSections,
                    Narrative.Builder::addFocusSections,
                    text(
                            "Focus",
                            "Focus sections",
                            "L'approche propre au projet, section par section.",
                            "The pilot's own approach, section by section."))
            .list(
                    "quotes",
                    QUOTE,
                    Narrative::getQuotes,
                    Narrative.Builder::addQuotes,
                    text("Paroles d'acteurs", "Quotes", "Les mots des acteurs.", "Stakeholders' words."))
            .list(
                    "reviews",
                    REVIEW,
                    Narrative::getReviews,
                    Narrative.Builder::addReviews,
                    text("Regards", "Reviews", "Les regards des partenaires.", "The committee's reviews."))
            .build();

    /** A document or page about the project. */
    public static final ObjectType<Resource> RESOURCE = ObjectType.of(
                    "Resource",
                    Resource.class,
                    Resource::builder,
                    Resource.Builder::build,
                    text(
                            "Ressource",
                            "Resource",
                            "Un document ou une page sur le projet.",
                            "A document or page about the project."))
            .extensible(Resource.Builder::putUnknownFields)
            .required(
                    "label",
                    Scalars.TEXT,
                    Resource::getLabel,
                    Resource.Builder::label,
                    text("Libellé", "Label", "Ce qu'est la ressource.", "What the resource is."))
            .optional(
                    "url",
                    Scalars.TEXT,
                    Resource::getUrl,
                    Resource.Builder::url,
                    text(
                            "Adresse",
                            "URL",
                            "Où la trouver : une URL http(s) absolue.",
                            "Where to find it: an absolute http(s) URL."))
            .build();

    /** A person to contact. */
    public static final ObjectType<Contact> CONTACT = ObjectType.of(
                    "Contact",
                    Contact.class,
                    Contact::builder,
                    Contact.Builder::build,
                    text("Contact", "Contact", "Une personne à contacter.", "A person to contact."))
            .extensible(Contact.Builder::putUnknownFields)
            .optional(
                    "name",
                    Scalars.TEXT,
                    Contact::getName,
                    Contact.Builder::name,
                    text(
                            "Nom",
                            "Name",
                            "Le nom de la personne, quand la fiche peut le garder.",
                            "The person's name, when the record may hold it."))
            .optional(
                    "role",
                    Scalars.TEXT,
                    Contact::getRole,
                    Contact.Builder::role,
                    text(
                            "Fonction",
                            "Role",
                            "La fonction, comme « chargé de mission coopération décentralisée ».",
                            "The role, as \"chargé de mission coopération décentralisée\"."))
            .optional(
                    "organisation",
                    Scalars.TEXT,
                    Contact::getOrganisation,
                    Contact.Builder::organisation,
                    text("Organisation", "Organisation", "L'organisation.", "The organisation."))
            .optional(
                    "email",
                    Scalars.TEXT,
                    Contact::getEmail,
                    Contact.Builder::email,
                    text("Courriel", "Email", "Une adresse de courriel.", "An email address."))
            .build();

    /** The document itself: one project record. */
    public static final ObjectType<ProjectRecord> RECORD = ObjectType.of(
                    "ProjectRecord",
                    ProjectRecord.class,
                    ProjectRecord::builder,
                    ProjectRecord.Builder::build,
                    text(
                            "Fiche",
                            "Project record",
                            "Le document lui-même : une fiche de capitalisation.",
                            "The document itself: one project record."))
            .extensible(ProjectRecord.Builder::putUnknownFields)
            .required(
                    "formatVersion",
                    Scalars.FORMAT_VERSION,
                    r -> VERSION,
                    (b, v) -> {},
                    text(
                            "Version du format",
                            "Format version",
                            "Version du format : « 1.0 » ; premier champ.",
                            "Version of the format: \"1.0\"; first field."))
            .required(
                    "id",
                    Scalars.ID,
                    ProjectRecord::getId,
                    ProjectRecord.Builder::id,
                    text(
                            "Identifiant",
                            "Identifier",
                            "Identifiant de la fiche, unique dans sa collection : un texte non vide, de préférence"
                                    + " en minuscules (« aude »).",
                            "Identifier of the record, unique in its collection: any non-blank text; a lower-case"
                                    + " slug such as \"aude\" is recommended."))
            .required(
                    "title",
                    Scalars.TEXT,
                    ProjectRecord::getTitle,
                    ProjectRecord.Builder::title,
                    text("Titre", "Title", "Le titre, tel qu'imprimé.", "Title, as printed (sentence case is fine)."))
            .optional(
                    "summary",
                    Scalars.TEXT,
                    ProjectRecord::getSummary,
                    ProjectRecord.Builder::summary,
                    text(
                            "Résumé",
                            "Summary",
                            "Le résumé en une phrase sous le titre.",
                            "The one-sentence summary under the title."))
            .optional(
                    "lead",
                    LEAD,
                    ProjectRecord::getLead,
                    ProjectRecord.Builder::lead,
                    text(
                            "Porteur",
                            "Lead",
                            "Le porteur et son opérateur ; peut manquer à un brouillon.",
                            "The lead (porteur) and its operator; may be absent from a draft."))
            .list(
                    "partners",
                    ORGANISATION,
                    ProjectRecord::getPartners,
                    ProjectRecord.Builder::addPartners,
                    text("Partenaires", "Partners", "Les organisations partenaires.", "Partner organisations."))
            .list(
                    "partnerCountries",
                    Scalars.COUNTRY,
                    ProjectRecord::getPartnerCountries,
                    ProjectRecord.Builder::addPartnerCountries,
                    text(
                            "Pays partenaires",
                            "Partner countries",
                            "Les pays partenaires, quand la fiche nomme des pays plutôt que des organisations.",
                            "Partner countries, when the sheet names countries rather than organisations."))
            .optional(
                    "partnersDescription",
                    Scalars.TEXT,
                    ProjectRecord::getPartnersDescription,
                    ProjectRecord.Builder::partnersDescription,
                    text(
                            "Description des partenaires",
                            "Partners description",
                            "Les partenaires tels que la fiche les décrit ensemble.",
                            "The partners as the sheet describes them collectively."))
            .list(
                    "thematics",
                    Scalars.THEMATIC,
                    ProjectRecord::getThematics,
                    ProjectRecord.Builder::addThematics,
                    text("Thématiques", "Thematics", "Les codes de thématiques.", "Thematic codes."))
            .list(
                    "recommendationFamilies",
                    Scalars.RECOMMENDATION_FAMILY,
                    ProjectRecord::getRecommendationFamilies,
                    ProjectRecord.Builder::addRecommendationFamilies,
                    text(
                            "Familles de préconisations",
                            "Recommendation families",
                            "Les familles de préconisations que la fiche déclare.",
                            "The recommendation families the sheet declares."))
            .list(
                    "recommendations",
                    APPLIED_RECOMMENDATION,
                    ProjectRecord::getRecommendations,
                    ProjectRecord.Builder::addRecommendations,
                    text(
                            "Préconisations",
                            "Recommendations",
                            "Les préconisations appliquées, chacune sous la famille où la fiche la range.",
                            "The recommendations applied, each under the family the sheet files it."))
            .list(
                    "sdgGoals",
                    Scalars.SDG_GOAL,
                    ProjectRecord::getSdgGoals,
                    ProjectRecord.Builder::addSdgGoals,
                    text("ODD", "SDGs", "Les numéros d'ODD, de 1 à 17.", "SDG numbers, 1 to 17."))
            .list(
                    "sdgTargets",
                    Scalars.SDG_TARGET,
                    ProjectRecord::getSdgTargets,
                    ProjectRecord.Builder::addSdgTargets,
                    text(
                            "Cibles ODD",
                            "SDG targets",
                            "Les codes des cibles ODD, comme « 8.6 », quand la fiche en cite.",
                            "SDG target codes, as \"8.6\"; only when the sheet cites targets."))
            .list(
                    "keyFigures",
                    KEY_FIGURE,
                    ProjectRecord::getKeyFigures,
                    ProjectRecord.Builder::addKeyFigures,
                    text(
                            "Chiffres clés",
                            "Key figures",
                            "Les chiffres clés, dans l'ordre imprimé.",
                            "Key figures, in printed order."))
            .list(
                    "funding",
                    FUNDING_PLAN,
                    ProjectRecord::getFunding,
                    ProjectRecord.Builder::addFunding,
                    text(
                            "Financement",
                            "Funding",
                            "Les tableaux de financement, un par site ou phase.",
                            "Funding tables, one per site or phase."))
            .list(
                    "costs",
                    COST_BREAKDOWN,
                    ProjectRecord::getCosts,
                    ProjectRecord.Builder::addCosts,
                    text(
                            "Coûts",
                            "Costs",
                            "Les tableaux de coûts, un par site ou phase.",
                            "Cost tables, one per site or phase."))
            .optional(
                    "dates",
                    DATES,
                    ProjectRecord::getDates,
                    ProjectRecord.Builder::dates,
                    text(
                            "Dates",
                            "Dates",
                            "Début du partenariat, lancement, durée, fin.",
                            "Partnership start, launch, duration, end."))
            .optional(
                    "narrative",
                    NARRATIVE,
                    ProjectRecord::getNarrative,
                    ProjectRecord.Builder::narrative,
                    text(
                            "Récit",
                            "Narrative",
                            "Contexte, objectifs, acteurs, focus, paroles d'acteurs, regards.",
                            "Context, objectives, actors, focus sections, quotes, reviews."))
            .list(
                    "resources",
                    RESOURCE,
                    ProjectRecord::getResources,
                    ProjectRecord.Builder::addResources,
                    text(
                            "Ressources",
                            "Resources",
                            "Documents et pages sur le projet.",
                            "Documents and pages about the project."))
            .list(
                    "contacts",
                    CONTACT,
                    ProjectRecord::getContacts,
                    ProjectRecord.Builder::addContacts,
                    text("Contacts", "Contacts", "Les personnes à contacter.", "People to contact."))
            .list(
                    "photoCredits",
                    Scalars.TEXT,
                    ProjectRecord::getPhotoCredits,
                    ProjectRecord.Builder::addPhotoCredits,
                    text(
                            "Crédits photo",
                            "Photo credits",
                            "Les crédits photo, tels qu'imprimés.",
                            "Photo credits, as printed."))
            .optional(
                    "iatiIdentifier",
                    Scalars.TEXT,
                    ProjectRecord::getIatiIdentifier,
                    ProjectRecord.Builder::iatiIdentifier,
                    text(
                            "Identifiant IATI",
                            "IATI identifier",
                            "L'identifiant d'activité IATI du projet, quand il est publié dans IATI.",
                            "The project's IATI activity identifier, when it reports to IATI."))
            .optional(
                    "activityStatus",
                    ScalarType.codes(
                                    ActivityStatus.class,
                                    ActivityStatus::getCode,
                                    "Statut d'activité",
                                    "activity status",
                                    text(
                                            "Statut d'activité",
                                            "Activity status",
                                            "Où en est le projet, selon la liste ActivityStatus d'IATI.",
                                            "Where the project stands, as IATI's ActivityStatus list says."))
                            .build(),
                    ProjectRecord::getActivityStatus,
                    ProjectRecord.Builder::activityStatus,
                    text(
                            "Statut",
                            "Status",
                            "Où en est le projet dans son cycle de vie.",
                            "Where the project stands in its life cycle."))
            .build();

    /**
     * Every object type, the record first, in the order the documentation presents them.
     *
     * @return the types
     */
    public static List<ObjectType<?>> types() {
        return List.of(
                RECORD,
                LEAD,
                ORGANISATION,
                IDENTIFIER,
                APPLIED_RECOMMENDATION,
                KEY_FIGURE,
                FUNDING_PLAN,
                CONTRIBUTION,
                MONEY,
                COST_BREAKDOWN,
                COST_ITEM,
                DATES,
                NARRATIVE,
                FOCUS_SECTION,
                QUOTE,
                REVIEW,
                RESOURCE,
                CONTACT);
    }

    /**
     * The object type of a model type.
     *
     * @param javaType a model type, as {@code Organisation.class}
     * @param <T> the model type
     * @return its object type
     * @throws IllegalArgumentException if the format has no such type
     */
    @SuppressWarnings("unchecked")
    public static <T> ObjectType<T> type(Class<T> javaType) {
        for (ObjectType<?> t : types()) {
            if (t.getJavaType() == javaType) {
                return (ObjectType<T>) t;
            }
        }
        throw new IllegalArgumentException("Not a type of the format: " + javaType.getName());
    }
}
