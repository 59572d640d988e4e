package org.terrinclus.validation.internal;

import org.terrinclus.figure.KeyFigure;
import org.terrinclus.funding.CostBreakdown;
import org.terrinclus.funding.CostItem;
import org.terrinclus.funding.FundingPlan;
import org.terrinclus.organisation.Organisation;
import org.terrinclus.project.Contact;
import org.terrinclus.project.FocusSection;
import org.terrinclus.project.Narrative;
import org.terrinclus.project.ProjectDates;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.project.Quote;
import org.terrinclus.project.Resource;
import org.terrinclus.project.Review;
import org.terrinclus.recommendation.AppliedRecommendation;
import org.terrinclus.thematic.Thematic;

/**
 * A part of a record a rule looks at, with the type of its value. {@link Engine} visits every
 * occurrence of each part (an organisation is a partner, the lead, its operator or a funder) and
 * runs there the checks the catalogue binds to it.
 *
 * @param <T> the type of the part's value
 */
public final class Part<T> {

    /** The whole record, at {@code ""}. */
    public static final Part<ProjectRecord> RECORD = new Part<>(0, "record");
    /** An organisation: {@code /partners/i}, {@code /lead/organisation}, {@code /lead/operator}, a funder. */
    public static final Part<Organisation> ORGANISATION = new Part<>(1, "organisation");
    /** A thematic, {@code /thematics/i}. */
    public static final Part<Thematic> THEMATIC = new Part<>(2, "thematic");
    /** An applied recommendation, {@code /recommendations/i}. */
    public static final Part<AppliedRecommendation> RECOMMENDATION = new Part<>(3, "recommendation");
    /** A key figure, {@code /keyFigures/i}. */
    public static final Part<KeyFigure> KEY_FIGURE = new Part<>(4, "key figure");
    /** A funding table, {@code /funding/i}. */
    public static final Part<FundingPlan> FUNDING_TABLE = new Part<>(5, "funding table");
    /** A cost table, {@code /costs/i}. */
    public static final Part<CostBreakdown> COST_TABLE = new Part<>(6, "cost table");
    /** A row of a cost table, {@code /costs/i/items/j}. */
    public static final Part<CostItem> COST_ITEM = new Part<>(7, "cost item");
    /** The dates, {@code /dates}. */
    public static final Part<ProjectDates> DATES = new Part<>(8, "dates");
    /** The narrative, {@code /narrative}. */
    public static final Part<Narrative> NARRATIVE = new Part<>(9, "narrative");
    /** An objective, {@code /narrative/objectives/i}. */
    public static final Part<String> OBJECTIVE = new Part<>(10, "objective");
    /** A focus section, {@code /narrative/focusSections/i}. */
    public static final Part<FocusSection> FOCUS_SECTION = new Part<>(11, "focus section");
    /** A quote, {@code /narrative/quotes/i}. */
    public static final Part<Quote> QUOTE = new Part<>(12, "quote");
    /** A review, {@code /narrative/reviews/i}. */
    public static final Part<Review> REVIEW = new Part<>(13, "review");
    /** A resource, {@code /resources/i}. */
    public static final Part<Resource> RESOURCE = new Part<>(14, "resource");
    /** A contact, {@code /contacts/i}. */
    public static final Part<Contact> CONTACT = new Part<>(15, "contact");
    /** A photo credit, {@code /photoCredits/i}. */
    public static final Part<String> PHOTO_CREDIT = new Part<>(16, "photo credit");

    static final int COUNT = 17;

    final int index;
    private final String name;

    private Part(int index, String name) {
        this.index = index;
        this.name = name;
    }

    /** The part's name, as "funding table". */
    @Override
    public String toString() {
        return name;
    }
}
