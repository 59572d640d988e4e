package org.terrinclus.project;

import java.util.Optional;
import org.immutables.value.Value;
import org.terrinclus.core.Extensible;
import org.terrinclus.core.internal.Writable;
import org.terrinclus.organisation.Organisation;

/**
 * The lead of a project (PORTEUR), and the operator that runs it on the lead's behalf, as
 * "Département de la Savoie – association Pays de Savoie Solidaires".
 */
@Value.Immutable
public interface Lead extends Extensible {

    /** The organisation that leads the project. */
    Organisation getOrganisation();

    /** The organisation that operates it for the lead, if any. */
    Optional<Organisation> getOperator();

    /** A lead without operator. */
    static Lead of(Organisation organisation) {
        return builder().organisation(organisation).build();
    }

    /** Invariant, checked at construction: no lone surrogate in any text, no unknown field that could not be written back. */
    @Value.Check
    default void checkWritable() {
        Writable.unknownFields(Lead.class, getUnknownFields());
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Lead}; the organisation is required. */
    final class Builder extends ImmutableLead.Builder {
        Builder() {}
    }
}
