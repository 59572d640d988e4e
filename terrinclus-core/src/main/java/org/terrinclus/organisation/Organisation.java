package org.terrinclus.organisation;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.terrinclus.core.Extensible;
import org.terrinclus.core.internal.Writable;
import org.terrinclus.country.Country;

/**
 * A body taking part in a project: lead, operator, partner or funder.
 *
 * <pre>{@code
 * Organisation sousse = Organisation.builder()
 *         .name("Municipalité de Sousse")
 *         .kind(OrganisationKind.FOREIGN_LOCAL_AUTHORITY)
 *         .localDesignation("municipalité")
 *         .country(Country.of("TN"))
 *         .build();
 * }</pre>
 */
@Value.Immutable
public interface Organisation extends Extensible {

    /** The name as the record prints it, as "Département de l'Aude". */
    String getName();

    /** What kind of body it is. */
    OrganisationKind getKind();

    /**
     * For a local authority abroad, what it is called in its own country: province, municipalité,
     * judet, gouvernorat, préfecture…
     */
    Optional<String> getLocalDesignation();

    /** The country where it is based. */
    Optional<Country> getCountry();

    /** Its identifiers in registers (INSEE code, SIREN…). */
    List<OrganisationIdentifier> getIdentifiers();

    /** Invariant, checked at construction: no lone surrogate in any text, no unknown field that could not be written back. */
    @Value.Check
    default void checkWritable() {
        Writable.text("name", getName());
        Writable.text("localDesignation", getLocalDesignation());
        Writable.unknownFields(Organisation.class, getUnknownFields());
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** An organisation of the given name and kind, with nothing else known. */
    static Organisation of(String name, OrganisationKind kind) {
        return builder().name(name).kind(kind).build();
    }

    /** Builds an {@link Organisation}; name and kind are required. */
    final class Builder extends ImmutableOrganisation.Builder {
        Builder() {}
    }
}
