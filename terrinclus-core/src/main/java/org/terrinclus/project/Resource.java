package org.terrinclus.project;

import java.util.Optional;
import org.immutables.value.Value;
import org.terrinclus.core.Extensible;
import org.terrinclus.core.internal.Writable;

/** A resource about the project (Ressources): a document or page, and its address if known. */
@Value.Immutable
public interface Resource extends Extensible {

    /** What the resource is. */
    String getLabel();

    /** Where to find it: an absolute http(s) URL. */
    Optional<String> getUrl();

    /** A resource at the given address. */
    static Resource of(String label, String url) {
        return builder().label(label).url(url).build();
    }

    /** Invariant, checked at construction: no lone surrogate in any text, no unknown field that could not be written back. */
    @Value.Check
    default void checkWritable() {
        Writable.text("label", getLabel());
        Writable.text("url", getUrl());
        Writable.unknownFields(Resource.class, getUnknownFields());
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Resource}; the label is required. */
    final class Builder extends ImmutableResource.Builder {
        Builder() {}
    }
}
