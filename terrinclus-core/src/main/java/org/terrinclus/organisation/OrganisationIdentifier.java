package org.terrinclus.organisation;

import org.immutables.value.Value;
import org.terrinclus.core.InvalidValueException;
import org.terrinclus.core.internal.Writable;

/** An organisation's identifier in a register, as its INSEE code or SIREN number. */
@Value.Immutable
public interface OrganisationIdentifier extends java.io.Serializable {

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

    /** A new builder, for code that assembles identifiers field by field. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link OrganisationIdentifier}; scheme and value are required. */
    final class Builder extends ImmutableOrganisationIdentifier.Builder {
        Builder() {}
    }

    /** The INSEE code of a French Département, as {@code "11"} for the Aude. */
    static OrganisationIdentifier inseeDepartement(String code) {
        return of(IdentifierScheme.INSEE_DEPARTEMENT, code);
    }

    @Value.Check
    default void check() {
        Writable.text("value", getValue());
        if (!getScheme().accepts(getValue())) {
            boolean luhn = getScheme() == IdentifierScheme.SIREN || getScheme() == IdentifierScheme.SIRET;
            throw new InvalidValueException(
                    getScheme().getLabel(java.util.Locale.FRENCH) + " invalide « " + getValue() + " » : attendu "
                            + getScheme().describePattern() + (luhn ? " avec une clé de Luhn valide" : "") + ".",
                    "Invalid " + getScheme().getLabel(java.util.Locale.ENGLISH) + " '" + getValue() + "': expected "
                            + getScheme().describePattern() + (luhn ? " with a valid Luhn check digit" : ""));
        }
    }
}
