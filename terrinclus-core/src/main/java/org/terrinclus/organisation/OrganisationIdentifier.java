package org.terrinclus.organisation;

import org.immutables.value.Value;

/** An organisation's identifier in a register, as its INSEE code or SIREN number. */
@Value.Immutable
public interface OrganisationIdentifier {

    /** The register. */
    @Value.Parameter
    IdentifierScheme getScheme();

    /** The identifier, well-formed in its scheme. */
    @Value.Parameter
    String getValue();

    /**
     * An identifier in the given scheme.
     *
     * @throws IllegalArgumentException if the value is not well-formed in the scheme
     */
    static OrganisationIdentifier of(IdentifierScheme scheme, String value) {
        return ImmutableOrganisationIdentifier.of(scheme, value);
    }

    /** The INSEE code of a French Département, as {@code "11"} for the Aude. */
    static OrganisationIdentifier inseeDepartement(String code) {
        return of(IdentifierScheme.INSEE_DEPARTEMENT, code);
    }

    @Value.Check
    default void check() {
        if (!getScheme().accepts(getValue())) {
            throw new IllegalArgumentException("Invalid " + getScheme().getLabel(java.util.Locale.ENGLISH) + " '"
                    + getValue() + "': expected " + getScheme().describePattern()
                    + (getScheme() == IdentifierScheme.SIREN || getScheme() == IdentifierScheme.SIRET
                            ? " with a valid Luhn check digit"
                            : ""));
        }
    }
}
