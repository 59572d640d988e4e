package org.terrinclus.project;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.terrinclus.core.Extensible;
import org.terrinclus.core.internal.Writable;

/**
 * The prose of a record: genesis and context, objectives, actors (LE PROJET), the focus
 * sections, stakeholder quotes and the committee's reviews.
 */
@Value.Immutable
public interface Narrative extends Extensible {

    /** Genesis and context (GENÈSE ET CONTEXTE). */
    Optional<String> getContext();

    /** The objectives (LES OBJECTIFS), one per item. */
    List<String> getObjectives();

    /** Who does what (LES ACTEURS). */
    Optional<String> getActors();

    /** The pilot's own approach (FOCUS SUR…), section by section. */
    List<FocusSection> getFocusSections();

    /** Stakeholder quotes (PAROLES D'ACTEURS). */
    List<Quote> getQuotes();

    /** The committee's reviews (REGARD DES PARTENAIRES DE TERRINCLUS). */
    List<Review> getReviews();

    /** Invariant, checked at construction: no lone surrogate in any text, no unknown field that could not be written back. */
    @Value.Check
    default void checkWritable() {
        Writable.text("context", getContext());
        Writable.texts("objectives", getObjectives());
        Writable.text("actors", getActors());
        Writable.unknownFields(Narrative.class, getUnknownFields());
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Narrative}; every part is optional. */
    final class Builder extends ImmutableNarrative.Builder {
        Builder() {}
    }
}
