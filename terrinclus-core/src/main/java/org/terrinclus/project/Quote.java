package org.terrinclus.project;

import java.util.Optional;
import org.immutables.value.Value;
import org.terrinclus.core.Extensible;
import org.terrinclus.core.internal.Writable;

/** A stakeholder's words (PAROLES D'ACTEURS), with who said them. */
@Value.Immutable
public interface Quote extends Extensible {

    /** What was said. */
    String getText();

    /** The speaker's name, when the record may hold it. */
    Optional<String> getAuthor();

    /** The speaker's role, as "vice-présidente". */
    Optional<String> getRole();

    /** The speaker's organisation. */
    Optional<String> getOrganisation();

    /** Invariant, checked at construction: no lone surrogate in any text, no unknown field that could not be written back. */
    @Value.Check
    default void checkWritable() {
        Writable.text("text", getText());
        Writable.text("author", getAuthor());
        Writable.text("role", getRole());
        Writable.text("organisation", getOrganisation());
        Writable.unknownFields(Quote.class, getUnknownFields());
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Quote}; the text is required. */
    final class Builder extends ImmutableQuote.Builder {
        Builder() {}
    }
}
