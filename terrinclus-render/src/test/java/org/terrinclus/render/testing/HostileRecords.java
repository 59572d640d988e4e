package org.terrinclus.render.testing;

import java.math.BigDecimal;
import java.util.List;
import org.terrinclus.country.Country;
import org.terrinclus.figure.FigureKind;
import org.terrinclus.figure.KeyFigure;
import org.terrinclus.funding.Contribution;
import org.terrinclus.funding.CostBreakdown;
import org.terrinclus.funding.CostItem;
import org.terrinclus.funding.FundingPlan;
import org.terrinclus.funding.Money;
import org.terrinclus.organisation.Organisation;
import org.terrinclus.organisation.OrganisationKind;
import org.terrinclus.project.Contact;
import org.terrinclus.project.FocusSection;
import org.terrinclus.project.Lead;
import org.terrinclus.project.Narrative;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.project.Quote;
import org.terrinclus.project.Resource;
import org.terrinclus.project.Review;
import org.terrinclus.recommendation.AppliedRecommendation;
import org.terrinclus.recommendation.RecommendationFamily;
import org.terrinclus.sdg.SdgGoal;

/**
 * A record with markup, script, event handlers, {@code javascript:} links and CSS tricks in every
 * text field: rendered, all of it must stay text. A script that runs sets {@code window.__pwned}.
 */
public final class HostileRecords {

    /** Texts that would do something if they were not escaped; the first is the title. */
    public static final List<String> PAYLOADS = List.of(
            "<script>window.__pwned=1</script>Titre",
            "\"><img src=x onerror=\"window.__pwned=1\">",
            "'><svg onload='window.__pwned=1'>",
            "</style><style>body{display:none}</style>",
            "<style>*{background:url(javascript:window.__pwned=1)}</style>",
            "</textarea></title><script>window.__pwned=1</script>",
            "<a href=\"javascript:window.__pwned=1\">clic</a>",
            "${7*7} {{7*7}} <%= 7*7 %> @{x} &amp; &#60;b&#62; ]]> <!-- -->",
            "<iframe src=\"https://example.org\"></iframe><link rel=stylesheet href=https://example.org/x.css>",
            "<meta http-equiv=\"refresh\" content=\"0;url=https://example.org\">");

    /** The addresses that must not become links. */
    public static final List<String> BAD_ADDRESSES = List.of(
            "javascript:window.__pwned=1",
            "JaVaScRiPt:window.__pwned=1",
            "java\tscript:window.__pwned=1",
            "data:text/html,<script>window.__pwned=1</script>",
            "vbscript:msgbox(1)",
            "//example.org/relative",
            "https://example.org/\"><script>window.__pwned=1</script>");

    private HostileRecords() {}

    private static String p(int i) {
        return PAYLOADS.get(i % PAYLOADS.size());
    }

    /** The hostile record. */
    public static ProjectRecord record() {
        Organisation lead = Organisation.builder()
                .name(p(1))
                .kind(OrganisationKind.DEPARTEMENT)
                .localDesignation(p(2))
                .country(Country.FRANCE)
                .build();
        Organisation partner = Organisation.builder()
                .name(p(3))
                .kind(OrganisationKind.FOREIGN_LOCAL_AUTHORITY)
                .country(Country.of("SN"))
                .build();
        ProjectRecord.Builder builder = ProjectRecord.builder()
                .id("hostile")
                .title(p(0))
                .summary(p(4))
                .lead(Lead.builder().organisation(lead).operator(partner).build())
                .addPartners(partner)
                .partnersDescription(p(5))
                .addRecommendationFamilies(RecommendationFamily.TIMING)
                .addRecommendations(AppliedRecommendation.builder()
                        .family(RecommendationFamily.TIMING)
                        .code("T1")
                        .wording(p(6))
                        .build())
                .addSdgGoals(SdgGoal.AFFORDABLE_AND_CLEAN_ENERGY, SdgGoal.CLEAN_WATER_AND_SANITATION)
                .addKeyFigures(KeyFigure.builder()
                        .kind(FigureKind.COUNT)
                        .value(BigDecimal.TEN)
                        .unit(p(7))
                        .label(p(8))
                        .build())
                .addFunding(FundingPlan.builder()
                        .label(p(9))
                        .addContributions(Contribution.builder()
                                .from(Contribution.of(partner, Money.eur(100)))
                                .note(p(0))
                                .build())
                        .addContributions(Contribution.notEvaluable(lead))
                        .declaredTotal(Money.eur(200))
                        .build())
                .addCosts(CostBreakdown.builder()
                        .label(p(1))
                        .addItems(CostItem.of(p(2), Money.eur(50)))
                        .declaredTotal(Money.eur(50))
                        .build())
                .narrative(Narrative.builder()
                        .context(p(3))
                        .addObjectives(p(4), p(5))
                        .actors(p(6))
                        .addFocusSections(FocusSection.of(p(7), p(8)))
                        .addQuotes(Quote.builder()
                                .text(p(9))
                                .author(p(0))
                                .role(p(1))
                                .organisation(p(2))
                                .build())
                        .addReviews(Review.builder().title(p(3)).text(p(4)).build())
                        .build())
                .addContacts(Contact.builder()
                        .name(p(5))
                        .role(p(6))
                        .organisation(p(7))
                        .email("\"><script>window.__pwned=1</script>@example.org")
                        .build())
                .addContacts(Contact.builder()
                        .name("Ok")
                        .email("x@example.org?subject=<script>")
                        .build())
                .addPhotoCredits(p(8));
        for (int i = 0; i < BAD_ADDRESSES.size(); i++) {
            builder.addResources(Resource.of(p(i), BAD_ADDRESSES.get(i)));
        }
        builder.addResources(Resource.of("Bonne adresse", "https://example.org/fiche?a=1&b=2"));
        return builder.build();
    }
}
