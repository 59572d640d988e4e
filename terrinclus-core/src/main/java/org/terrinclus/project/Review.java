package org.terrinclus.project;

import java.util.Optional;
import org.immutables.value.Value;
import org.terrinclus.core.Extensible;
import org.terrinclus.core.internal.Writable;

/**
 * The committee's review of the project (REGARD DES PARTENAIRES DE TERRINCLUS): findings,
 * questions and ways forward.
 */
@Value.Immutable
public interface Review extends Extensible {

    /** The review's heading, when it has one. */
    Optional<String> getTitle();

    /** The review's text. */
    String getText();

    /** Invariant, checked at construction: no lone surrogate in any text, no unknown field that could not be written back. */
    @Value.Check
    default void checkWritable() {
        Writable.text("title", getTitle());
        Writable.text("text", getText());
        Writable.unknownFields(Review.class, getUnknownFields());
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Review}; the text is required. */
    final class Builder extends ImmutableReview.Builder {
        Builder() {}
    }
}
