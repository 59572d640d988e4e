package org.terrinclus.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.terrinclus.country.Country;

class OrganisationTest {

    @Test
    void foreignLocalAuthorityInItsOwnWords() {
        Organisation arges = Organisation.builder()
                .name("Judet d'Argeș")
                .kind(OrganisationKind.FOREIGN_LOCAL_AUTHORITY)
                .localDesignation("judet")
                .country(Country.of("RO"))
                .build();
        assertThat(arges.getLocalDesignation()).contains("judet");
        assertThat(arges.getCountry().map(Country::getCode)).contains("RO");
        assertThat(arges.toString()).contains("Judet d'Argeș").contains("FOREIGN_LOCAL_AUTHORITY");
    }

    @Test
    void nameAndKindAreRequired() {
        assertThatThrownBy(() -> Organisation.builder().name("x").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("kind");
    }

    @Test
    void equalityIsByValue() {
        Organisation a = Organisation.of("Département de l'Aude", OrganisationKind.DEPARTEMENT);
        Organisation b = Organisation.builder()
                .name("Département de l'Aude")
                .kind(OrganisationKind.DEPARTEMENT)
                .build();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(Organisation.of("Département de l'Aude", OrganisationKind.ASSOCIATION));
    }

    @Test
    void inseeDepartementCodes() {
        assertThat(OrganisationIdentifier.inseeDepartement("11").getValue()).isEqualTo("11");
        assertThat(OrganisationIdentifier.inseeDepartement("2A").getScheme())
                .isEqualTo(IdentifierScheme.INSEE_DEPARTEMENT);
        assertThat(OrganisationIdentifier.inseeDepartement("974").getValue()).isEqualTo("974");
        for (String bad : new String[] {"00", "96", "20", "1", "977", "aude"}) {
            assertThatThrownBy(() -> OrganisationIdentifier.inseeDepartement(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(bad);
        }
    }

    @Test
    void sirenNumbersCarryACheckDigit() {
        // 732 829 320 is a well-known valid SIREN; changing the last digit breaks the Luhn check.
        assertThat(OrganisationIdentifier.of(IdentifierScheme.SIREN, "732829320")
                        .getValue())
                .isEqualTo("732829320");
        assertThatThrownBy(() -> OrganisationIdentifier.of(IdentifierScheme.SIREN, "732829321"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Luhn");
    }

    @Test
    void kindsHaveCodesAndLabels() {
        assertThat(OrganisationKind.fromCode("foreign-local-authority"))
                .isEqualTo(OrganisationKind.FOREIGN_LOCAL_AUTHORITY);
        assertThat(OrganisationKind.DEPARTEMENT.getLabel(Locale.FRENCH)).isEqualTo("Département");
        assertThat(OrganisationKind.DEPARTEMENT.getLabel(Locale.ENGLISH)).isEqualTo("French département");
        assertThat(OrganisationKind.DEPARTEMENT.isFrenchLocalAuthority()).isTrue();
        assertThat(OrganisationKind.FOREIGN_LOCAL_AUTHORITY.isFrenchLocalAuthority())
                .isFalse();
        assertThatThrownBy(() -> OrganisationKind.fromCode("ngo"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("association");
    }
}
