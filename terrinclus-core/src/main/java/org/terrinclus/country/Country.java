package org.terrinclus.country;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.terrinclus.core.InvalidValueException;
import org.terrinclus.core.Labelled;
import org.terrinclus.core.internal.Wordings;

/**
 * A country, known by its ISO 3166-1 alpha-2 code ("FR", "SN", "TN").
 *
 * <p>The valid codes are those of the running JDK ({@link Locale#getISOCountries()}), and so are
 * the names, which come from the JDK's locale data (CLDR). There is one instance per code.
 */
public final class Country implements Labelled, Comparable<Country>, java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, Country> BY_CODE = byCode();
    private static final List<Country> ALL = List.copyOf(BY_CODE.values());

    /** France, the country of the lead authorities of the guide's pilot approaches. */
    public static final Country FRANCE = of("FR");

    private final String code;

    private Country(String code) {
        this.code = code;
    }

    /**
     * Returns the country with the given ISO 3166-1 alpha-2 code, in either case.
     *
     * @param alpha2 the two-letter code, such as "TN" or "tn"
     * @return the country
     * @throws IllegalArgumentException if the code is not an ISO 3166-1 alpha-2 code known to the
     *     JDK
     */
    public static Country of(String alpha2) {
        Objects.requireNonNull(alpha2, "country code must not be null");
        Country country = BY_CODE.get(alpha2);
        if (country == null) {
            // Codes are usually written in upper case: only a miss pays for the conversion.
            country = BY_CODE.get(alpha2.toUpperCase(Locale.ROOT));
        }
        if (country == null) {
            throw new InvalidValueException(
                    "Code pays inconnu « " + alpha2 + " » : écrivez un code ISO 3166-1 alpha-2, comme FR, SN ou TN.",
                    "Unknown country code '" + alpha2 + "': expected an ISO 3166-1 alpha-2 code such as FR, SN, TN");
        }
        return country;
    }

    /**
     * Returns every country the JDK knows, by code.
     *
     * @return an unmodifiable list in alphabetical order of codes
     */
    public static List<Country> all() {
        return ALL;
    }

    /**
     * Reads a country from its name as printed, in French or English, tolerant of case, accents
     * and punctuation ("EQUATEUR", "Équateur", "Ecuador", "CÔTE D'IVOIRE").
     *
     * <p>Besides the JDK's names, the part of a name before a parenthesis is accepted ("Myanmar"
     * for "Myanmar (Birmanie)"), and so are a few usual names that differ from the JDK's
     * ("Palestine", "RDC", "Ivory Coast"). A name shared by two countries matches neither: "Congo"
     * alone is either Congo-Brazzaville or Congo-Kinshasa.
     *
     * @param name the country's name as printed
     * @return the country, or empty if the name designates none, or not a single one
     */
    public static Optional<Country> match(String name) {
        return Optional.ofNullable(Names.INDEX.get(Wordings.normalize(name)));
    }

    /**
     * Returns the country's ISO 3166-1 alpha-2 code.
     *
     * @return two upper-case letters, such as "TN"
     */
    public String getCode() {
        return code;
    }

    /**
     * Returns the country's name in the given language, as the JDK's locale data has it.
     *
     * @param locale the language to name the country in
     * @return the name, such as "Tunisie" for French
     */
    public String getName(Locale locale) {
        Objects.requireNonNull(locale, "locale must not be null");
        return new Locale("", code).getDisplayCountry(locale);
    }

    /**
     * Returns the country's French or English name.
     *
     * @param locale the reader's locale; French if its language is {@code "fr"}, English otherwise
     * @return the name, such as "Tunisie" or "Tunisia"
     */
    @Override
    public String getLabel(Locale locale) {
        return Wordings.choose(locale, getName(Locale.FRENCH), getName(Locale.ENGLISH));
    }

    /**
     * Tells whether this is France, which a record treats apart: the lead's side of a cooperation.
     *
     * @return true for FR
     */
    public boolean isFrance() {
        return "FR".equals(code);
    }

    /**
     * Compares countries by code, alphabetically.
     *
     * @param other the country to compare with
     * @return a negative number, zero or a positive number as this code comes before, is, or comes
     *     after the other
     */
    @Override
    public int compareTo(Country other) {
        return code.compareTo(other.code);
    }

    /**
     * Tells whether another object is the same country, that is a country with the same code.
     *
     * @param other any object
     * @return true for a country with the same code
     */
    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Country && code.equals(((Country) other).code));
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the code's hash code
     */
    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /**
     * Returns the country's code.
     *
     * @return the ISO 3166-1 alpha-2 code, such as "TN"
     */
    @Override
    public String toString() {
        return code;
    }

    private static Map<String, Country> byCode() {
        List<String> codes = new ArrayList<>(List.of(Locale.getISOCountries()));
        Collections.sort(codes);
        Map<String, Country> byCode = new LinkedHashMap<>();
        for (String code : codes) {
            byCode.put(code, new Country(code));
        }
        return Collections.unmodifiableMap(byCode);
    }

    // Built on first use: reading 500 display names is only worth it for a caller that matches.
    private static final class Names {
        // Usual names the JDK's data words otherwise; they never override a JDK name.
        private static final Map<String, String> ALIASES = Map.ofEntries(
                Map.entry("Palestine", "PS"),
                Map.entry("République démocratique du Congo", "CD"),
                Map.entry("RDC", "CD"),
                Map.entry("RD Congo", "CD"),
                Map.entry("Democratic Republic of the Congo", "CD"),
                Map.entry("République du Congo", "CG"),
                Map.entry("Republic of the Congo", "CG"),
                Map.entry("Ivory Coast", "CI"),
                Map.entry("Birmanie", "MM"),
                Map.entry("République tchèque", "CZ"),
                Map.entry("Czech Republic", "CZ"),
                Map.entry("Swaziland", "SZ"),
                Map.entry("Hong Kong", "HK"),
                Map.entry("Macao", "MO"),
                Map.entry("États-Unis d'Amérique", "US"),
                Map.entry("United States of America", "US"),
                Map.entry("Grande-Bretagne", "GB"));

        static final Map<String, Country> INDEX = build();

        private static Map<String, Country> build() {
            // Full names first, then the parts before a parenthesis, then the usual names: each
            // only fills what the previous ones left, so "Saint-Martin" stays MF's full name even
            // though SX is "Saint-Martin (partie néerlandaise)".
            Map<String, Country> index = new HashMap<>();
            Map<String, Country> shortened = new HashMap<>();
            Set<String> ambiguous = new HashSet<>();
            Set<String> ambiguousShortened = new HashSet<>();
            for (Country country : BY_CODE.values()) {
                for (Locale language : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                    String name = country.getName(language);
                    put(index, ambiguous, name, country);
                    int parenthesis = name.indexOf('(');
                    if (parenthesis > 0) {
                        put(shortened, ambiguousShortened, name.substring(0, parenthesis), country);
                    }
                }
            }
            ambiguous.forEach(index::remove);
            ambiguousShortened.forEach(shortened::remove);
            ambiguous.forEach(shortened::remove);
            shortened.forEach(index::putIfAbsent);
            ALIASES.forEach((alias, code) -> index.putIfAbsent(Wordings.normalize(alias), BY_CODE.get(code)));
            return Collections.unmodifiableMap(index);
        }

        private static void put(Map<String, Country> index, Set<String> ambiguous, String name, Country country) {
            String key = Wordings.normalize(name);
            Country previous = index.putIfAbsent(key, country);
            if (previous != null && !previous.equals(country)) {
                ambiguous.add(key);
            }
        }
    }
}
