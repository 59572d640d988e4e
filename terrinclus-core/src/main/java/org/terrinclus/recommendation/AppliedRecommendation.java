package org.terrinclus.recommendation;

import java.util.Optional;
import org.immutables.value.Value;
import org.terrinclus.core.Extensible;
import org.terrinclus.core.TerrinclusStyle;
import org.terrinclus.core.internal.Writable;

/**
 * A recommendation as a record applies it: the catalogue code, the family the sheet files it
 * under (not always its home family), and the wording the sheet prints.
 *
 * <p>The code is kept as given, so that a record citing a recommendation this version does not
 * know can still be read; validation reports it ({@code recommendation.unknown}).
 */
@Value.Immutable
@TerrinclusStyle
public interface AppliedRecommendation extends Extensible {

    /** The family the record files it under. */
    RecommendationFamily getFamily();

    /** The catalogue code, as {@code R1}. */
    String getCode();

    /** The wording as the record prints it. */
    Optional<String> getWording();

    /** The catalogue entry for the code, if the catalogue knows it. */
    default Optional<Recommendation> getRecommendation() {
        return Recommendation.byCode(getCode());
    }

    /** Invariant, checked at construction: no lone surrogate in any text, no unknown field that could not be written back. */
    @Value.Check
    default void checkWritable() {
        Writable.text("code", getCode());
        Writable.text("wording", getWording());
        Writable.unknownFields(AppliedRecommendation.class, getUnknownFields());
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** A recommendation filed under its home family. */
    static AppliedRecommendation of(Recommendation recommendation) {
        return of(recommendation.getHomeFamily(), recommendation);
    }

    /** A recommendation filed under the given family. */
    static AppliedRecommendation of(RecommendationFamily family, Recommendation recommendation) {
        return builder().family(family).code(recommendation.getCode()).build();
    }

    /** Builds an {@link AppliedRecommendation}; family and code are required. */
    final class Builder extends ImmutableAppliedRecommendation.Builder {
        Builder() {}
    }
}
