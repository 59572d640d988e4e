package org.terrinclus.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.Period;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.terrinclus.country.Country;
import org.terrinclus.figure.FigureKind;
import org.terrinclus.figure.KeyFigure;
import org.terrinclus.format.Format;
import org.terrinclus.funding.Contribution;
import org.terrinclus.funding.ContributionKind;
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
import org.terrinclus.recommendation.Recommendation;
import org.terrinclus.recommendation.RecommendationFamily;
import org.terrinclus.sdg.SdgGoal;
import org.terrinclus.sdg.SdgTarget;
import org.terrinclus.thematic.Thematic;

/**
 * A seeded generator of random, realistic and <em>valid</em> project records, for property tests.
 *
 * <p>Every record it builds passes every rule of the publication profile without a single finding
 * (no error, no warning, no information): a Département or a city leads, with an operator at
 * times; one to eight partners, at least one abroad; thematics, recommendation families and the
 * recommendations filed under them; SDGs and some of their targets; three key figures among which
 * a total cost that agrees with the funding tables; one or two funding tables whose declared total
 * is the sum of the rows (rows not evaluable, still to be raised, over a period, at times); cost
 * tables at times; dates in order; a narrative in French; resources, contacts and photo credits.
 * It uses only the model's public builders.
 *
 * <p>The same seed gives the same records, on any machine:
 *
 * <pre>{@code
 * RecordGenerator generator = new RecordGenerator(42);
 * ProjectRecord first = generator.next();
 * }</pre>
 */
public final class RecordGenerator {

    /** The system property that replays a single seed in the property tests. */
    public static final String SEED_PROPERTY = "terrinclus.seed";

    private static final List<String> MAILBOXES =
            List.of("cooperation", "contact", "international", "relations-internationales", "europe");

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    /** The fields built by hand here; the format's other fields are filled from its description. */
    private static final Set<String> HAND_BUILT_RECORD = Set.of(
            "formatVersion",
            "id",
            "title",
            "summary",
            "lead",
            "partners",
            "partnerCountries",
            "partnersDescription",
            "thematics",
            "recommendationFamilies",
            "recommendations",
            "sdgGoals",
            "sdgTargets",
            "keyFigures",
            "funding",
            "costs",
            "dates",
            "narrative",
            "resources",
            "contacts",
            "photoCredits");

    private static final Set<String> HAND_BUILT_DATES = Set.of("partnershipStart", "launch", "duration", "end");

    private final Random random;
    private int count;

    /**
     * A generator whose records are determined by the seed.
     *
     * @param seed the seed
     */
    public RecordGenerator(long seed) {
        this.random = new Random(seed);
    }

    /**
     * The seeds a property test should run: {@code count} seeds from 0, or only the seed of the
     * system property {@value #SEED_PROPERTY} when it is set, to replay a failure.
     *
     * @param count how many seeds to run normally
     * @return the seeds
     */
    public static List<Long> seeds(int count) {
        String replay = System.getProperty(SEED_PROPERTY);
        if (replay != null && !replay.isBlank()) {
            return List.of(Long.parseLong(replay.trim()));
        }
        List<Long> seeds = new ArrayList<>(count);
        for (long seed = 0; seed < count; seed++) {
            seeds.add(seed);
        }
        return seeds;
    }

    /**
     * Builds the next record.
     *
     * @return a valid record
     */
    public ProjectRecord next() {
        count++;
        LeadSpec leadSpec = pick(LEADS);
        Organisation leadOrganisation = leadSpec.organisation();
        ProjectRecord.Builder record = ProjectRecord.builder()
                .id(slug(leadSpec.name) + "-" + count + "-" + Integer.toHexString(random.nextInt(0x10000)))
                .title(pick(TITLES) + " " + pick(TITLE_PLACES))
                .summary(pick(SUMMARIES));

        Lead.Builder lead = Lead.builder().organisation(leadOrganisation);
        if (random.nextInt(10) < 4) {
            lead.operator(Organisation.builder()
                    .name(pick(OPERATORS))
                    .kind(OrganisationKind.ASSOCIATION)
                    .country(Country.FRANCE)
                    .build());
        }
        Lead builtLead = lead.build();
        record.lead(builtLead);

        List<PartnerSpec> partners = sample(PARTNERS, 1 + random.nextInt(8));
        List<Organisation> partnerOrganisations = new ArrayList<>();
        for (PartnerSpec partner : partners) {
            partnerOrganisations.add(partner.organisation(random.nextInt(6) > 0));
        }
        // At times a French association works beside the foreign partners.
        if (random.nextInt(5) == 0) {
            partnerOrganisations.add(Organisation.builder()
                    .name(pick(FRENCH_PARTNERS))
                    .kind(OrganisationKind.ASSOCIATION)
                    .country(Country.FRANCE)
                    .build());
        }
        // The first foreign partner always has its country: the partnership is abroad.
        partnerOrganisations.set(0, partners.get(0).organisation(true));
        record.addAllPartners(partnerOrganisations);
        if (random.nextInt(10) < 3) {
            List<Country> countries = new ArrayList<>();
            for (PartnerSpec partner : partners) {
                Country country = Country.of(partner.country);
                if (!countries.contains(country)) {
                    countries.add(country);
                }
            }
            if (random.nextBoolean()) {
                countries.add(Country.FRANCE);
            }
            record.addAllPartnerCountries(countries);
        }
        if (random.nextInt(10) < 2) {
            record.partnersDescription(pick(PARTNER_DESCRIPTIONS));
        }

        record.addAllThematics(sample(Thematic.known(), 1 + random.nextInt(3)));

        List<RecommendationFamily> families = new ArrayList<>();
        for (RecommendationFamily family : RecommendationFamily.values()) {
            if (!family.getRecommendations().isEmpty()) {
                families.add(family);
            }
        }
        List<RecommendationFamily> chosenFamilies = sample(families, 1 + random.nextInt(3));
        chosenFamilies.sort(null);
        record.addAllRecommendationFamilies(chosenFamilies);
        for (RecommendationFamily family : chosenFamilies) {
            List<Recommendation> members = family.getRecommendations();
            for (Recommendation recommendation : sample(members, 1 + random.nextInt(Math.min(3, members.size())))) {
                AppliedRecommendation.Builder applied =
                        AppliedRecommendation.builder().family(family).code(recommendation.getCode());
                if (random.nextBoolean()) {
                    applied.wording(recommendation.getLabel(Locale.FRENCH));
                }
                record.addRecommendations(applied.build());
            }
        }

        List<SdgGoal> goals = sample(List.of(SdgGoal.values()), 1 + random.nextInt(4));
        goals.sort(null);
        record.addAllSdgGoals(goals);
        List<SdgTarget> candidateTargets = new ArrayList<>();
        goals.forEach(goal -> candidateTargets.addAll(goal.getTargets()));
        List<SdgTarget> targets = sample(candidateTargets, random.nextInt(4));
        targets.sort(null);
        record.addAllSdgTargets(targets);

        // Dates first: the key figures use the partnership's start.
        int start = 1985 + random.nextInt(28);
        int launch = start + random.nextInt(Math.max(1, 2016 - start));
        int months = pick(List.of(12, 18, 24, 30, 36, 48));
        int end = launch + (months - 1) / 12 + random.nextInt((months + 10) / 12 - (months - 1) / 12 + 1);
        ProjectDates.Builder dates =
                ProjectDates.builder().partnershipStart(Year.of(start)).launch(Year.of(launch));
        if (random.nextInt(4) > 0) {
            dates.duration(
                    months % 12 == 0 && random.nextBoolean() ? Period.ofYears(months / 12) : Period.ofMonths(months));
        }
        if (random.nextInt(4) > 0) {
            dates.end(Year.of(end));
        }
        DescribedFields.fill(Format.DATES, dates, HAND_BUILT_DATES, random);
        record.dates(dates.build());

        List<FundingPlan> plans = fundingPlans(builtLead, partnerOrganisations);
        record.addAllFunding(plans);
        if (random.nextInt(10) < 3) {
            record.addAllCosts(costTables());
        }
        Money total = plans.stream()
                .map(p -> p.getDeclaredTotal().get())
                .reduce(Money::plus)
                .get();
        record.addAllKeyFigures(keyFigures(start, total));

        record.narrative(narrative(partners));

        for (int i = random.nextInt(4); i > 0; i--) {
            Resource.Builder resource = Resource.builder().label(pick(RESOURCE_LABELS));
            if (random.nextInt(5) > 0) {
                resource.url(
                        "https://www." + leadSpec.domain + "/cooperation/" + slug(pick(RESOURCE_LABELS)) + "-" + i);
            }
            record.addResources(resource.build());
        }
        for (int i = 1 + random.nextInt(2); i > 0; i--) {
            String first = pick(FIRST_NAMES);
            String last = pick(LAST_NAMES);
            Contact.Builder contact = Contact.builder()
                    .name(first + " " + last)
                    .role(pick(ROLES))
                    .organisation(leadSpec.name)
                    // A role address, as a published sheet should give; chosen without a draw, so that
                    // the records of a seed stay the same.
                    .email(MAILBOXES.get(Math.floorMod((first + last).hashCode(), MAILBOXES.size())) + "@"
                            + leadSpec.domain);
            record.addContacts(contact.build());
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            record.addPhotoCredits(pick(PHOTO_CREDITS));
        }
        DescribedFields.fill(Format.RECORD, record, HAND_BUILT_RECORD, random);
        return record.build();
    }

    private List<FundingPlan> fundingPlans(Lead lead, List<Organisation> partners) {
        int tables = random.nextInt(4) == 0 ? 2 : 1;
        List<List<Contribution>> rowsByTable = new ArrayList<>();
        for (int t = 0; t < tables; t++) {
            List<Organisation> funders = new ArrayList<>();
            funders.add(lead.getOrganisation());
            funders.add(partners.get(random.nextInt(partners.size())));
            for (FunderSpec spec : sample(FUNDERS, 1 + random.nextInt(4))) {
                funders.add(spec.organisation());
            }
            lead.getOperator().ifPresent(funders::add);
            Collections.shuffle(funders, random);
            funders = funders.subList(0, 2 + random.nextInt(funders.size() - 1));
            List<Contribution> rows = new ArrayList<>();
            for (Organisation funder : funders) {
                if (random.nextInt(8) == 0) {
                    rows.add(Contribution.builder()
                            .funder(funder)
                            .kind(ContributionKind.NOT_EVALUABLE)
                            .note(pick(IN_KIND_NOTES))
                            .build());
                } else {
                    Contribution.Builder row = Contribution.builder()
                            .funder(funder)
                            .kind(ContributionKind.AMOUNT)
                            .amount(amount());
                    if (random.nextInt(6) == 0) {
                        row.period(Period.ofMonths(pick(List.of(12, 24, 36))));
                    }
                    rows.add(row.build());
                }
            }
            if (random.nextInt(5) == 0) {
                rows.add(Contribution.toBeRaised(amount()));
            }
            // A table with no amount at all would declare a zero total: make sure one row has one.
            if (rows.stream().allMatch(r -> r.getAmount().isEmpty())) {
                rows.add(Contribution.toBeRaised(amount()));
            }
            rowsByTable.add(rows);
        }
        // Keep the grand total away from the rounding boundary of its key figure, so that moving a
        // declared total by a cent never changes whether the figure matches.
        BigDecimal grand = rowsByTable.stream()
                .flatMap(List::stream)
                .map(Contribution::getAmount)
                .flatMap(java.util.Optional::stream)
                .map(Money::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal step = grand.compareTo(MILLION) >= 0 ? BigDecimal.valueOf(100_000) : BigDecimal.valueOf(1_000);
        BigDecimal offset = grand.remainder(step).subtract(step.divide(BigDecimal.valueOf(2)));
        if (offset.abs().compareTo(BigDecimal.valueOf(2)) <= 0) {
            List<Contribution> rows = rowsByTable.get(0);
            for (int i = 0; i < rows.size(); i++) {
                Contribution row = rows.get(i);
                if (row.getAmount().isPresent()) {
                    rows.set(
                            i,
                            Contribution.builder()
                                    .from(row)
                                    .amount(row.getAmount().get().plus(Money.eur(5)))
                                    .build());
                    break;
                }
            }
        }
        List<FundingPlan> plans = new ArrayList<>();
        for (int t = 0; t < rowsByTable.size(); t++) {
            FundingPlan.Builder plan = FundingPlan.builder().addAllContributions(rowsByTable.get(t));
            if (tables > 1) {
                plan.label(t == 0 ? "Phase 1" : "Phase 2");
            }
            FundingPlan draft = plan.build();
            plans.add(FundingPlan.builder()
                    .from(draft)
                    .declaredTotal(draft.computeTotal().get())
                    .build());
        }
        return plans;
    }

    private List<CostBreakdown> costTables() {
        List<CostBreakdown> tables = new ArrayList<>();
        List<String> sites = sample(COST_SITES, 1 + random.nextInt(2));
        for (String site : sites) {
            CostBreakdown.Builder table = CostBreakdown.builder().label(site);
            Money total = Money.eur(0);
            for (String category : sample(COST_CATEGORIES, 2 + random.nextInt(4))) {
                if (random.nextInt(10) == 0) {
                    table.addItems(CostItem.builder().category(category).build());
                } else {
                    Money amount = amount();
                    total = total.plus(amount);
                    table.addItems(CostItem.of(category, amount));
                }
            }
            tables.add(table.declaredTotal(total).build());
        }
        return tables;
    }

    private List<KeyFigure> keyFigures(int start, Money total) {
        List<KeyFigure> figures = new ArrayList<>();
        figures.add(KeyFigure.builder()
                .kind(FigureKind.YEAR)
                .value(BigDecimal.valueOf(start))
                .label(pick(List.of("Début du partenariat", "Année de la première convention de coopération")))
                .build());
        figures.add(otherFigure());
        BigDecimal amount = total.getAmount();
        if (amount.compareTo(MILLION) >= 0) {
            figures.add(KeyFigure.builder()
                    .kind(FigureKind.TOTAL_COST)
                    .value(amount.divide(MILLION, 1, RoundingMode.HALF_UP))
                    .multiplier(MILLION)
                    .unit(random.nextBoolean() ? "EUR" : "€")
                    .label("Coût total du projet, en millions d'euros")
                    .build());
        } else {
            figures.add(KeyFigure.builder()
                    .kind(FigureKind.TOTAL_COST)
                    .value(amount.divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_UP)
                            .multiply(BigDecimal.valueOf(1000)))
                    .unit("EUR")
                    .label("Coût total du projet, en euros")
                    .build());
        }
        Collections.shuffle(figures, random);
        return figures;
    }

    private KeyFigure otherFigure() {
        switch (random.nextInt(5)) {
            case 0:
                return KeyFigure.builder()
                        .kind(FigureKind.COUNT)
                        .value(BigDecimal.valueOf(12 + random.nextInt(2000)))
                        .label(pick(List.of(
                                "jeunes accompagnés vers l'emploi",
                                "participants aux échanges",
                                "missions de coopération")))
                        .build();
            case 1:
                return KeyFigure.builder()
                        .kind(FigureKind.PERCENTAGE)
                        .value(BigDecimal.valueOf(50 + random.nextInt(500), 1))
                        .unit("%")
                        .label("% des jeunes en emploi durable à la sortie")
                        .build();
            case 2:
                return KeyFigure.builder()
                        .kind(FigureKind.AGE_RANGE)
                        .value(BigDecimal.valueOf(16))
                        .upperValue(BigDecimal.valueOf(25 + random.nextInt(6)))
                        .unit("ans")
                        .label("âge des jeunes concernés")
                        .build();
            case 3:
                return KeyFigure.builder()
                        .kind(FigureKind.AREA)
                        .value(BigDecimal.valueOf(100 + random.nextInt(900)))
                        .unit("ha")
                        .label("hectares de terres agricoles mis en valeur")
                        .build();
            default:
                return KeyFigure.builder()
                        .kind(FigureKind.DURATION)
                        .value(BigDecimal.valueOf(pick(List.of(12, 18, 24, 36))))
                        .unit("mois")
                        .label("mois d'expérimentation")
                        .build();
        }
    }

    private Narrative narrative(List<PartnerSpec> partners) {
        Narrative.Builder narrative = Narrative.builder()
                .context(String.join(" ", sample(CONTEXT_SENTENCES, 2 + random.nextInt(3))) + " Le partenariat avec "
                        + partners.get(0).name + " en est le fruit.")
                .addAllObjectives(sample(OBJECTIVES, 2 + random.nextInt(4)))
                .actors(String.join(" ", sample(ACTOR_SENTENCES, 1 + random.nextInt(3))));
        for (FocusSpec focus : sample(FOCUS, 1 + random.nextInt(4))) {
            narrative.addFocusSections(FocusSection.of(focus.title, focus.text));
        }
        for (String text : sample(QUOTES, random.nextInt(4))) {
            Quote.Builder quote = Quote.builder().text(text);
            if (random.nextBoolean()) {
                quote.author(pick(FIRST_NAMES) + " " + pick(LAST_NAMES));
            }
            quote.role(pick(QUOTE_ROLES));
            if (random.nextInt(3) == 0) {
                quote.organisation(partners.get(0).name);
            }
            narrative.addQuotes(quote.build());
        }
        for (String text : sample(REVIEWS, random.nextInt(3))) {
            Review.Builder review = Review.builder().text(text);
            if (random.nextBoolean()) {
                review.title(pick(List.of("Points forts", "Questionnements", "Pistes de progrès")));
            }
            narrative.addReviews(review.build());
        }
        return narrative.build();
    }

    /** An amount in euros from 2 000 to about 400 000, with cents one time in three. */
    private Money amount() {
        long euros = 2_000 + random.nextInt(398_000);
        if (random.nextInt(3) == 0) {
            return Money.eur(
                    BigDecimal.valueOf(euros * 100 + random.nextInt(100), 2).toPlainString());
        }
        return Money.eur(euros);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Up to {@code n} distinct elements, in random order. */
    private <T> List<T> sample(List<T> values, int n) {
        List<T> copy = new ArrayList<>(values);
        Collections.shuffle(copy, random);
        return new ArrayList<>(copy.subList(0, Math.min(n, copy.size())));
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9]", "")
                .toLowerCase(Locale.ROOT);
    }

    private static String slug(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
    }

    private static final class LeadSpec {
        final String name;
        final OrganisationKind kind;
        final String insee;
        final String domain;

        LeadSpec(String name, OrganisationKind kind, String insee, String domain) {
            this.name = name;
            this.kind = kind;
            this.insee = insee;
            this.domain = domain;
        }

        Organisation organisation() {
            Organisation.Builder organisation =
                    Organisation.builder().name(name).kind(kind).country(Country.FRANCE);
            if (insee != null) {
                organisation.addIdentifiers(OrganisationIdentifier.inseeDepartement(insee));
            }
            return organisation.build();
        }
    }

    private static final class PartnerSpec {
        final String name;
        final OrganisationKind kind;
        final String designation;
        final String country;

        PartnerSpec(String name, OrganisationKind kind, String designation, String country) {
            this.name = name;
            this.kind = kind;
            this.designation = designation;
            this.country = country;
        }

        Organisation organisation(boolean withCountry) {
            Organisation.Builder organisation =
                    Organisation.builder().name(name).kind(kind);
            if (designation != null) {
                organisation.localDesignation(designation);
            }
            if (withCountry) {
                organisation.country(Country.of(country));
            }
            return organisation.build();
        }
    }

    private static final class FunderSpec {
        final String name;
        final OrganisationKind kind;
        final String country;

        FunderSpec(String name, OrganisationKind kind, String country) {
            this.name = name;
            this.kind = kind;
            this.country = country;
        }

        Organisation organisation() {
            Organisation.Builder organisation =
                    Organisation.builder().name(name).kind(kind);
            if (country != null) {
                organisation.country(Country.of(country));
            }
            return organisation.build();
        }
    }

    private static final class FocusSpec {
        final String title;
        final String text;

        FocusSpec(String title, String text) {
            this.title = title;
            this.text = text;
        }
    }

    private static final List<LeadSpec> LEADS = List.of(
            new LeadSpec("Département de l'Aude", OrganisationKind.DEPARTEMENT, "11", "aude.fr"),
            new LeadSpec("Département de Loire-Atlantique", OrganisationKind.DEPARTEMENT, "44", "loire-atlantique.fr"),
            new LeadSpec(
                    "Département de Meurthe-et-Moselle", OrganisationKind.DEPARTEMENT, "54", "meurthe-et-moselle.fr"),
            new LeadSpec("Département du Pas-de-Calais", OrganisationKind.DEPARTEMENT, "62", "pasdecalais.fr"),
            new LeadSpec("Département de la Savoie", OrganisationKind.DEPARTEMENT, "73", "savoie.fr"),
            new LeadSpec("Département des Yvelines", OrganisationKind.DEPARTEMENT, "78", "yvelines.fr"),
            new LeadSpec("Département du Val-de-Marne", OrganisationKind.DEPARTEMENT, "94", "valdemarne.fr"),
            new LeadSpec("Département de la Gironde", OrganisationKind.DEPARTEMENT, "33", "gironde.fr"),
            new LeadSpec("Département d'Ille-et-Vilaine", OrganisationKind.DEPARTEMENT, "35", "ille-et-vilaine.fr"),
            new LeadSpec("Département de l'Hérault", OrganisationKind.DEPARTEMENT, "34", "herault.fr"),
            new LeadSpec("Département du Finistère", OrganisationKind.DEPARTEMENT, "29", "finistere.fr"),
            new LeadSpec("Collectivité de Corse-du-Sud", OrganisationKind.DEPARTEMENT, "2A", "corsedusud.fr"),
            new LeadSpec("Ville de Suresnes", OrganisationKind.COMMUNE, null, "suresnes.fr"),
            new LeadSpec("Ville de Grenoble", OrganisationKind.COMMUNE, null, "grenoble.fr"),
            new LeadSpec(
                    "Comité français pour la solidarité internationale",
                    OrganisationKind.ASSOCIATION,
                    null,
                    "cfsi.asso.fr"),
            new LeadSpec("Solidarité Laïque", OrganisationKind.ASSOCIATION, null, "solidarite-laique.org"));

    private static final List<PartnerSpec> PARTNERS = List.of(
            new PartnerSpec("Municipalité de Sousse", OrganisationKind.FOREIGN_LOCAL_AUTHORITY, "municipalité", "TN"),
            new PartnerSpec("Gouvernorat de Monastir", OrganisationKind.FOREIGN_LOCAL_AUTHORITY, "gouvernorat", "TN"),
            new PartnerSpec("Université de Sfax", OrganisationKind.TRAINING_RESEARCH, null, "TN"),
            new PartnerSpec("Province de Chefchaouen", OrganisationKind.FOREIGN_LOCAL_AUTHORITY, "province", "MA"),
            new PartnerSpec(
                    "Préfecture d'Agadir Ida-Outanane", OrganisationKind.FOREIGN_LOCAL_AUTHORITY, "préfecture", "MA"),
            new PartnerSpec("Judet de Cluj", OrganisationKind.FOREIGN_LOCAL_AUTHORITY, "judet", "RO"),
            new PartnerSpec("Judet d'Alba", OrganisationKind.FOREIGN_LOCAL_AUTHORITY, "judet", "RO"),
            new PartnerSpec("Ville de Ziguinchor", OrganisationKind.FOREIGN_LOCAL_AUTHORITY, "commune", "SN"),
            new PartnerSpec(
                    "Centre de formation professionnelle de Thiès", OrganisationKind.TRAINING_RESEARCH, null, "SN"),
            new PartnerSpec("Association des jeunes de Tambacounda", OrganisationKind.ASSOCIATION, null, "SN"),
            new PartnerSpec("Préfecture de Kloto", OrganisationKind.FOREIGN_LOCAL_AUTHORITY, "préfecture", "TG"),
            new PartnerSpec("Commune d'Anèho", OrganisationKind.FOREIGN_LOCAL_AUTHORITY, "commune", "TG"),
            new PartnerSpec("Région de Kayes", OrganisationKind.FOREIGN_LOCAL_AUTHORITY, "région", "ML"),
            new PartnerSpec("Commune urbaine de Dori", OrganisationKind.FOREIGN_LOCAL_AUTHORITY, "commune", "BF"),
            new PartnerSpec("Municipalité de Bethléem", OrganisationKind.FOREIGN_LOCAL_AUTHORITY, "municipalité", "PS"),
            new PartnerSpec("Province de Quảng Nam", OrganisationKind.FOREIGN_LOCAL_AUTHORITY, "province", "VN"),
            new PartnerSpec("Ville de Jacmel", OrganisationKind.FOREIGN_LOCAL_AUTHORITY, "commune", "HT"),
            new PartnerSpec("Commune de Porto-Novo", OrganisationKind.FOREIGN_LOCAL_AUTHORITY, "commune", "BJ"),
            new PartnerSpec("Commune urbaine de Toamasina", OrganisationKind.FOREIGN_LOCAL_AUTHORITY, "commune", "MG"),
            new PartnerSpec("Municipio de Cuenca", OrganisationKind.FOREIGN_LOCAL_AUTHORITY, "municipio", "EC"),
            new PartnerSpec("Communautés indigènes d'Otavalo", OrganisationKind.COMMUNITY_GROUP, null, "EC"),
            new PartnerSpec("Province de Luang Prabang", OrganisationKind.FOREIGN_LOCAL_AUTHORITY, "province", "LA"),
            new PartnerSpec("Ville de Sherbrooke", OrganisationKind.FOREIGN_LOCAL_AUTHORITY, "ville", "CA"),
            new PartnerSpec("Conseil régional de Dakar", OrganisationKind.FOREIGN_LOCAL_AUTHORITY, "région", "SN"));

    private static final List<String> FRENCH_PARTNERS = List.of(
            "Association Jeunesse et Coopération", "Maison des solidarités locales", "Réseau régional multi-acteurs");

    private static final List<String> OPERATORS = List.of(
            "Association Pays de Savoie Solidaires",
            "Association Échanges et Partenariats",
            "Centre international d'échanges de jeunes",
            "Agence départementale de coopération");

    private static final List<FunderSpec> FUNDERS = List.of(
            new FunderSpec(
                    "Ministère des Affaires étrangères et du Développement international (MAEDI)",
                    OrganisationKind.STATE,
                    "FR"),
            new FunderSpec("Agence française de développement", OrganisationKind.STATE, "FR"),
            new FunderSpec("Union européenne", OrganisationKind.INTERNATIONAL_BODY, null),
            new FunderSpec("Fondation de France", OrganisationKind.FOUNDATION, "FR"),
            new FunderSpec("Région Occitanie", OrganisationKind.REGION, "FR"),
            new FunderSpec("Agence de l'eau Rhône Méditerranée Corse", OrganisationKind.STATE, "FR"),
            new FunderSpec("Fondation Abbé Pierre", OrganisationKind.FOUNDATION, "FR"));

    private static final List<String> TITLES = List.of(
            "Création d'une plateforme d'échange de pratiques de démocratie participative pour la jeunesse",
            "Insertion professionnelle des jeunes par la formation aux métiers du bâtiment",
            "Accompagnement des personnes âgées isolées et échange de pratiques entre travailleurs sociaux",
            "Renforcement de la participation citoyenne des femmes dans la gouvernance locale",
            "Mobilité internationale des jeunes les plus éloignés de l'emploi",
            "Co-construction d'un observatoire de l'action sociale",
            "Échanges de jeunes volontaires autour de l'économie sociale et solidaire",
            "Inclusion des personnes handicapées dans la vie économique locale");

    private static final List<String> TITLE_PLACES = List.of(
            "entre territoires partenaires",
            "des deux rives de la Méditerranée",
            "en Afrique de l'Ouest",
            "en Europe de l'Est",
            "en Amérique latine",
            "en Asie du Sud-Est");

    private static final List<String> SUMMARIES = List.of(
            "Des jeunes des deux territoires conçoivent ensemble des outils de participation citoyenne.",
            "Un dispositif de formation qualifiante ouvre l'accès à l'emploi durable pour des jeunes sans diplôme.",
            "Des professionnels de l'action sociale croisent leurs regards pour mieux accompagner les publics fragiles.",
            "Les élus et les techniciens des collectivités partenaires partagent leurs pratiques de démocratie locale.",
            "Un chantier international mobilise des jeunes en insertion autour d'un projet utile aux habitants.");

    private static final List<String> PARTNER_DESCRIPTIONS = List.of(
            "Plusieurs organisations franco-tunisiennes de la société civile",
            "Un réseau d'associations de jeunesse des deux pays",
            "Les collectivités membres du groupe pays");

    private static final List<String> CONTEXT_SENTENCES = List.of(
            "La coopération décentralisée entre les deux territoires est ancienne et repose sur une convention renouvelée.",
            "Le diagnostic partagé a révélé des besoins communs en matière d'insertion des jeunes.",
            "Les deux collectivités font face à un chômage des jeunes élevé et à une défiance envers les institutions.",
            "Les premières missions d'échange ont permis de tisser des liens entre élus, techniciens et associations.",
            "La réciprocité est au cœur de la démarche : chaque territoire apprend de l'autre.",
            "Le projet s'inscrit dans la continuité des programmes menés depuis une dizaine d'années.");

    private static final List<String> OBJECTIVES = List.of(
            "Favoriser l'insertion sociale et professionnelle des jeunes",
            "Renforcer les capacités des collectivités partenaires",
            "Développer la participation des habitants à la vie locale",
            "Échanger des pratiques entre professionnels de l'action sociale",
            "Co-construire des outils de suivi et d'évaluation",
            "Valoriser les compétences acquises lors des échanges");

    private static final List<String> ACTOR_SENTENCES = List.of(
            "Le Département assure le pilotage politique et technique du projet.",
            "Les associations locales accompagnent les jeunes tout au long du parcours.",
            "Un comité de pilotage réunit deux fois par an les élus et les techniciens des deux territoires.",
            "Les centres de formation accueillent les stagiaires et délivrent les certifications.");

    private static final List<FocusSpec> FOCUS = List.of(
            new FocusSpec(
                    "Un diagnostic participatif",
                    "Les habitants, les élus et les associations ont été réunis en ateliers pour identifier les besoins prioritaires."),
            new FocusSpec(
                    "Des échanges de jeunes",
                    "Des groupes de jeunes des deux territoires se rencontrent chaque année et réalisent un projet commun."),
            new FocusSpec(
                    "Un suivi co-construit",
                    "Les indicateurs de suivi ont été définis ensemble par les équipes des deux collectivités."),
            new FocusSpec(
                    "La formation des professionnels",
                    "Des sessions croisées permettent aux travailleurs sociaux de comparer leurs méthodes d'accompagnement."),
            new FocusSpec(
                    "Le regard croisé",
                    "Chaque mission donne lieu à une restitution où les partenaires partagent leur lecture des résultats."));

    private static final List<String> QUOTES = List.of(
            "Ce projet nous a appris à travailler autrement, en écoutant d'abord les jeunes.",
            "L'échange avec nos partenaires a changé notre regard sur nos propres pratiques.",
            "Grâce à la formation, j'ai trouvé un emploi stable dans ma ville.",
            "La réciprocité n'est pas un slogan : nous avons vraiment appris les uns des autres.");

    private static final List<String> QUOTE_ROLES = List.of(
            "vice-présidente chargée de la coopération",
            "jeune participant",
            "directeur du centre de formation",
            "chargée de mission coopération décentralisée");

    private static final List<String> REVIEWS = List.of(
            "La démarche illustre bien l'intérêt d'un diagnostic partagé dès l'émergence du projet.",
            "La question de la pérennité des actions après la fin des financements reste posée.",
            "L'implication des élus des deux territoires est un facteur clé de réussite.");

    private static final List<String> IN_KIND_NOTES = List.of(
            "formation, fonds propres et suivi", "mise à disposition de personnel", "valorisation du bénévolat");

    private static final List<String> COST_SITES =
            List.of("Premier chantier, Anèho (Togo)", "Second chantier, Ziguinchor (Sénégal)", "Phase de diagnostic");

    private static final List<String> COST_CATEGORIES = List.of(
            "Formation",
            "Administration / santé",
            "Transport",
            "Dépenses de personnel",
            "Frais de vie",
            "Matériel pédagogique");

    private static final List<String> RESOURCE_LABELS = List.of(
            "Rapport d'évaluation finale",
            "Convention de coopération",
            "Film du projet",
            "Guide méthodologique",
            "Synthèse du diagnostic partagé");

    private static final List<String> FIRST_NAMES = List.of(
            "Amélie",
            "Benoît",
            "Chloé",
            "Didier",
            "Élodie",
            "François",
            "Hélène",
            "Karim",
            "Léa",
            "Moussa",
            "Nadia",
            "Pierre-Yves",
            "Sophie",
            "Yannick");

    private static final List<String> LAST_NAMES = List.of(
            "Martin", "Bernard", "Diallo", "Lefèvre", "Ben Salah", "Moreau", "Ndiaye", "Girard", "Popescu", "Roussel");

    private static final List<String> ROLES = List.of(
            "chargée de mission coopération décentralisée", "responsable des relations internationales",
            "directeur de l'action sociale", "coordinatrice du projet");

    private static final List<String> PHOTO_CREDITS = List.of(
            "© Département, service communication",
            "Photo : association partenaire",
            "© Jeunes participants",
            "Crédit : comité de pilotage");
}
