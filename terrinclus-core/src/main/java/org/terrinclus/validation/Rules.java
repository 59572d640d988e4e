package org.terrinclus.validation;

import static org.terrinclus.validation.Profile.DRAFT;
import static org.terrinclus.validation.Profile.PUBLICATION;
import static org.terrinclus.validation.Severity.ERROR;
import static org.terrinclus.validation.Severity.INFO;
import static org.terrinclus.validation.Severity.WARNING;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.terrinclus.country.Country;
import org.terrinclus.recommendation.AppliedRecommendation;
import org.terrinclus.recommendation.Recommendation;
import org.terrinclus.recommendation.RecommendationFamily;
import org.terrinclus.sdg.SdgTarget;
import org.terrinclus.thematic.Thematic;
import org.terrinclus.validation.internal.Catalogue;
import org.terrinclus.validation.internal.Check;
import org.terrinclus.validation.internal.Dates;
import org.terrinclus.validation.internal.Duplicates;
import org.terrinclus.validation.internal.EmailAddresses;
import org.terrinclus.validation.internal.Part;
import org.terrinclus.validation.internal.Partners;
import org.terrinclus.validation.internal.Report;
import org.terrinclus.validation.internal.Tables;
import org.terrinclus.validation.internal.Texts;
import org.terrinclus.validation.internal.TotalCostFigure;
import org.terrinclus.validation.internal.WebAddresses;

/**
 * The catalogue of validation rules: every rule that {@link RecordValidator} and a host's Jakarta
 * Validation {@code Validator} can report, with its severity, profile, path and description.
 *
 * <p>Each rule is written once, here, with its check; its messages are in the {@code
 * ContributorValidationMessages} bundles. The draft rules apply to every record; the publication
 * rules, in addition, to a record about to be published. {@code docs/rules.md} is generated from
 * this catalogue.
 */
public final class Rules {

    private static final Map<String, Rule> BY_ID = new LinkedHashMap<>();

    private static final Pattern RULE_KEY = Pattern.compile("\\{terrinclus\\.([a-z0-9][a-z0-9.-]*)(?:/[a-z0-9-]+)?}");

    private Rules() {}

    /**
     * Returns every rule: the draft rules first, then the publication rules, each group by topic.
     *
     * @return an unmodifiable list
     */
    public static List<Rule> all() {
        return List.copyOf(BY_ID.values());
    }

    /**
     * Returns the rules of one profile only.
     *
     * @param profile the profile
     * @return the rules whose profile is exactly this one, unmodifiable
     */
    public static List<Rule> of(Profile profile) {
        List<Rule> rules = new ArrayList<>();
        BY_ID.values().stream().filter(r -> r.getProfile() == profile).forEach(rules::add);
        return List.copyOf(rules);
    }

    /**
     * Looks a rule up by identifier.
     *
     * @param id the identifier, as {@code funding.total.mismatch}
     * @return the rule, or empty if the catalogue has none with this identifier
     */
    public static Optional<Rule> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /**
     * Returns the rule of a violation reported by any Jakarta Validation validator, a host
     * application's included.
     *
     * <p>The rule is the key of the violation's message template without its {@code terrinclus.}
     * prefix: template {@code {terrinclus.title.missing}} is rule {@code title.missing}. A key may
     * end with {@code /variant} for another wording of the same rule.
     *
     * @param violation a violation
     * @return the rule's identifier, or empty if the violation is not one of this library's rules
     */
    public static Optional<String> idOf(jakarta.validation.ConstraintViolation<?> violation) {
        Matcher matcher = RULE_KEY.matcher(violation.getMessageTemplate());
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /*
     * The catalogue. Each rule is one row: its identifier, severity, profile, where its findings
     * point (for the documentation), what it checks in French and English, then the parts of the
     * record it looks at and its check there. Its messages are the keys terrinclus.<id> of
     * ContributorValidationMessages_fr and _en. docs/rules.md explains how to add one.
     */
    static {
        // Draft profile: what must hold for any record.
        rule(
                        "text.blank",
                        ERROR,
                        DRAFT,
                        "/partners/{i}/name | /costs/{i}/items/{j}/category | /keyFigures/{i}/label | …",
                        "Un texte obligatoire est vide ou blanc : nom d'organisation, catégorie de coût, libellé de chiffre clé,"
                                + " titre ou texte de section FOCUS, citation, texte de regard, libellé de ressource, objectif,"
                                + " crédit photo.",
                        "A required text is empty or blank: organisation name, cost category, key figure label, focus section"
                                + " title or text, quote, review text, resource label, objective, photo credit.")
                .on(Part.ORGANISATION, (organisation, report) -> blank(organisation.getName(), report, "name"))
                .on(Part.COST_ITEM, (item, report) -> blank(item.getCategory(), report, "category"))
                .on(Part.KEY_FIGURE, (figure, report) -> blank(figure.getLabel(), report, "label"))
                .on(Part.FOCUS_SECTION, (section, report) -> {
                    blank(section.getTitle(), report, "title");
                    blank(section.getText(), report, "text");
                })
                .on(Part.QUOTE, (quote, report) -> blank(quote.getText(), report, "text"))
                .on(Part.REVIEW, (review, report) -> blank(review.getText(), report, "text"))
                .on(Part.RESOURCE, (resource, report) -> blank(resource.getLabel(), report, "label"))
                .on(Part.OBJECTIVE, (objective, report) -> blank(objective, report, null))
                .on(Part.PHOTO_CREDIT, (credit, report) -> blank(credit, report, null));
        rule(
                        "funding.total.mismatch",
                        ERROR,
                        DRAFT,
                        "/funding/{i}/declaredTotal",
                        "Le TOTAL déclaré d'un tableau de financement diffère, au centime près, de la somme des lignes qui ont"
                                + " un montant (montants et montants à mobiliser ; les lignes non évaluables sont exclues).",
                        "A funding table's declared TOTAL differs, to the cent, from the sum of the rows that have an amount"
                                + " (amounts and amounts still to be raised; rows not evaluable are left out).")
                .on(
                        Part.FUNDING_TABLE,
                        (table, report) -> Tables.checkTotal(report, Tables.amounts(table), table.getDeclaredTotal()));
        rule(
                        "funding.currency.mixed",
                        ERROR,
                        DRAFT,
                        "/funding/{i}/contributions/{j}/amount | /funding/{i}/declaredTotal",
                        "Les lignes (ou le total) d'un même tableau de financement sont dans plusieurs devises ; le total n'est"
                                + " alors pas vérifié.",
                        "The rows (or the total) of one funding table are in several currencies; the total is then not"
                                + " checked.")
                .on(
                        Part.FUNDING_TABLE,
                        (table, report) -> Tables.checkCurrency(
                                report, "contributions", Tables.amounts(table), table.getDeclaredTotal()));
        rule(
                        "costs.total.mismatch",
                        ERROR,
                        DRAFT,
                        "/costs/{i}/declaredTotal",
                        "Le TOTAL déclaré d'un tableau de coûts diffère, au centime près, de la somme des lignes qui ont un"
                                + " montant.",
                        "A cost table's declared TOTAL differs, to the cent, from the sum of the rows that have an amount.")
                .on(
                        Part.COST_TABLE,
                        (table, report) -> Tables.checkTotal(report, Tables.amounts(table), table.getDeclaredTotal()));
        rule(
                        "costs.currency.mixed",
                        ERROR,
                        DRAFT,
                        "/costs/{i}/items/{j}/amount | /costs/{i}/declaredTotal",
                        "Les lignes (ou le total) d'un même tableau de coûts sont dans plusieurs devises ; le total n'est alors"
                                + " pas vérifié.",
                        "The rows (or the total) of one cost table are in several currencies; the total is then not checked.")
                .on(
                        Part.COST_TABLE,
                        (table, report) ->
                                Tables.checkCurrency(report, "items", Tables.amounts(table), table.getDeclaredTotal()));
        rule(
                        "figure.total-cost.inconsistent",
                        WARNING,
                        DRAFT,
                        "/keyFigures/{i}/value | /keyFigures/{i}/unit",
                        "Le chiffre clé « coût total », arrondi à la précision où il est écrit, ne correspond pas au total des"
                                + " tableaux (total déclaré des tableaux de financement, à défaut des tableaux de coûts, à défaut"
                                + " la somme des lignes), ou son unité n'est pas leur devise.",
                        "The \"total cost\" key figure, rounded to the precision it is written with, does not match the tables'"
                                + " total (the funding tables' declared totals, else the cost tables', else the sum of the rows),"
                                + " or its unit is not their currency.")
                .on(Part.RECORD, TotalCostFigure::check);
        rule(
                        "sdg.target.goal-undeclared",
                        WARNING,
                        DRAFT,
                        "/sdgTargets/{i}",
                        "Une cible ODD relève d'un ODD que la fiche ne déclare pas.",
                        "An SDG target belongs to a goal the record does not declare.")
                .on(Part.RECORD, (record, report) -> {
                    List<SdgTarget> targets = record.getSdgTargets();
                    for (int i = 0; i < targets.size(); i++) {
                        SdgTarget target = targets.get(i);
                        if (!record.getSdgGoals().contains(target.getGoal())) {
                            report.text("target", target.getCode())
                                    .number("goal", target.getGoal().getNumber())
                                    .atElement("sdgTargets", i);
                        }
                    }
                });
        rule(
                        "recommendation.unknown",
                        ERROR,
                        DRAFT,
                        "/recommendations/{i}/code",
                        "Le code d'une préconisation n'est pas dans le catalogue.",
                        "A recommendation's code is not in the catalogue.")
                .on(Part.RECOMMENDATION, (applied, report) -> {
                    if (Recommendation.byCode(applied.getCode()).isEmpty()) {
                        report.text("code", applied.getCode()).at("code");
                    }
                });
        rule(
                        "recommendation.family.undeclared",
                        WARNING,
                        DRAFT,
                        "/recommendations/{i}/family",
                        "Une préconisation est rangée sous une famille que la fiche ne déclare pas dans ses PRÉCONISATIONS.",
                        "A recommendation is filed under a family the record does not declare among its recommendation"
                                + " families.")
                .on(Part.RECORD, (record, report) -> {
                    List<AppliedRecommendation> recommendations = record.getRecommendations();
                    for (int i = 0; i < recommendations.size(); i++) {
                        AppliedRecommendation applied = recommendations.get(i);
                        if (!record.getRecommendationFamilies().contains(applied.getFamily())) {
                            report.text("code", applied.getCode())
                                    .family("family", applied.getFamily())
                                    .at("recommendations", i, "family");
                        }
                    }
                });
        rule(
                        "recommendation.family.unusual",
                        INFO,
                        DRAFT,
                        "/recommendations/{i}/family",
                        "Une préconisation est rangée sous une autre famille que la sienne dans le catalogue (cela arrive dans"
                                + " le guide).",
                        "A recommendation is filed under a family other than its home family in the catalogue (the guide does"
                                + " this at times).")
                .on(Part.RECOMMENDATION, (applied, report) -> {
                    Optional<Recommendation> known = Recommendation.byCode(applied.getCode());
                    if (known.isPresent() && known.get().getHomeFamily() != applied.getFamily()) {
                        report.text("code", applied.getCode())
                                .family("family", applied.getFamily())
                                .family("home", known.get().getHomeFamily())
                                .at("family");
                    }
                });
        rule(
                        "contact.email.invalid",
                        ERROR,
                        DRAFT,
                        "/contacts/{i}/email",
                        "L'adresse électronique d'un contact n'est pas de la forme nom@domaine.",
                        "A contact's email address is not of the form name@domain.")
                .on(Part.CONTACT, (contact, report) -> {
                    Optional<String> email = contact.getEmail();
                    if (email.isPresent() && !EmailAddresses.isEmailAddress(email.get())) {
                        report.text("email", email.get()).at("email");
                    }
                });
        rule(
                        "resource.url.invalid",
                        ERROR,
                        DRAFT,
                        "/resources/{i}/url",
                        "L'adresse d'une ressource n'est pas une URL http ou https absolue avec un hôte.",
                        "A resource's address is not an absolute http or https URL with a host.")
                .on(Part.RESOURCE, (resource, report) -> {
                    Optional<String> url = resource.getUrl();
                    if (url.isPresent() && !WebAddresses.isWebAddress(url.get())) {
                        report.text("url", url.get()).at("url");
                    }
                });
        rule(
                        "dates.order",
                        ERROR,
                        DRAFT,
                        "/dates/launch | /dates/end",
                        "Les années ne se suivent pas : début du partenariat ≤ lancement ≤ fin.",
                        "The years are out of order: partnership start ≤ launch ≤ end.")
                .on(Part.DATES, Dates::checkOrder);
        rule(
                        "dates.duration.inconsistent",
                        WARNING,
                        DRAFT,
                        "/dates/duration",
                        "L'année de fin ne correspond pas à l'année de lancement augmentée de la durée.",
                        "The end year does not match the launch year plus the duration.")
                .on(Part.DATES, Dates::checkDuration);
        rule(
                        "partner.duplicate",
                        WARNING,
                        DRAFT,
                        "/partners/{i}",
                        "Un partenaire figure deux fois (même nom, à la casse, aux accents et aux espaces près, et même pays).",
                        "A partner is listed twice (same name, ignoring case, accents and spacing, and same country).")
                .on(Part.RECORD, (record, report) -> Duplicates.partners(report, record.getPartners()));
        rule(
                        "partner.country.duplicate",
                        WARNING,
                        DRAFT,
                        "/partnerCountries/{i}",
                        "Un pays partenaire figure deux fois.",
                        "A partner country is listed twice.")
                .on(
                        Part.RECORD,
                        (record, report) -> Duplicates.check(
                                report, "partnerCountries", record.getPartnerCountries(), Country::getCode));
        rule(
                        "partner.is-lead",
                        WARNING,
                        DRAFT,
                        "/partners/{i}",
                        "Le porteur figure aussi parmi les partenaires.",
                        "The lead is also listed as a partner.")
                .on(Part.RECORD, Partners::checkLead);
        rule(
                        "partner.abroad.missing",
                        WARNING,
                        DRAFT,
                        "/partners | /partnerCountries",
                        "Aucun partenaire n'est à l'étranger : tous les partenaires dont le pays est connu, et tous les pays"
                                + " partenaires, sont la France.",
                        "No partner is abroad: every partner whose country is known, and every partner country, is France.")
                .on(Part.RECORD, Partners::checkAbroad);
        rule(
                        "funder.duplicate",
                        WARNING,
                        DRAFT,
                        "/funding/{i}/contributions/{j}/funder",
                        "Un financeur figure deux fois dans le même tableau de financement.",
                        "A funder appears twice in the same funding table.")
                .on(Part.FUNDING_TABLE, (table, report) -> Duplicates.funders(report, table));
        rule("sdg.duplicate", WARNING, DRAFT, "/sdgGoals/{i}", "Un ODD figure deux fois.", "An SDG is listed twice.")
                .on(
                        Part.RECORD,
                        (record, report) -> Duplicates.check(
                                report, "sdgGoals", record.getSdgGoals(), goal -> Integer.toString(goal.getNumber())));
        rule(
                        "sdg.target.duplicate",
                        WARNING,
                        DRAFT,
                        "/sdgTargets/{i}",
                        "Une cible ODD figure deux fois.",
                        "An SDG target is listed twice.")
                .on(
                        Part.RECORD,
                        (record, report) ->
                                Duplicates.check(report, "sdgTargets", record.getSdgTargets(), SdgTarget::getCode));
        rule(
                        "thematic.duplicate",
                        WARNING,
                        DRAFT,
                        "/thematics/{i}",
                        "Une thématique figure deux fois.",
                        "A thematic is listed twice.")
                .on(
                        Part.RECORD,
                        (record, report) ->
                                Duplicates.check(report, "thematics", record.getThematics(), Thematic::getCode));
        rule(
                        "thematic.unknown",
                        INFO,
                        DRAFT,
                        "/thematics/{i}",
                        "Une thématique n'est pas l'une des sept du guide.",
                        "A thematic is not one of the guide's seven.")
                .on(Part.THEMATIC, (thematic, report) -> {
                    if (!thematic.isKnown()) {
                        report.text("thematic", thematic.getCode()).here();
                    }
                });
        rule(
                        "recommendation.duplicate",
                        WARNING,
                        DRAFT,
                        "/recommendations/{i}",
                        "Une préconisation (même code) figure deux fois.",
                        "A recommendation (same code) is listed twice.")
                .on(
                        Part.RECORD,
                        (record, report) -> Duplicates.check(
                                report,
                                "recommendations",
                                record.getRecommendations(),
                                AppliedRecommendation::getCode));
        rule(
                        "recommendation.family.duplicate",
                        WARNING,
                        DRAFT,
                        "/recommendationFamilies/{i}",
                        "Une famille de préconisations figure deux fois.",
                        "A recommendation family is listed twice.")
                .on(
                        Part.RECORD,
                        (record, report) -> Duplicates.check(
                                report,
                                "recommendationFamilies",
                                record.getRecommendationFamilies(),
                                RecommendationFamily::getCode));
        // Publication profile: what a sheet needs before it is published.
        rule("title.missing", ERROR, PUBLICATION, "/title", "La fiche n'a pas de titre.", "The record has no title.")
                .on(Part.RECORD, (record, report) -> blank(record.getTitle(), report, "title"));
        rule(
                        "summary.missing",
                        ERROR,
                        PUBLICATION,
                        "/summary",
                        "La fiche n'a pas de résumé en une phrase sous le titre.",
                        "The record has no one-sentence summary under its title.")
                .on(Part.RECORD, (record, report) -> blank(record.getSummary().orElse(""), report, "summary"));
        rule(
                        "lead.missing",
                        ERROR,
                        PUBLICATION,
                        "/lead",
                        "La fiche n'a pas de PORTEUR.",
                        "The record has no lead (PORTEUR).")
                .on(Part.RECORD, (record, report) -> empty(record.getLead().isEmpty(), report, "lead"));
        rule(
                        "partner.missing",
                        ERROR,
                        PUBLICATION,
                        "/partners",
                        "La fiche ne nomme aucun partenaire : ni organisation, ni pays, ni description.",
                        "The record names no partner: no organisation, no country, no description.")
                .on(
                        Part.RECORD,
                        (record, report) -> empty(
                                record.getPartners().isEmpty()
                                        && record.getPartnerCountries().isEmpty()
                                        && record.getPartnersDescription()
                                                .filter(d -> !Texts.isBlank(d))
                                                .isEmpty(),
                                report,
                                "partners"));
        rule(
                        "thematic.missing",
                        ERROR,
                        PUBLICATION,
                        "/thematics",
                        "La fiche n'a aucune THÉMATIQUE.",
                        "The record has no thematic.")
                .on(Part.RECORD, (record, report) -> empty(record.getThematics().isEmpty(), report, "thematics"));
        rule(
                        "recommendation.family.missing",
                        ERROR,
                        PUBLICATION,
                        "/recommendationFamilies",
                        "La fiche ne déclare aucune famille de PRÉCONISATIONS.",
                        "The record declares no recommendation family.")
                .on(
                        Part.RECORD,
                        (record, report) ->
                                empty(record.getRecommendationFamilies().isEmpty(), report, "recommendationFamilies"));
        rule(
                        "recommendation.missing",
                        WARNING,
                        PUBLICATION,
                        "/recommendations",
                        "La fiche ne cite aucune préconisation précise.",
                        "The record cites no specific recommendation.")
                .on(
                        Part.RECORD,
                        (record, report) -> empty(record.getRecommendations().isEmpty(), report, "recommendations"));
        rule("sdg.missing", ERROR, PUBLICATION, "/sdgGoals", "La fiche ne cite aucun ODD.", "The record cites no SDG.")
                .on(Part.RECORD, (record, report) -> empty(record.getSdgGoals().isEmpty(), report, "sdgGoals"));
        rule(
                        "figure.missing",
                        WARNING,
                        PUBLICATION,
                        "/keyFigures",
                        "La fiche n'a pas de chiffres clés (QUELQUES CHIFFRES).",
                        "The record has no key figures.")
                .on(
                        Part.RECORD,
                        (record, report) -> empty(record.getKeyFigures().isEmpty(), report, "keyFigures"));
        rule(
                        "funding.missing",
                        ERROR,
                        PUBLICATION,
                        "/funding",
                        "La fiche n'a ni tableau de financement ni tableau de coûts.",
                        "The record has neither a funding table nor a cost table.")
                .on(
                        Part.RECORD,
                        (record, report) -> empty(
                                record.getFunding().isEmpty()
                                        && record.getCosts().isEmpty(),
                                report,
                                "funding"));
        rule(
                        "funding.total.missing",
                        WARNING,
                        PUBLICATION,
                        "/funding/{i}/declaredTotal",
                        "Un tableau de financement n'a pas de TOTAL déclaré.",
                        "A funding table has no declared TOTAL.")
                .on(
                        Part.FUNDING_TABLE,
                        (table, report) -> empty(table.getDeclaredTotal().isEmpty(), report, "declaredTotal"));
        rule(
                        "costs.total.missing",
                        WARNING,
                        PUBLICATION,
                        "/costs/{i}/declaredTotal",
                        "Un tableau de coûts n'a pas de TOTAL déclaré.",
                        "A cost table has no declared TOTAL.")
                .on(
                        Part.COST_TABLE,
                        (table, report) -> empty(table.getDeclaredTotal().isEmpty(), report, "declaredTotal"));
        rule(
                        "contact.missing",
                        ERROR,
                        PUBLICATION,
                        "/contacts",
                        "La fiche n'a aucun contact.",
                        "The record has no contact.")
                .on(Part.RECORD, (record, report) -> empty(record.getContacts().isEmpty(), report, "contacts"));
        rule(
                        "privacy.personal-email",
                        WARNING,
                        PUBLICATION,
                        "/contacts/{i}/email | /summary | /narrative/context | /narrative/quotes/{i}/text | …",
                        "Une adresse électronique semble personnelle (prénom.nom@…) là où une fiche publiée ne donne que des"
                                + " adresses de fonction (cooperation@…, contact@…), ou une adresse figure dans le résumé, le"
                                + " récit ou une citation.",
                        "An email address looks personal (first.last@…) where a published record gives only role addresses"
                                + " (cooperation@…, contact@…), or an address appears in the summary, the narrative or a"
                                + " quote.")
                .on(Part.CONTACT, (contact, report) -> {
                    Optional<String> email = contact.getEmail();
                    if (email.isPresent() && looksPersonal(email.get())) {
                        report.text("email", email.get()).at("email");
                    }
                })
                .on(Part.RECORD, (record, report) -> addressIn(record.getSummary(), report, "summary"))
                .on(Part.NARRATIVE, (narrative, report) -> {
                    addressIn(narrative.getContext(), report, "context");
                    addressIn(narrative.getActors(), report, "actors");
                })
                .on(Part.OBJECTIVE, (objective, report) -> addressIn(Optional.of(objective), report, null))
                .on(Part.FOCUS_SECTION, (section, report) -> addressIn(Optional.of(section.getText()), report, "text"))
                .on(Part.QUOTE, (quote, report) -> addressIn(Optional.of(quote.getText()), report, "text"))
                .on(Part.REVIEW, (review, report) -> addressIn(Optional.of(review.getText()), report, "text"));
    }

    private static Row rule(
            String id, Severity severity, Profile profile, String path, String descriptionFr, String descriptionEn) {
        Rule rule = new Rule(id, severity, profile, path, descriptionFr, descriptionEn);
        if (BY_ID.putIfAbsent(id, rule) != null) {
            throw new IllegalStateException("Rule " + id + " is declared twice");
        }
        return new Row(rule);
    }

    /** A rule being declared: binds its checks to the parts of the record it looks at. */
    private static final class Row {
        private final Rule rule;

        Row(Rule rule) {
            this.rule = rule;
        }

        <T> Row on(Part<T> part, Check<T> check) {
            Catalogue.bind(rule, part, check);
            return this;
        }
    }

    /** A required text that is blank: {@code text.blank}, {@code title.missing}, {@code summary.missing}. */
    private static void blank(String text, Report report, String property) {
        if (Texts.isBlank(text)) {
            if (property == null) {
                report.here();
            } else {
                report.at(property);
            }
        }
    }

    /** A required part that is missing. */
    private static void empty(boolean missing, Report report, String property) {
        if (missing) {
            report.at(property);
        }
    }

    /** Words of a role mailbox: an address made only of them is a department's, not a person's. */
    private static final Set<String> ROLE_WORDS = Set.of(
            "accueil",
            "admin",
            "association",
            "communication",
            "contact",
            "contacts",
            "coop",
            "cooperation",
            "cooperations",
            "direction",
            "dri",
            "europe",
            "info",
            "infos",
            "international",
            "internationale",
            "internationales",
            "jeunesse",
            "mairie",
            "partenariat",
            "partenariats",
            "presse",
            "projet",
            "projets",
            "relations",
            "secretariat",
            "service",
            "services",
            "solidarite",
            "solidarites");

    /**
     * Whether an email address looks like a person's: its local part (before any {@code +}) is two or
     * more words of letters joined by {@code .}, {@code -} or {@code _}, as {@code jeanne.martin} or
     * {@code j.martin}, and is not made only of role words.
     */
    private static boolean looksPersonal(String email) {
        int at = email.indexOf('@');
        if (at <= 0 || !EmailAddresses.isEmailAddress(email)) {
            return false;
        }
        String local = email.substring(0, at).toLowerCase(java.util.Locale.ROOT);
        int plus = local.indexOf('+');
        if (plus >= 0) {
            local = local.substring(0, plus);
        }
        int words = 0;
        boolean allRoles = true;
        int start = 0;
        for (int i = 0; i <= local.length(); i++) {
            char c = i < local.length() ? local.charAt(i) : '.';
            if (c == '.' || c == '-' || c == '_') {
                if (i == start) {
                    return false;
                }
                allRoles &= ROLE_WORDS.contains(local.substring(start, i));
                words++;
                start = i + 1;
            } else if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return words >= 2 && !allRoles;
    }

    /** Reports the first email address inside a free text, where no address belongs. */
    private static void addressIn(Optional<String> text, Report report, String property) {
        if (text.isEmpty()) {
            return;
        }
        String value = text.get();
        for (int at = value.indexOf('@'); at >= 0; at = value.indexOf('@', at + 1)) {
            int start = at;
            while (start > 0 && at - start < 64 && isAddressChar(value.charAt(start - 1))) {
                start--;
            }
            int end = at + 1;
            while (end < value.length() && end - at < 255 && isAddressChar(value.charAt(end))) {
                end++;
            }
            while (end > at + 1 && value.charAt(end - 1) == '.') {
                end--; // the full stop that ends a sentence
            }
            String candidate = value.substring(start, end);
            if (EmailAddresses.isEmailAddress(candidate)) {
                report.text("email", candidate).variant("text");
                if (property == null) {
                    report.here();
                } else {
                    report.at(property);
                }
                return;
            }
        }
    }

    private static boolean isAddressChar(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '.'
                || c == '-'
                || c == '_'
                || c == '+';
    }
}
