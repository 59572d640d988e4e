package org.terrinclus.project;

import java.util.Optional;
import org.immutables.value.Value;
import org.terrinclus.core.Extensible;
import org.terrinclus.core.internal.Writable;

/** Someone to contact about the project, by role and organisation. */
@Value.Immutable
public interface Contact extends Extensible {

    /** The person's name, when the record may hold it. */
    Optional<String> getName();

    /** The role, as "chargé de mission coopération décentralisée". */
    Optional<String> getRole();

    /** The organisation. */
    Optional<String> getOrganisation();

    /** An email address. */
    Optional<String> getEmail();

    /** Invariant, checked at construction: no lone surrogate in any text, no unknown field that could not be written back. */
    @Value.Check
    default void checkWritable() {
        Writable.text("name", getName());
        Writable.text("role", getRole());
        Writable.text("organisation", getOrganisation());
        Writable.text("email", getEmail());
        Writable.unknownFields(Contact.class, getUnknownFields());
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Contact}; every part is optional. */
    final class Builder extends ImmutableContact.Builder {
        Builder() {}
    }
}
