package org.terrinclus.recommendation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.terrinclus.core.Labelled;
import org.terrinclus.core.internal.Codes;
import org.terrinclus.core.internal.WordingIndex;
import org.terrinclus.core.internal.Wordings;

/**
 * One of the six families that group the recommendations, in the guide's order.
 *
 * <p>Sheets show the families a pilot applies as badges in their header, and list the specific
 * recommendations under each family heading.
 */
public enum RecommendationFamily implements Labelled {
    /** Family 1: why and how the project comes about. */
    EMERGENCE_AND_PURPOSE("emergence-and-purpose", "Émergence du projet et finalités", "Project emergence and purpose"),
    /** Family 2: understanding the territories before acting, and writing the project down. */
    DIAGNOSIS_AND_FORMALISATION(
            "diagnosis-and-formalisation", "Diagnostic et formalisation", "Diagnosis and formalisation"),
    /** Family 3: who takes part, and how. */
    PARTNERSHIP_AND_PARTICIPATION(
            "partnership-and-participation", "Partenariat et participation", "Partnership and participation"),
    /** Family 4: the project over time. */
    TIMING("timing", "Temporalité", "Timing"),
    /** Family 5: stakes shared between the territories, and benefits both ways. */
    SHARED_STAKES_AND_RECIPROCITY(
            "shared-stakes-and-reciprocity", "Partage des enjeux et réciprocité", "Shared stakes and reciprocity"),
    /** Family 6: following the project, judging it, and reporting back. */
    MONITORING_EVALUATION_AND_REPORTING(
            "monitoring-evaluation-and-reporting",
            "Suivi, évaluation et restitution",
            "Monitoring, evaluation and reporting");

    private final String code;
    private final String labelFr;
    private final String labelEn;

    RecommendationFamily(String code, String labelFr, String labelEn) {
        this.code = code;
        this.labelFr = labelFr;
        this.labelEn = labelEn;
    }

    /**
     * Returns the family with the given stable code.
     *
     * @param code the code, such as "timing"
     * @return the family
     * @throws IllegalArgumentException if no family has that code; the message lists the codes
     */
    public static RecommendationFamily fromCode(String code) {
        return Codes.fromCode(RecommendationFamily.class, code, RecommendationFamily::getCode, "recommendation family");
    }

    /**
     * Reads a family as printed in a sheet ("DIAGNOSTIC ET\nFORMALISATION", "Emergence du projet et
     * finalités"), tolerant of case, accents, punctuation and small wording differences.
     *
     * <p>French and English labels and codes are recognised; see the package's tolerant lookup for
     * how near wordings are accepted.
     *
     * @param printed the family as printed
     * @return the family, or empty if the text designates none, or not a single one
     */
    public static Optional<RecommendationFamily> match(String printed) {
        return Index.WORDINGS.match(printed);
    }

    /**
     * Returns the family's stable code, used in records and JSON.
     *
     * @return a lower-case, hyphenated code such as "shared-stakes-and-reciprocity"
     */
    public String getCode() {
        return code;
    }

    /**
     * Returns the family's number in the guide.
     *
     * @return 1 to 6
     */
    public int getNumber() {
        return ordinal() + 1;
    }

    /**
     * Returns the family's heading, such as "Temporalité" or "Timing".
     *
     * @param locale the reader's locale; French if its language is {@code "fr"}, English otherwise
     * @return the label
     */
    @Override
    public String getLabel(Locale locale) {
        return Wordings.choose(locale, labelFr, labelEn);
    }

    /**
     * Returns the catalogue's recommendations whose home family this is, in catalogue order.
     *
     * @return an unmodifiable list; empty for {@link #EMERGENCE_AND_PURPOSE}, under which no sheet
     *     files anything
     */
    public List<Recommendation> getRecommendations() {
        return Index.MEMBERS.get(this);
    }

    // Built on first use: Recommendation refers to the families, so they cannot refer back eagerly.
    private static final class Index {
        static final WordingIndex<RecommendationFamily> WORDINGS = wordings();
        static final Map<RecommendationFamily, List<Recommendation>> MEMBERS = members();

        private static WordingIndex<RecommendationFamily> wordings() {
            WordingIndex.Builder<RecommendationFamily> builder = WordingIndex.builder();
            for (RecommendationFamily family : values()) {
                builder.add(family, family.labelFr, family.labelEn, family.code);
            }
            return builder.build();
        }

        private static Map<RecommendationFamily, List<Recommendation>> members() {
            Map<RecommendationFamily, List<Recommendation>> members = new EnumMap<>(RecommendationFamily.class);
            for (RecommendationFamily family : values()) {
                List<Recommendation> ofFamily = new ArrayList<>();
                for (Recommendation recommendation : Recommendation.values()) {
                    if (recommendation.getHomeFamily() == family) {
                        ofFamily.add(recommendation);
                    }
                }
                members.put(family, List.copyOf(ofFamily));
            }
            return members;
        }
    }
}
