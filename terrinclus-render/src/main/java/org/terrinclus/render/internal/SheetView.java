package org.terrinclus.render.internal;

import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.terrinclus.figure.FigureKind;
import org.terrinclus.figure.KeyFigure;
import org.terrinclus.funding.Contribution;
import org.terrinclus.funding.ContributionKind;
import org.terrinclus.funding.CostBreakdown;
import org.terrinclus.funding.CostItem;
import org.terrinclus.funding.FundingPlan;
import org.terrinclus.funding.Money;
import org.terrinclus.organisation.Organisation;
import org.terrinclus.project.Contact;
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
import org.terrinclus.validation.Finding;

/**
 * One record laid out as the guide's sheets are, every value already written for people in the
 * page's language: what the sheet template shows. Findings, when given, are placed beside the
 * part of the sheet their JSON Pointer designates, and listed at the end.
 */
public final class SheetView {

    /** The parts of a sheet, in the order they are printed; findings are placed in one of them. */
    public enum Part {
        RECORD,
        HEADER,
        ACTORS,
        THEMATICS,
        RECOMMENDATIONS,
        FIGURES,
        SDGS,
        PROJECT,
        FUNDING,
        COSTS,
        FOCUS,
        QUOTES,
        REVIEWS,
        RESOURCES
    }

    /** An organisation: its name, and what it is and where (kind, local designation, country). */
    public record OrganisationView(String name, String detail) {}

    /** A family of recommendations with the recommendations the sheet cites under it. */
    public record FamilyView(int number, String label, List<RecommendationView> items) {}

    /** A recommendation as cited: its code and its wording. */
    public record RecommendationView(String code, String wording) {}

    /** A key figure: the value as printed and what it counts. */
    public record FigureView(String value, String label) {}

    /** An SDG badge: number, short name, official colour, and a text colour that contrasts with it. */
    public record SdgBadge(int number, String shortName, String background, String foreground) {}

    /** A label and a value, as the project's dates. */
    public record Item(String label, String value) {}

    /**
     * A row of a funding or cost table.
     *
     * @param name the funder or the cost item
     * @param detail what kind of funder, or a note; may be empty
     * @param amount the amount as printed, or what stands in for it
     * @param findings the numbers of the findings about this row
     */
    public record RowView(String name, String detail, String amount, List<FindingView> findings) {
        /** Whether a finding concerns this row. */
        public boolean flagged() {
            return !findings.isEmpty();
        }
    }

    /**
     * A funding or cost table.
     *
     * @param id the table's id on the page
     * @param caption the table's caption
     * @param rows its rows
     * @param total the declared TOTAL as printed, or empty when the sheet has none
     * @param sumOfRows the sum of the rows, shown only when it differs from the TOTAL and findings are shown
     * @param totalFindings the findings about the TOTAL
     * @param findings every finding about the table
     */
    public record TableView(
            String id,
            String caption,
            List<RowView> rows,
            String total,
            String sumOfRows,
            List<FindingView> totalFindings,
            List<FindingView> findings) {
        /** Whether a finding concerns the TOTAL. */
        public boolean totalFlagged() {
            return !totalFindings.isEmpty();
        }
    }

    /** A FOCUS section. */
    public record FocusView(String title, String text) {}

    /** Words of an actor, with who said them. */
    public record QuoteView(String text, String source) {}

    /** The committee's review. */
    public record ReviewView(String title, String text) {}

    /** A resource: its label, and the address to link to when it is a safe web address. */
    public record ResourceView(String label, String href, String address) {}

    /** A contact: the lines to print, and a mailto: link when the address is one. */
    public record ContactView(String text, String email, String href) {}

    private final Labels labels;
    private final boolean proofreading;
    private final String title;
    private final String summary;
    private final OrganisationView lead;
    private final OrganisationView operator;
    private final List<OrganisationView> partners = new ArrayList<>();
    private final List<String> partnerCountries = new ArrayList<>();
    private final String partnersDescription;
    private final List<String> thematics = new ArrayList<>();
    private final List<FamilyView> families = new ArrayList<>();
    private final List<FigureView> figures = new ArrayList<>();
    private final List<SdgBadge> sdgs = new ArrayList<>();
    private final List<String> sdgTargets = new ArrayList<>();
    private final List<Item> dates = new ArrayList<>();
    private final String context;
    private final List<String> objectives = new ArrayList<>();
    private final String actors;
    private final List<TableView> funding = new ArrayList<>();
    private final List<TableView> costs = new ArrayList<>();
    private final List<FocusView> focus = new ArrayList<>();
    private final List<QuoteView> quotes = new ArrayList<>();
    private final List<ReviewView> reviews = new ArrayList<>();
    private final List<ResourceView> resources = new ArrayList<>();
    private final List<ContactView> contacts = new ArrayList<>();
    private final List<String> photoCredits;
    private final List<FindingView> findings = new ArrayList<>();
    private final Map<Part, List<FindingView>> byPart = new EnumMap<>(Part.class);

    /**
     * @param record the record
     * @param locale the page's language
     * @param findings the findings to show, or null for the sheet as it is published
     */
    public SheetView(ProjectRecord record, Locale locale, List<Finding> findings) {
        this.labels = Labels.of(locale);
        this.proofreading = findings != null;
        Locale language = labels.locale();
        for (Part part : Part.values()) {
            byPart.put(part, new ArrayList<>());
        }
        Map<String, List<FindingView>> byPath = new LinkedHashMap<>();
        if (findings != null) {
            int number = 0;
            for (Finding finding : findings) {
                FindingView view = FindingView.of(++number, finding, labels);
                this.findings.add(view);
                byPart.get(partOf(finding.getPath())).add(view);
                byPath.computeIfAbsent(finding.getPath(), p -> new ArrayList<>())
                        .add(view);
            }
        }

        title = record.getTitle();
        summary = record.getSummary().orElse("");
        lead = record.getLead()
                .map(l -> organisation(l.getOrganisation(), language))
                .orElse(null);
        operator = record.getLead()
                .flatMap(l -> l.getOperator())
                .map(o -> organisation(o, language))
                .orElse(null);
        record.getPartners().forEach(p -> partners.add(organisation(p, language)));
        record.getPartnerCountries().forEach(c -> partnerCountries.add(c.getName(language)));
        partnersDescription = record.getPartnersDescription().orElse("");
        record.getThematics().forEach(t -> thematics.add(thematic(t, language)));
        Map<RecommendationFamily, List<RecommendationView>> cited = new LinkedHashMap<>();
        record.getRecommendationFamilies().forEach(f -> cited.putIfAbsent(f, new ArrayList<>()));
        for (AppliedRecommendation applied : record.getRecommendations()) {
            String wording = applied.getWording()
                    .or(() -> applied.getRecommendation().map(r -> r.getLabel(language)))
                    .orElse("");
            cited.computeIfAbsent(applied.getFamily(), f -> new ArrayList<>())
                    .add(new RecommendationView(applied.getCode(), wording));
        }
        cited.forEach((family, items) ->
                families.add(new FamilyView(family.getNumber(), family.getLabel(language), List.copyOf(items))));
        record.getKeyFigures().forEach(f -> figures.add(new FigureView(figure(f, language), f.getLabel())));
        for (SdgGoal goal : record.getSdgGoals()) {
            sdgs.add(new SdgBadge(
                    goal.getNumber(),
                    goal.getShortName(language),
                    goal.getColour(),
                    Contrast.textOn(goal.getColour())));
        }
        record.getSdgTargets().forEach(t -> sdgTargets.add(target(t)));
        record.getDates().ifPresent(this::dates);
        Optional<Narrative> narrative = record.getNarrative();
        context = narrative.flatMap(Narrative::getContext).orElse("");
        narrative.ifPresent(n -> objectives.addAll(n.getObjectives()));
        actors = narrative.flatMap(Narrative::getActors).orElse("");
        int index = 0;
        for (FundingPlan plan : record.getFunding()) {
            funding.add(fundingTable(plan, index++, record.getFunding().size(), byPath, language));
        }
        index = 0;
        for (CostBreakdown breakdown : record.getCosts()) {
            costs.add(costTable(breakdown, index++, record.getCosts().size(), byPath, language));
        }
        narrative.ifPresent(n -> {
            n.getFocusSections().forEach(f -> focus.add(new FocusView(f.getTitle(), f.getText())));
            n.getQuotes().forEach(q -> quotes.add(new QuoteView(q.getText(), source(q))));
            n.getReviews().forEach(r -> reviews.add(review(r)));
        });
        record.getResources().forEach(r -> resources.add(resource(r)));
        record.getContacts().forEach(c -> contacts.add(contact(c)));
        photoCredits = List.copyOf(record.getPhotoCredits());
    }

    /** The part of the sheet a JSON Pointer designates. */
    public static Part partOf(String path) {
        String first = segment(path, 0);
        switch (first) {
            case "title":
            case "summary":
                return Part.HEADER;
            case "lead":
            case "partners":
            case "partnerCountries":
            case "partnersDescription":
                return Part.ACTORS;
            case "thematics":
                return Part.THEMATICS;
            case "recommendationFamilies":
            case "recommendations":
                return Part.RECOMMENDATIONS;
            case "keyFigures":
                return Part.FIGURES;
            case "sdgGoals":
            case "sdgTargets":
                return Part.SDGS;
            case "dates":
                return Part.PROJECT;
            case "funding":
                return Part.FUNDING;
            case "costs":
                return Part.COSTS;
            case "resources":
            case "contacts":
            case "photoCredits":
                return Part.RESOURCES;
            case "narrative":
                switch (segment(path, 1)) {
                    case "context":
                    case "objectives":
                    case "actors":
                        return Part.PROJECT;
                    case "focusSections":
                        return Part.FOCUS;
                    case "quotes":
                        return Part.QUOTES;
                    case "reviews":
                        return Part.REVIEWS;
                    default:
                        return Part.RECORD;
                }
            default:
                return Part.RECORD;
        }
    }

    /** The n-th reference token of a JSON Pointer, unescaped, or "" when it has fewer. */
    private static String segment(String path, int n) {
        String[] tokens = path.split("/", -1);
        if (tokens.length <= n + 1) {
            return "";
        }
        return tokens[n + 1].replace("~1", "/").replace("~0", "~");
    }

    /** Whether a finding's path is at, or under, a prefix (a whole reference token at a time). */
    private static boolean isUnder(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    private static List<FindingView> under(Map<String, List<FindingView>> byPath, String prefix) {
        List<FindingView> found = new ArrayList<>();
        byPath.forEach((path, views) -> {
            if (isUnder(path, prefix)) {
                found.addAll(views);
            }
        });
        found.sort((a, b) -> Integer.compare(a.number(), b.number()));
        return List.copyOf(found);
    }

    private TableView fundingTable(
            FundingPlan plan, int index, int tables, Map<String, List<FindingView>> byPath, Locale language) {
        String prefix = "/funding/" + index;
        List<RowView> rows = new ArrayList<>();
        int row = 0;
        for (Contribution contribution : plan.getContributions()) {
            String name = contribution
                    .getFunder()
                    .map(Organisation::getName)
                    .orElse(
                            contribution.getKind() == ContributionKind.TO_BE_RAISED
                                    ? labels.get("sheet.toBeRaised")
                                    : "");
            List<String> details = new ArrayList<>();
            contribution.getFunder().ifPresent(f -> details.add(f.getKind().getLabel(language)));
            if (contribution.getKind() == ContributionKind.TO_BE_RAISED
                    && contribution.getFunder().isPresent()) {
                details.add(labels.get("sheet.toBeRaised"));
            }
            contribution.getPeriod().ifPresent(p -> details.add(period(p)));
            contribution.getNote().ifPresent(details::add);
            String amount =
                    contribution.getAmount().map(m -> Text.money(m, language)).orElse(labels.get("sheet.notEvaluable"));
            rows.add(new RowView(
                    name, String.join(" · ", details), amount, under(byPath, prefix + "/contributions/" + row++)));
        }
        String caption =
                plan.getLabel().orElse(labels.get("sheet.fundingTable") + (tables > 1 ? " " + (index + 1) : ""));
        return table(
                "funding-" + index,
                caption,
                rows,
                plan.getDeclaredTotal(),
                plan.computeTotal(),
                prefix,
                byPath,
                language);
    }

    private TableView costTable(
            CostBreakdown breakdown, int index, int tables, Map<String, List<FindingView>> byPath, Locale language) {
        String prefix = "/costs/" + index;
        List<RowView> rows = new ArrayList<>();
        int row = 0;
        for (CostItem item : breakdown.getItems()) {
            String amount = item.getAmount().map(m -> Text.money(m, language)).orElse("");
            rows.add(new RowView(item.getCategory(), "", amount, under(byPath, prefix + "/items/" + row++)));
        }
        String caption =
                breakdown.getLabel().orElse(labels.get("sheet.costTable") + (tables > 1 ? " " + (index + 1) : ""));
        return table(
                "costs-" + index,
                caption,
                rows,
                breakdown.getDeclaredTotal(),
                breakdown.computeTotal(),
                prefix,
                byPath,
                language);
    }

    private TableView table(
            String id,
            String caption,
            List<RowView> rows,
            Optional<Money> declared,
            Optional<Money> computed,
            String prefix,
            Map<String, List<FindingView>> byPath,
            Locale language) {
        String total = declared.map(m -> Text.money(m, language)).orElse("");
        String sum = "";
        if (proofreading && computed.isPresent()) {
            Money rowsTotal = computed.get();
            boolean differs = declared.isEmpty()
                    || !declared.get().hasSameCurrency(rowsTotal)
                    || declared.get().getAmount().compareTo(rowsTotal.getAmount()) != 0;
            if (differs && declared.isPresent()) {
                sum = Text.money(rowsTotal, language);
            }
        }
        return new TableView(
                id,
                caption,
                List.copyOf(rows),
                total,
                sum,
                under(byPath, prefix + "/declaredTotal"),
                under(byPath, prefix));
    }

    private OrganisationView organisation(Organisation organisation, Locale language) {
        List<String> details = new ArrayList<>();
        details.add(
                organisation.getLocalDesignation().orElse(organisation.getKind().getLabel(language)));
        organisation.getCountry().map(c -> c.getName(language)).ifPresent(details::add);
        return new OrganisationView(organisation.getName(), String.join(", ", details));
    }

    private static String thematic(Thematic thematic, Locale language) {
        return thematic.getLabel(language);
    }

    private static String target(SdgTarget target) {
        return target.toString();
    }

    private String figure(KeyFigure figure, Locale language) {
        if (figure.getKind() == FigureKind.YEAR) {
            return figure.getValue().toPlainString();
        }
        String value = Text.number(figure.getValue(), language);
        if (figure.getUpperValue().isPresent()) {
            value = value + "–" + Text.number(figure.getUpperValue().get(), language);
        }
        BigDecimal multiplier = figure.getMultiplier();
        String scale = "";
        if (multiplier.compareTo(BigDecimal.ONE) != 0) {
            if (multiplier.compareTo(BigDecimal.valueOf(1_000_000)) == 0) {
                scale = language.getLanguage().equals("fr") ? " millions" : " million";
            } else if (multiplier.compareTo(BigDecimal.valueOf(1_000)) == 0) {
                scale = language.getLanguage().equals("fr") ? " milliers" : " thousand";
            } else {
                scale = " × " + Text.number(multiplier, language);
            }
        }
        String unit = figure.getUnit().map(u -> unit(u, language)).orElse("");
        if (unit.isEmpty()) {
            return value + scale;
        }
        return value
                + scale
                + (unit.equals("%") && scale.isEmpty() ? Text.NO_BREAK_SPACE + "%" : Text.NO_BREAK_SPACE + unit);
    }

    private static String unit(String unit, Locale language) {
        boolean french = language.getLanguage().equals("fr");
        switch (unit) {
            case "years":
                return french ? "ans" : "years";
            case "months":
                return french ? "mois" : "months";
            default:
                if (unit.length() == 3 && unit.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
                    try {
                        return Text.symbol(Currency.getInstance(unit));
                    } catch (IllegalArgumentException notACurrency) {
                        return unit;
                    }
                }
                return unit;
        }
    }

    private void dates(ProjectDates projectDates) {
        projectDates
                .getPartnershipStart()
                .ifPresent(y -> dates.add(new Item(labels.get("sheet.partnershipStart"), y.toString())));
        projectDates.getLaunch().ifPresent(y -> dates.add(new Item(labels.get("sheet.launch"), y.toString())));
        projectDates.getDuration().ifPresent(d -> dates.add(new Item(labels.get("sheet.duration"), period(d))));
        projectDates.getEnd().ifPresent(y -> dates.add(new Item(labels.get("sheet.end"), y.toString())));
    }

    private String period(Period period) {
        boolean french = labels.language().equals("fr");
        List<String> parts = new ArrayList<>();
        if (period.getYears() > 0) {
            parts.add(period.getYears()
                    + (french
                            ? (period.getYears() > 1 ? " ans" : " an")
                            : (period.getYears() > 1 ? " years" : " year")));
        }
        if (period.getMonths() > 0) {
            parts.add(period.getMonths() + (french ? " mois" : (period.getMonths() > 1 ? " months" : " month")));
        }
        if (period.getDays() > 0) {
            parts.add(period.getDays()
                    + (french
                            ? (period.getDays() > 1 ? " jours" : " jour")
                            : (period.getDays() > 1 ? " days" : " day")));
        }
        return String.join(" ", parts);
    }

    private static String source(Quote quote) {
        List<String> parts = new ArrayList<>();
        quote.getAuthor().ifPresent(parts::add);
        quote.getRole().ifPresent(parts::add);
        quote.getOrganisation().ifPresent(parts::add);
        return String.join(", ", parts);
    }

    private static ReviewView review(Review review) {
        return new ReviewView(review.getTitle().orElse(""), review.getText());
    }

    private static ResourceView resource(Resource resource) {
        String address = resource.getUrl().orElse("");
        return new ResourceView(resource.getLabel(), Links.web(address).orElse(""), address);
    }

    private static ContactView contact(Contact contact) {
        List<String> parts = new ArrayList<>();
        contact.getName().ifPresent(parts::add);
        contact.getRole().ifPresent(parts::add);
        contact.getOrganisation().ifPresent(parts::add);
        String email = contact.getEmail().orElse("");
        return new ContactView(
                String.join(", ", parts), email, Links.mail(email).orElse(""));
    }

    // What the template reads.

    /** The page's words. */
    public Labels labels() {
        return labels;
    }

    /** The page's language, for {@code <html lang>}. */
    public String lang() {
        return labels.language();
    }

    /** Whether the findings are shown (the proofreading view). */
    public boolean proofreading() {
        return proofreading;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public OrganisationView lead() {
        return lead;
    }

    public OrganisationView operator() {
        return operator;
    }

    public List<OrganisationView> partners() {
        return partners;
    }

    public List<String> partnerCountries() {
        return partnerCountries;
    }

    public String partnersDescription() {
        return partnersDescription;
    }

    public List<String> thematics() {
        return thematics;
    }

    public List<FamilyView> families() {
        return families;
    }

    public List<FigureView> figures() {
        return figures;
    }

    public List<SdgBadge> sdgs() {
        return sdgs;
    }

    public List<String> sdgTargets() {
        return sdgTargets;
    }

    public List<Item> dates() {
        return dates;
    }

    public String context() {
        return context;
    }

    public List<String> objectives() {
        return objectives;
    }

    public String actors() {
        return actors;
    }

    public List<TableView> funding() {
        return funding;
    }

    public List<TableView> costs() {
        return costs;
    }

    public List<FocusView> focus() {
        return focus;
    }

    public List<QuoteView> quotes() {
        return quotes;
    }

    public List<ReviewView> reviews() {
        return reviews;
    }

    public List<ResourceView> resources() {
        return resources;
    }

    public List<ContactView> contacts() {
        return contacts;
    }

    public List<String> photoCredits() {
        return photoCredits;
    }

    /** Every finding, in order. */
    public List<FindingView> findings() {
        return findings;
    }

    /** The findings placed in a part of the sheet (by their path's first tokens). */
    public List<FindingView> findings(Part part) {
        return byPart.get(part);
    }

    /** The findings of a part that are not already shown on a row or a TOTAL of its tables. */
    public List<FindingView> findingsOutsideTables(Part part) {
        List<FindingView> all = new ArrayList<>(byPart.get(part));
        List<TableView> tables = part == Part.FUNDING ? funding : part == Part.COSTS ? costs : List.of();
        for (TableView table : tables) {
            all.removeAll(table.findings());
        }
        return all;
    }

    /** Whether a part has something to show: content, or findings placed in it. */
    public boolean shows(Part part) {
        if (!byPart.get(part).isEmpty()) {
            return true;
        }
        switch (part) {
            case ACTORS:
                return lead != null
                        || !partners.isEmpty()
                        || !partnerCountries.isEmpty()
                        || !partnersDescription.isEmpty();
            case THEMATICS:
                return !thematics.isEmpty();
            case RECOMMENDATIONS:
                return !families.isEmpty();
            case FIGURES:
                return !figures.isEmpty();
            case SDGS:
                return !sdgs.isEmpty() || !sdgTargets.isEmpty();
            case PROJECT:
                return !context.isEmpty() || !objectives.isEmpty() || !actors.isEmpty() || !dates.isEmpty();
            case FUNDING:
                return !funding.isEmpty();
            case COSTS:
                return !costs.isEmpty();
            case FOCUS:
                return !focus.isEmpty();
            case QUOTES:
                return !quotes.isEmpty();
            case REVIEWS:
                return !reviews.isEmpty();
            case RESOURCES:
                return !resources.isEmpty() || !contacts.isEmpty() || !photoCredits.isEmpty();
            default:
                return true;
        }
    }
}
