package org.terrinclus.project;

import org.immutables.value.Value;
import org.terrinclus.core.Extensible;
import org.terrinclus.core.internal.Writable;

/** A section of the FOCUS SUR… part: one aspect of the pilot's approach. */
@Value.Immutable
public interface FocusSection extends Extensible {

    /** The section's heading. */
    String getTitle();

    /** The section's text. */
    String getText();

    /** A section with its heading and text. */
    static FocusSection of(String title, String text) {
        return builder().title(title).text(text).build();
    }

    /** Invariant, checked at construction: no lone surrogate in any text, no unknown field that could not be written back. */
    @Value.Check
    default void checkWritable() {
        Writable.text("title", getTitle());
        Writable.text("text", getText());
        Writable.unknownFields(FocusSection.class, getUnknownFields());
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link FocusSection}; title and text are required. */
    final class Builder extends ImmutableFocusSection.Builder {
        Builder() {}
    }
}
