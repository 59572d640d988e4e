package org.terrinclus.recommendation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.terrinclus.core.internal.WordingIndex;

/**
 * The catalogue of the recommendations the guide's sheets cite, and a tolerant lookup from their
 * printed wordings.
 *
 * <p>A wording is matched in three steps, each tried only if the previous one found nothing:
 *
 * <ol>
 *   <li>its normalised form (lower case, no accents, no quotes or punctuation, single spaces)
 *       equals that of a label (French or English) or of a printed variant;
 *   <li>it contains, or is contained in, a known wording, and only one recommendation fits; the
 *       shorter of the two must have at least three words and half the words of the longer, so
 *       that a generic phrase ("Mettre en place") does not match;
 *   <li>its words overlap those of a known wording with a Jaccard index of at least 0.6, and a
 *       single recommendation has the best overlap.
 * </ol>
 */
public final class RecommendationCatalogue {

    private static final WordingIndex<Recommendation> WORDINGS = wordings();

    private RecommendationCatalogue() {}

    /**
     * Returns every recommendation of the catalogue, in catalogue order (by home family, then code).
     *
     * @return an unmodifiable list of the 29 recommendations
     */
    public static List<Recommendation> all() {
        return List.of(Recommendation.values());
    }

    /**
     * Looks up a recommendation by its catalogue code.
     *
     * @param code the code, such as "R1"
     * @return the recommendation, or empty if the catalogue has no such code
     */
    public static Optional<Recommendation> byCode(String code) {
        return Recommendation.byCode(code);
    }

    /**
     * Finds the recommendation a wording designates, as printed in a sheet and however it is
     * spelt.
     *
     * <p>A compound item that the catalogue files under two recommendations ("…, supposant de penser
     * en termes « d'enjeux partagés »") yields the first in catalogue order, which is the one it
     * starts with; {@link #matchAll(String)} yields both.
     *
     * @param wording the wording as printed
     * @return the recommendation, or empty if the wording designates none, or not a single one
     */
    public static Optional<Recommendation> match(String wording) {
        return WORDINGS.match(wording);
    }

    /**
     * Finds every recommendation a wording designates: two for a compound item, otherwise what
     * {@link #match(String)} finds.
     *
     * @param wording the wording as printed
     * @return the recommendations in catalogue order; empty if none fits
     */
    public static List<Recommendation> matchAll(String wording) {
        return WORDINGS.matchAll(wording);
    }

    private static WordingIndex<Recommendation> wordings() {
        WordingIndex.Builder<Recommendation> builder = WordingIndex.builder();
        for (Recommendation recommendation : Recommendation.values()) {
            List<String> wordings = new ArrayList<>(recommendation.getVariants());
            wordings.add(recommendation.getLabel(Locale.FRENCH));
            wordings.add(recommendation.getLabel(Locale.ENGLISH));
            builder.add(recommendation, wordings);
        }
        return builder.build();
    }
}
