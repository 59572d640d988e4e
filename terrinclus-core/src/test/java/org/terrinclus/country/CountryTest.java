package org.terrinclus.country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryTest {

    @Test
    void readsIsoCodesInEitherCase() {
        Country tunisia = Country.of("TN");
        assertThat(tunisia.getCode()).isEqualTo("TN");
        assertThat(Country.of("tn")).isSameAs(tunisia).isEqualTo(tunisia).hasSameHashCodeAs(tunisia);
        assertThat(tunisia).hasToString("TN");
        assertThat(Country.of("Sn").getCode()).isEqualTo("SN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "", "F", "FRA", "UK", " FR", "EU", "12"})
    void refusesUnknownCodes(String code) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Country.of(code))
                .withMessage(
                        "Unknown country code '" + code + "': expected an ISO 3166-1 alpha-2 code such as FR, SN, TN");
    }

    @Test
    void refusesNull() {
        assertThatNullPointerException().isThrownBy(() -> Country.of(null));
        assertThatNullPointerException().isThrownBy(() -> Country.match(null));
    }

    @Test
    void knowsEveryIsoCountryOfTheJdk() {
        assertThat(Country.all()).hasSize(Locale.getISOCountries().length).isSorted();
        assertThat(Country.all()).extracting(Country::getCode).containsExactlyInAnyOrder(Locale.getISOCountries());
    }

    @Test
    void franceIsAConstant() {
        assertThat(Country.FRANCE).isSameAs(Country.of("FR"));
        assertThat(Country.FRANCE.isFrance()).isTrue();
        assertThat(Country.of("SN").isFrance()).isFalse();
        assertThat(Country.FRANCE.getLabel(Locale.FRENCH)).isEqualTo("France");
    }

    @ParameterizedTest
    @CsvSource({
        "TN, Tunisie, Tunisia",
        "SN, Sénégal, Senegal",
        "MA, Maroc, Morocco",
        "EC, Équateur, Ecuador",
        "RO, Roumanie, Romania",
        "DE, Allemagne, Germany",
        "TD, Tchad, Chad",
    })
    void namesCountriesInFrenchAndEnglish(String code, String french, String english) {
        Country country = Country.of(code);
        assertThat(country.getName(Locale.FRENCH)).isEqualTo(french);
        assertThat(country.getLabel(Locale.FRANCE)).isEqualTo(french);
        assertThat(country.getLabel(Locale.ENGLISH)).isEqualTo(english);
        assertThat(country.getLabel(Locale.GERMAN)).isEqualTo(english);
        assertThat(country.getName(Locale.GERMAN)).isNotBlank();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "EQUATEUR | EC",
                "Équateur | EC",
                "Ecuador | EC",
                "LETTONIE | LV",
                "Haïti | HT",
                "HAITI | HT",
                "CÔTE D'IVOIRE | CI",
                "Côte d’Ivoire | CI",
                "Roumanie | RO",
                "TUNISIE | TN",
                "Sénégal | SN",
                "PÉROU | PE",
                "GRÈCE | GR",
                "Vietnam | VN",
                "Salvador | SV",
                "Comores | KM",
                "Burkina Faso | BF",
                "Guinée | GN",
                "Congo-Brazzaville | CG",
                "RDC | CD",
                "Palestine | PS",
                "Myanmar | MM",
                "États-Unis | US",
                "france | FR",
            })
    void matchesNamesAsPrinted(String name, String code) {
        assertThat(Country.match(name)).contains(Country.of(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Atlantide", "FR", "Congo", "Plusieurs organisations franco-tunisiennes"})
    void doesNotMatchUnknownOrAmbiguousNames(String name) {
        assertThat(Country.match(name)).isEmpty();
    }

    @Test
    void everyFrenchAndEnglishNameMatchesItsCountry() {
        for (Country country : Country.all()) {
            for (Locale language : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                String name = country.getName(language);
                assertThat(Country.match(name)).as("%s (%s)", name, country).contains(country);
                assertThat(Country.match(name.toUpperCase(Locale.FRENCH))).contains(country);
            }
        }
    }

    @Test
    void sortsByCode() {
        List<Country> countries = new ArrayList<>(List.of(Country.of("TN"), Country.FRANCE, Country.of("SN")));
        Collections.sort(countries);
        assertThat(countries).extracting(Country::getCode).containsExactly("FR", "SN", "TN");
    }
}
