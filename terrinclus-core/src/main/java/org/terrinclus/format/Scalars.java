package org.terrinclus.format;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Locale;
import org.terrinclus.core.InvalidValueException;
import org.terrinclus.core.internal.Quoting;
import org.terrinclus.country.Country;
import org.terrinclus.figure.FigureKind;
import org.terrinclus.funding.ContributionKind;
import org.terrinclus.funding.Money;
import org.terrinclus.organisation.IdentifierScheme;
import org.terrinclus.organisation.OrganisationKind;
import org.terrinclus.recommendation.RecommendationFamily;
import org.terrinclus.sdg.SdgGoal;
import org.terrinclus.sdg.SdgTarget;
import org.terrinclus.thematic.Thematic;

/**
 * The scalar value types of the format: how each is written, and what a reader refuses. The
 * model's own factories decide what can exist (an SDG goal from 1 to 17, a known currency);
 * this class adds only how values are written (upper-case country codes, four-digit years).
 */
public final class Scalars {

    private Scalars() {}

    /** Free text. */
    public static final ScalarType<String> TEXT = ScalarType.string(
                    new Text("Texte", "Text", "Texte libre.", "Free text."))
            .build();

    /** The format's version, {@code MAJOR.MINOR}; readers check it themselves. */
    public static final ScalarType<String> FORMAT_VERSION = ScalarType.string(new Text(
                    "Version du format",
                    "Format version",
                    "Version du format, MAJEURE.MINEURE : « 1.0 ».",
                    "Version of the format, MAJOR.MINOR: \"1.0\"."))
            .pattern("^1\\.[0-9]{1,4}$")
            .build();

    /** A record's identifier: non-blank text. */
    public static final ScalarType<String> ID = ScalarType.string(
                    new Text("Identifiant", "Identifier", "Texte non vide.", "Non-blank text."))
            .pattern("\\S")
            .build();

    /** A country, by its ISO 3166-1 alpha-2 code in upper case. */
    public static final ScalarType<Country> COUNTRY = ScalarType.string(
                    new Text(
                            "Pays",
                            "Country",
                            "Un pays, par son code ISO 3166-1 alpha-2 en majuscules (« TN »).",
                            "A country, by its ISO 3166-1 alpha-2 code in upper case (\"TN\")."),
                    Scalars::country,
                    Country::getCode)
            .named("Country")
            .pattern("^[A-Z]{2}$")
            .build();

    /** A thematic: one of the guide's seven codes, or any other well-formed code. */
    public static final ScalarType<Thematic> THEMATIC = thematic();

    /** A recommendation family, by code. */
    public static final ScalarType<RecommendationFamily> RECOMMENDATION_FAMILY = ScalarType.codes(
                    RecommendationFamily.class,
                    RecommendationFamily::getCode,
                    "Code de famille de préconisations",
                    "recommendation family",
                    new Text(
                            "Famille de préconisations",
                            "Recommendation family",
                            "Une des six familles de préconisations, dans l'ordre du guide.",
                            "One of the six recommendation families, in the guide's order."))
            .named("RecommendationFamily")
            .build();

    /** An organisation kind, by code. */
    public static final ScalarType<OrganisationKind> ORGANISATION_KIND = ScalarType.codes(
                    OrganisationKind.class,
                    OrganisationKind::getCode,
                    "Type d'organisation",
                    "organisation kind",
                    new Text("Type d'organisation", "Organisation kind", "Type d'organisme.", "Kind of body."))
            .build();

    /** An identifier scheme, by code. */
    public static final ScalarType<IdentifierScheme> IDENTIFIER_SCHEME = ScalarType.codes(
                    IdentifierScheme.class,
                    IdentifierScheme::getCode,
                    "Registre d'identifiant",
                    "identifier scheme",
                    new Text("Registre", "Identifier scheme", "Registre d'identifiants.", "Register of identifiers."))
            .build();

    /** A key figure's kind, by code. */
    public static final ScalarType<FigureKind> FIGURE_KIND = ScalarType.codes(
                    FigureKind.class,
                    FigureKind::getCode,
                    "Type de chiffre clé",
                    "figure kind",
                    new Text(
                            "Type de chiffre", "Figure kind", "Ce que mesure le chiffre.", "What the figure measures."))
            .build();

    /** A contribution's kind, by code. */
    public static final ScalarType<ContributionKind> CONTRIBUTION_KIND = ScalarType.codes(
                    ContributionKind.class,
                    ContributionKind::getCode,
                    "Type de contribution",
                    "contribution kind",
                    new Text(
                            "Type de contribution",
                            "Contribution kind",
                            "Ce que contient la ligne.",
                            "What the row holds."))
            .build();

    /** An SDG, by its number from 1 to 17. */
    public static final ScalarType<SdgGoal> SDG_GOAL = ScalarType.integer(
                    new Text(
                            "ODD",
                            "SDG",
                            "Un objectif de développement durable, par son numéro ONU.",
                            "A Sustainable Development Goal, by its UN number."),
                    SdgGoal::of,
                    SdgGoal::getNumber)
            .named("SdgGoal")
            .minimum(1)
            .maximum(17)
            .build();

    /** An SDG target, by its UN code, as {@code 8.5}. */
    public static final ScalarType<SdgTarget> SDG_TARGET = ScalarType.string(
                    new Text(
                            "Cible ODD",
                            "SDG target",
                            "Une cible ODD, par son code ONU (« 8.5 », « 1.a ») ; le lecteur vérifie qu'elle est"
                                    + " l'une des 169.",
                            "An SDG target, by its UN code (\"8.5\", \"1.a\"); the reader checks it is one of the"
                                    + " 169."),
                    SdgTarget::of,
                    SdgTarget::getCode)
            .named("SdgTarget")
            .pattern("^(?:[1-9]|1[0-7])\\.(?:[1-9]|1[0-9]|[a-j])$")
            .build();

    /** A positive ISO-8601 period in upper case, as {@code P24M}. */
    public static final ScalarType<Period> PERIOD = ScalarType.string(
                    new Text(
                            "Période",
                            "Period",
                            "Une période ISO-8601 positive, en majuscules : « P24M » pour 24 mois, « P4Y » pour"
                                    + " 4 ans.",
                            "A positive ISO-8601 period in upper case: \"P24M\" for 24 months, \"P4Y\" for 4"
                                    + " years."),
                    Scalars::period,
                    Period::toString)
            .named("Period")
            .pattern("^P(?=[0-9])(?:[1-9][0-9]*Y)?(?:[1-9][0-9]*M)?(?:[1-9][0-9]*D)?$")
            .build();

    /** A year of four digits, as a JSON whole number. */
    public static final ScalarType<Year> YEAR = ScalarType.integer(
                    new Text(
                            "Année",
                            "Year",
                            "Une année, nombre entier de quatre chiffres (2012).",
                            "A year, as a four-digit whole number (2012)."),
                    Scalars::year,
                    Year::getValue)
            .named("Year")
            .minimum(1000)
            .maximum(9999)
            .build();

    /** A calendar date, ISO-8601 {@code YYYY-MM-DD}. */
    public static final ScalarType<LocalDate> DATE = ScalarType.string(
                    new Text(
                            "Date",
                            "Date",
                            "Une date ISO-8601 AAAA-MM-JJ, comme « 2021-03-15 ».",
                            "An ISO-8601 date YYYY-MM-DD, as \"2021-03-15\"."),
                    Scalars::date,
                    LocalDate::toString)
            .named("Date")
            .pattern("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
            .format("date")
            .build();

    /** An exact decimal number. */
    public static final ScalarType<BigDecimal> NUMBER = ScalarType.number(
                    new Text("Nombre", "Number", "Un nombre décimal exact.", "An exact decimal number."), v -> v)
            .build();

    /** A positive number, as a key figure's multiplier. */
    public static final ScalarType<BigDecimal> POSITIVE_NUMBER = ScalarType.number(
                    new Text("Nombre positif", "Positive number", "Un nombre positif.", "A positive number."), v -> v)
            .exclusiveMinimum(0)
            .build();

    /** An amount of money: an exact number, never negative. */
    public static final ScalarType<BigDecimal> AMOUNT = ScalarType.number(
                    new Text(
                            "Montant",
                            "Amount",
                            "Un montant exact, jamais négatif.",
                            "An exact amount, never negative."),
                    Money::checkAmount)
            .minimum(0)
            .build();

    /** A currency, by its ISO 4217 code. */
    public static final ScalarType<Currency> CURRENCY = ScalarType.string(
                    new Text("Devise", "Currency", "Un code ISO 4217 : « EUR ».", "An ISO 4217 code: \"EUR\"."),
                    Money::currencyOf,
                    Currency::getCurrencyCode)
            .pattern("^[A-Z]{3}$")
            .build();

    // ---- what the written form adds to the model's rules

    private static ScalarType<Thematic> thematic() {
        ScalarType.Builder<Thematic> b = ScalarType.string(
                        new Text(
                                "Thématique",
                                "Thematic",
                                "Un code de thématique : minuscules et chiffres en mots reliés par des tirets.",
                                "A thematic code: lower-case letters and digits in words joined by hyphens."),
                        Thematic::of,
                        Thematic::getCode)
                .named("Thematic")
                .pattern("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
                .openCodes();
        for (Thematic t : Thematic.known()) {
            b.code(t.getCode(), t.getLabel(Locale.FRENCH), t.getLabel(Locale.ENGLISH));
        }
        return b.build();
    }

    /** Country codes are written in upper case, as ISO 3166-1 prints them. */
    private static Country country(String code) {
        Country country = Country.of(code);
        if (country.getCode().equals(code)) {
            return country;
        }
        String upper = code.toUpperCase(Locale.ROOT);
        throw new InvalidValueException(
                "Les codes pays s'écrivent en majuscules : « " + Quoting.cut(upper) + " », pas « " + Quoting.cut(code)
                        + " ».",
                "Country codes are upper case: write '" + Quoting.cut(upper) + "', not '" + Quoting.cut(code) + "'.");
    }

    private static Year year(int value) {
        if (value < 1000 || value > 9999) {
            throw new InvalidValueException(
                    "Une année s'écrit avec quatre chiffres, comme 2016 ; reçu " + value + ".",
                    "A year is written with four digits, as 2016; got " + value + ".");
        }
        return Year.of(value);
    }

    // Dates are read by hand, not by a regular expression and LocalDate.parse: every record has
    // several, and this is a few comparisons.
    private static LocalDate date(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                try {
                    return LocalDate.of(year, month, day);
                } catch (DateTimeException e) {
                    // no such month or day: reported below
                }
            }
        }
        throw new InvalidValueException(
                "Date invalide « " + Quoting.cut(text)
                        + " » : écrivez une date ISO-8601 AAAA-MM-JJ qui existe, comme 2021-03-15.",
                "Invalid date '" + Quoting.cut(text) + "': write an existing ISO-8601 date YYYY-MM-DD, as 2021-03-15.");
    }

    /** The number written by the ASCII digits text[from, to), or -1 if one is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** An ISO-8601 period, in upper case, positive. */
    private static Period period(String text) {
        Period period;
        try {
            period = text.equals(text.toUpperCase(Locale.ROOT)) ? Period.parse(text) : null;
        } catch (DateTimeParseException e) {
            period = null;
        }
        if (period != null
                && !period.isNegative()
                && !period.isZero()
                && !period.toString().equals(text)) {
            // P1W and P0Y1M are periods, but the model keeps P7D and P1M: refused, not rewritten.
            throw new InvalidValueException(
                    "Période « " + Quoting.cut(text) + " » : écrivez-la " + period
                            + ", la forme que le format garde (pas de" + " semaines, pas de zéros).",
                    "Period '" + Quoting.cut(text) + "': write it " + period
                            + ", the form the format keeps (no weeks, no" + " zero parts).");
        }
        if (period == null || period.isNegative() || period.isZero()) {
            throw new InvalidValueException(
                    "Période invalide « " + Quoting.cut(text)
                            + " » : écrivez une durée ISO-8601 positive, comme P24M pour 24 mois"
                            + " ou P4Y pour 4 ans.",
                    "Invalid period '" + Quoting.cut(text)
                            + "': write a positive ISO-8601 period, as P24M for 24 months or P4Y" + " for 4 years.");
        }
        return period;
    }
}
