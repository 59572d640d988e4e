package org.terrinclus.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.terrinclus.figure.KeyFigure;
import org.terrinclus.funding.Contribution;
import org.terrinclus.funding.CostBreakdown;
import org.terrinclus.funding.CostItem;
import org.terrinclus.funding.FundingPlan;
import org.terrinclus.organisation.Organisation;
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
import org.terrinclus.thematic.Thematic;
import org.terrinclus.validation.Finding;
import org.terrinclus.validation.Severity;

/**
 * The library's own validation of a record: walks the immutable record in plain Java, applies at
 * each place the constraints the model declares there, with their group and severity, and runs
 * the same rule logic as the constraint validators ({@code check} methods on {@link Violations}).
 *
 * <p>Hibernate Validator's traversal costs most of a validation (cascading, processed-bean
 * bookkeeping), and a record is a tree with no cycle: walking it directly gives the same findings
 * at a fraction of the cost. The constraints are mirrored here as {@link Site}s; {@link #sites()}
 * lists them so that a test compares them with Hibernate Validator's metadata, and another test
 * compares the findings of both paths.
 */
public final class RecordWalker {

    private static final List<Site> SITES = new ArrayList<>();

    // ProjectRecord
    private static final Site RECORD_DUPLICATES = cls("ProjectRecord", "NoDuplicates", false, Severity.WARNING);
    private static final Site RECORD_DECLARATIONS =
            cls("ProjectRecord", "ConsistentDeclarations", false, Severity.WARNING);
    private static final Site RECORD_KEY_FIGURES =
            cls("ProjectRecord", "ConsistentKeyFigures", false, Severity.WARNING);
    private static final Site RECORD_PARTNERS = cls("ProjectRecord", "ConsistentPartners", false, Severity.WARNING);
    private static final Site RECORD_PUBLISHABLE = cls("ProjectRecord", "Publishable", true, Severity.ERROR);
    private static final Site TITLE =
            standard("ProjectRecord", "title", false, "NotBlank", Severity.ERROR, "title.missing");
    private static final Site SUMMARY =
            standard("ProjectRecord", "summary", true, "NotBlank", Severity.ERROR, "summary.missing");
    private static final Site LEAD = standard("ProjectRecord", "lead", true, "NotNull", Severity.ERROR, "lead.missing");
    private static final Site LEAD_CASCADE = cascade("ProjectRecord", "lead", true);
    private static final Site PARTNERS_CASCADE = cascade("ProjectRecord", "partners", true);
    private static final Site THEMATICS =
            standard("ProjectRecord", "thematics", false, "NotEmpty", Severity.ERROR, "thematic.missing");
    private static final Site THEMATIC_KNOWN =
            custom("ProjectRecord", "thematics", true, "KnownThematic", false, Severity.INFO);
    private static final Site FAMILIES = standard(
            "ProjectRecord",
            "recommendationFamilies",
            false,
            "NotEmpty",
            Severity.ERROR,
            "recommendation.family.missing");
    private static final Site RECOMMENDATIONS =
            standard("ProjectRecord", "recommendations", false, "NotEmpty", Severity.WARNING, "recommendation.missing");
    private static final Site RECOMMENDATIONS_CASCADE = cascade("ProjectRecord", "recommendations", true);
    private static final Site SDG_GOALS =
            standard("ProjectRecord", "sdgGoals", false, "NotEmpty", Severity.ERROR, "sdg.missing");
    private static final Site KEY_FIGURES =
            standard("ProjectRecord", "keyFigures", false, "NotEmpty", Severity.WARNING, "figure.missing");
    private static final Site KEY_FIGURES_CASCADE = cascade("ProjectRecord", "keyFigures", true);
    private static final Site FUNDING_CASCADE = cascade("ProjectRecord", "funding", true);
    private static final Site COSTS_CASCADE = cascade("ProjectRecord", "costs", true);
    private static final Site DATES_CASCADE = cascade("ProjectRecord", "dates", true);
    private static final Site NARRATIVE_CASCADE = cascade("ProjectRecord", "narrative", true);
    private static final Site RESOURCES_CASCADE = cascade("ProjectRecord", "resources", true);
    private static final Site CONTACTS =
            standard("ProjectRecord", "contacts", false, "NotEmpty", Severity.ERROR, "contact.missing");
    private static final Site CONTACTS_CASCADE = cascade("ProjectRecord", "contacts", true);
    private static final Site PHOTO_CREDIT = blank("ProjectRecord", "photoCredits", true);

    // Lead, Organisation
    private static final Site LEAD_ORGANISATION_CASCADE = cascade("Lead", "organisation", false);
    private static final Site LEAD_OPERATOR_CASCADE = cascade("Lead", "operator", true);
    private static final Site ORGANISATION_NAME = blank("Organisation", "name", false);

    // AppliedRecommendation
    private static final Site USUAL_FAMILY = cls("AppliedRecommendation", "UsualFamily", false, Severity.INFO);
    private static final Site KNOWN_RECOMMENDATION =
            custom("AppliedRecommendation", "code", false, "KnownRecommendation", false, Severity.ERROR);

    // KeyFigure
    private static final Site KEY_FIGURE_LABEL = blank("KeyFigure", "label", false);

    // FundingPlan, Contribution
    private static final Site FUNDING_TOTALS = cls("FundingPlan", "ConsistentTotals", false, Severity.ERROR);
    private static final Site FUNDING_DUPLICATES = cls("FundingPlan", "NoDuplicates", false, Severity.WARNING);
    private static final Site CONTRIBUTIONS_CASCADE = cascade("FundingPlan", "contributions", true);
    private static final Site FUNDING_TOTAL =
            standard("FundingPlan", "declaredTotal", true, "NotNull", Severity.WARNING, "funding.total.missing");
    private static final Site FUNDER_CASCADE = cascade("Contribution", "funder", true);

    // CostBreakdown, CostItem
    private static final Site COSTS_TOTALS = cls("CostBreakdown", "ConsistentTotals", false, Severity.ERROR);
    private static final Site ITEMS_CASCADE = cascade("CostBreakdown", "items", true);
    private static final Site COSTS_TOTAL =
            standard("CostBreakdown", "declaredTotal", true, "NotNull", Severity.WARNING, "costs.total.missing");
    private static final Site COST_CATEGORY = blank("CostItem", "category", false);

    // ProjectDates
    private static final Site ORDERED_DATES = cls("ProjectDates", "OrderedDates", false, Severity.ERROR);
    private static final Site CONSISTENT_DURATION = cls("ProjectDates", "ConsistentDuration", false, Severity.WARNING);

    // Narrative and its parts
    private static final Site OBJECTIVE = blank("Narrative", "objectives", true);
    private static final Site FOCUS_CASCADE = cascade("Narrative", "focusSections", true);
    private static final Site QUOTES_CASCADE = cascade("Narrative", "quotes", true);
    private static final Site REVIEWS_CASCADE = cascade("Narrative", "reviews", true);
    private static final Site FOCUS_TITLE = blank("FocusSection", "title", false);
    private static final Site FOCUS_TEXT = blank("FocusSection", "text", false);
    private static final Site QUOTE_TEXT = blank("Quote", "text", false);
    private static final Site REVIEW_TEXT = blank("Review", "text", false);

    // Resource, Contact
    private static final Site RESOURCE_LABEL = blank("Resource", "label", false);
    private static final Site RESOURCE_URL = custom("Resource", "url", true, "WebAddress", false, Severity.ERROR);
    private static final Site CONTACT_EMAIL = custom("Contact", "email", true, "EmailAddress", false, Severity.ERROR);

    private final List<Finding> findings = new ArrayList<>();
    private final boolean publication;

    private RecordWalker(boolean publication) {
        this.publication = publication;
    }

    /**
     * Validates a record.
     *
     * @param record the record
     * @param publication true to apply the publication rules too (group {@code PublicationRules}),
     *     false for the draft rules only (group {@code Default})
     * @return the findings, in no particular order
     */
    public static List<Finding> validate(ProjectRecord record, boolean publication) {
        RecordWalker walker = new RecordWalker(publication);
        walker.record(record);
        return walker.findings;
    }

    /**
     * Describes every constraint and cascade the walker applies, one line each, in the form a test
     * builds from Hibernate Validator's metadata: {@code ProjectRecord.summary<element> @NotBlank
     * PublicationRules error {terrinclus.summary.missing}}.
     *
     * @return the descriptions, unmodifiable
     */
    public static List<String> sites() {
        List<String> lines = new ArrayList<>();
        SITES.forEach(site -> lines.add(site.toString()));
        return List.copyOf(lines);
    }

    private void record(ProjectRecord record) {
        RecordDuplicatesValidator.check(record, report(RECORD_DUPLICATES, ""));
        DeclarationsValidator.check(record, report(RECORD_DECLARATIONS, ""));
        TotalCostFigureValidator.check(record, report(RECORD_KEY_FIGURES, ""));
        PartnersValidator.check(record, report(RECORD_PARTNERS, ""));
        if (publication) {
            PublishableValidator.check(record, report(RECORD_PUBLISHABLE, ""));
            if (isBlank(record.getTitle())) {
                fail(TITLE, "/title");
            }
            Optional<String> summary = record.getSummary();
            if (summary.isEmpty() || isBlank(summary.get())) {
                fail(SUMMARY, "/summary");
            }
            if (record.getLead().isEmpty()) {
                fail(LEAD, "/lead");
            }
            notEmpty(THEMATICS, record.getThematics(), "/thematics");
            notEmpty(FAMILIES, record.getRecommendationFamilies(), "/recommendationFamilies");
            notEmpty(RECOMMENDATIONS, record.getRecommendations(), "/recommendations");
            notEmpty(SDG_GOALS, record.getSdgGoals(), "/sdgGoals");
            notEmpty(KEY_FIGURES, record.getKeyFigures(), "/keyFigures");
            notEmpty(CONTACTS, record.getContacts(), "/contacts");
        }
        if (record.getLead().isPresent()) {
            cascaded(LEAD_CASCADE);
            lead(record.getLead().get(), "/lead");
        }
        cascaded(PARTNERS_CASCADE);
        List<Organisation> partners = record.getPartners();
        for (int i = 0; i < partners.size(); i++) {
            if (RepeatedBeans.skip(partners, i)) {
                continue;
            }
            organisation(partners.get(i), "/partners/" + i);
        }
        List<Thematic> thematics = record.getThematics();
        for (int i = 0; i < thematics.size(); i++) {
            KnownThematicValidator.check(thematics.get(i), report(THEMATIC_KNOWN, "/thematics/" + i));
        }
        cascaded(RECOMMENDATIONS_CASCADE);
        List<AppliedRecommendation> recommendations = record.getRecommendations();
        for (int i = 0; i < recommendations.size(); i++) {
            if (RepeatedBeans.skip(recommendations, i)) {
                continue;
            }
            recommendation(recommendations.get(i), "/recommendations/" + i);
        }
        cascaded(KEY_FIGURES_CASCADE);
        List<KeyFigure> figures = record.getKeyFigures();
        for (int i = 0; i < figures.size(); i++) {
            if (RepeatedBeans.skip(figures, i)) {
                continue;
            }
            blank(KEY_FIGURE_LABEL, figures.get(i).getLabel(), "/keyFigures/" + i + "/label");
        }
        cascaded(FUNDING_CASCADE);
        List<FundingPlan> funding = record.getFunding();
        for (int i = 0; i < funding.size(); i++) {
            if (RepeatedBeans.skip(funding, i)) {
                continue;
            }
            fundingPlan(funding.get(i), "/funding/" + i);
        }
        cascaded(COSTS_CASCADE);
        List<CostBreakdown> costs = record.getCosts();
        for (int i = 0; i < costs.size(); i++) {
            if (RepeatedBeans.skip(costs, i)) {
                continue;
            }
            costBreakdown(costs.get(i), "/costs/" + i);
        }
        if (record.getDates().isPresent()) {
            cascaded(DATES_CASCADE);
            ProjectDates dates = record.getDates().get();
            OrderedDatesValidator.check(dates, report(ORDERED_DATES, "/dates"));
            ConsistentDurationValidator.check(dates, report(CONSISTENT_DURATION, "/dates"));
        }
        if (record.getNarrative().isPresent()) {
            cascaded(NARRATIVE_CASCADE);
            narrative(record.getNarrative().get(), "/narrative");
        }
        cascaded(RESOURCES_CASCADE);
        List<Resource> resources = record.getResources();
        for (int i = 0; i < resources.size(); i++) {
            if (RepeatedBeans.skip(resources, i)) {
                continue;
            }
            Resource resource = resources.get(i);
            String path = "/resources/" + i;
            blank(RESOURCE_LABEL, resource.getLabel(), path + "/label");
            if (resource.getUrl().isPresent()) {
                WebAddressValidator.check(resource.getUrl().get(), report(RESOURCE_URL, path + "/url"));
            }
        }
        cascaded(CONTACTS_CASCADE);
        List<Contact> contacts = record.getContacts();
        for (int i = 0; i < contacts.size(); i++) {
            if (RepeatedBeans.skip(contacts, i)) {
                continue;
            }
            Optional<String> email = contacts.get(i).getEmail();
            if (email.isPresent()) {
                EmailAddressValidator.check(email.get(), report(CONTACT_EMAIL, "/contacts/" + i + "/email"));
            }
        }
        List<String> credits = record.getPhotoCredits();
        for (int i = 0; i < credits.size(); i++) {
            blank(PHOTO_CREDIT, credits.get(i), "/photoCredits/" + i);
        }
    }

    private void lead(Lead lead, String path) {
        cascaded(LEAD_ORGANISATION_CASCADE);
        organisation(lead.getOrganisation(), path + "/organisation");
        if (lead.getOperator().isPresent()) {
            cascaded(LEAD_OPERATOR_CASCADE);
            organisation(lead.getOperator().get(), path + "/operator");
        }
    }

    private void organisation(Organisation organisation, String path) {
        blank(ORGANISATION_NAME, organisation.getName(), path + "/name");
    }

    private void recommendation(AppliedRecommendation applied, String path) {
        UsualFamilyValidator.check(applied, report(USUAL_FAMILY, path));
        KnownRecommendationValidator.check(applied.getCode(), report(KNOWN_RECOMMENDATION, path + "/code"));
    }

    private void fundingPlan(FundingPlan plan, String path) {
        FundingPlanTotalsValidator.check(plan, report(FUNDING_TOTALS, path));
        FundingPlanDuplicatesValidator.check(plan, report(FUNDING_DUPLICATES, path));
        cascaded(CONTRIBUTIONS_CASCADE);
        List<Contribution> rows = plan.getContributions();
        for (int i = 0; i < rows.size(); i++) {
            if (RepeatedBeans.skip(rows, i)) {
                continue;
            }
            Optional<Organisation> funder = rows.get(i).getFunder();
            if (funder.isPresent()) {
                cascaded(FUNDER_CASCADE);
                organisation(funder.get(), path + "/contributions/" + i + "/funder");
            }
        }
        if (publication && plan.getDeclaredTotal().isEmpty()) {
            fail(FUNDING_TOTAL, path + "/declaredTotal");
        }
    }

    private void costBreakdown(CostBreakdown table, String path) {
        CostBreakdownTotalsValidator.check(table, report(COSTS_TOTALS, path));
        cascaded(ITEMS_CASCADE);
        List<CostItem> items = table.getItems();
        for (int i = 0; i < items.size(); i++) {
            if (RepeatedBeans.skip(items, i)) {
                continue;
            }
            blank(COST_CATEGORY, items.get(i).getCategory(), path + "/items/" + i + "/category");
        }
        if (publication && table.getDeclaredTotal().isEmpty()) {
            fail(COSTS_TOTAL, path + "/declaredTotal");
        }
    }

    private void narrative(Narrative narrative, String path) {
        List<String> objectives = narrative.getObjectives();
        for (int i = 0; i < objectives.size(); i++) {
            blank(OBJECTIVE, objectives.get(i), path + "/objectives/" + i);
        }
        cascaded(FOCUS_CASCADE);
        List<FocusSection> sections = narrative.getFocusSections();
        for (int i = 0; i < sections.size(); i++) {
            if (RepeatedBeans.skip(sections, i)) {
                continue;
            }
            String at = path + "/focusSections/" + i;
            blank(FOCUS_TITLE, sections.get(i).getTitle(), at + "/title");
            blank(FOCUS_TEXT, sections.get(i).getText(), at + "/text");
        }
        cascaded(QUOTES_CASCADE);
        List<Quote> quotes = narrative.getQuotes();
        for (int i = 0; i < quotes.size(); i++) {
            if (RepeatedBeans.skip(quotes, i)) {
                continue;
            }
            blank(QUOTE_TEXT, quotes.get(i).getText(), path + "/quotes/" + i + "/text");
        }
        cascaded(REVIEWS_CASCADE);
        List<Review> reviews = narrative.getReviews();
        for (int i = 0; i < reviews.size(); i++) {
            if (RepeatedBeans.skip(reviews, i)) {
                continue;
            }
            blank(REVIEW_TEXT, reviews.get(i).getText(), path + "/reviews/" + i + "/text");
        }
    }

    /** The reporter of a class-level or custom constraint applied at {@code path}. */
    private Violations report(Site site, String path) {
        return new DirectViolations(findings, path, site.severity);
    }

    /** {@code @NotBlank(message = "{terrinclus.text.blank}")}, a draft rule. */
    private void blank(Site site, String value, String path) {
        if (isBlank(value)) {
            fail(site, path);
        }
    }

    /** {@code @NotEmpty}, a publication rule here; the caller checks the profile. */
    private void notEmpty(Site site, List<?> list, String path) {
        if (list.isEmpty()) {
            fail(site, path);
        }
    }

    /** A standard constraint failed: its message is its rule's. */
    private void fail(Site site, String path) {
        new DirectViolations(findings, path, site.severity).here(site.rule);
    }

    /** Marks a cascade as walked; nothing to do at run time, the sites list is what matters. */
    private static void cascaded(Site site) {
        // The walk itself follows the cascade; the constant ties this place to its Site.
    }

    private static boolean isBlank(String value) {
        return NotBlank.fails(value);
    }

    private static Site cls(String type, String constraint, boolean publication, Severity severity) {
        return add(new Site(type, null, false, constraint, publication, severity, null));
    }

    private static Site custom(
            String type, String property, boolean element, String constraint, boolean publication, Severity severity) {
        return add(new Site(type, property, element, constraint, publication, severity, null));
    }

    private static Site standard(
            String type, String property, boolean element, String constraint, Severity severity, String rule) {
        return add(new Site(type, property, element, constraint, true, severity, rule));
    }

    private static Site blank(String type, String property, boolean element) {
        return add(new Site(type, property, element, "NotBlank", false, Severity.ERROR, "text.blank"));
    }

    private static Site cascade(String type, String property, boolean element) {
        return add(new Site(type, property, element, "Valid", false, null, null));
    }

    private static Site add(Site site) {
        SITES.add(site);
        return site;
    }

    /**
     * A constraint (or a cascade, {@code @Valid}) the model declares on a type, a getter, or the
     * element of a getter's list or optional: its group, severity and, for a standard constraint,
     * its rule.
     */
    static final class Site {
        final String type;
        final String property;
        final boolean element;
        final String constraint;
        final boolean publication;
        final Severity severity;
        final String rule;

        Site(
                String type,
                String property,
                boolean element,
                String constraint,
                boolean publication,
                Severity severity,
                String rule) {
            this.type = type;
            this.property = property;
            this.element = element;
            this.constraint = constraint;
            this.publication = publication;
            this.severity = severity;
            this.rule = rule;
        }

        @Override
        public String toString() {
            String place = type + "." + (property == null ? "<class>" : property) + (element ? "<element>" : "");
            if (severity == null) {
                return place + " @Valid";
            }
            return place + " @" + constraint + " " + (publication ? "PublicationRules" : "Default") + " "
                    + severity.getCode() + (rule == null ? "" : " " + Violations.template(rule));
        }
    }
}
