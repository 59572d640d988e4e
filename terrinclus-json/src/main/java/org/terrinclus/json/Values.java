package org.terrinclus.json;

import java.math.BigDecimal;
import java.time.Period;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Locale;
import java.util.function.Function;
import org.terrinclus.core.internal.Codes;
import org.terrinclus.country.Country;
import org.terrinclus.funding.Money;
import org.terrinclus.sdg.SdgGoal;
import org.terrinclus.sdg.SdgTarget;
import org.terrinclus.thematic.Thematic;

/**
 * The scalar values of the format, decoded with messages in French and English that say what is
 * wrong and what to write instead.
 */
final class Values {

    private Values() {}

    /** An enum constant by its stable code. */
    static <E extends Enum<E>> E code(
            String code, Class<E> type, Function<E, String> codeOf, String whatFr, String whatEn) {
        E constant = Codes.find(type, code, codeOf);
        if (constant != null) {
            return constant;
        }
        String valid = Codes.list(type, codeOf);
        throw new ValueProblem(
                whatFr + " inconnu « " + code + " » : écrivez l'un de " + valid + ".",
                "Unknown " + whatEn + " '" + code + "': write one of " + valid + ".");
    }

    static SdgGoal sdgGoal(int number) {
        if (number < 1 || number > 17) {
            throw new ValueProblem(
                    "Un ODD est un nombre de 1 à 17 ; reçu " + number + ".",
                    "An SDG goal is a number from 1 to 17; got " + number + ".");
        }
        return SdgGoal.of(number);
    }

    static SdgTarget sdgTarget(String code) {
        try {
            return SdgTarget.of(code);
        } catch (IllegalArgumentException e) {
            throw new ValueProblem(
                    "Cible ODD inconnue « " + code + " » : écrivez le code d'une des 169 cibles, comme 8.5 ou 1.a.",
                    e.getMessage());
        }
    }

    static Thematic thematic(String code) {
        try {
            return Thematic.of(code);
        } catch (IllegalArgumentException e) {
            throw new ValueProblem(
                    "Code de thématique invalide « " + code + " » : minuscules, chiffres et tirets, comme youth ou"
                            + " citizen-participation.",
                    e.getMessage());
        }
    }

    /** Country codes are written in upper case, as ISO 3166-1 prints them. */
    static Country country(String code) {
        try {
            Country country = Country.of(code);
            if (country.getCode().equals(code)) {
                return country;
            }
        } catch (IllegalArgumentException e) {
            throw new ValueProblem(
                    "Code pays inconnu « " + code + " » : écrivez un code ISO 3166-1 alpha-2, comme FR, SN ou TN.",
                    e.getMessage());
        }
        String upper = code.toUpperCase(Locale.ROOT);
        throw new ValueProblem(
                "Les codes pays s'écrivent en majuscules : « " + upper + " », pas « " + code + " ».",
                "Country codes are upper case: write '" + upper + "', not '" + code + "'.");
    }

    static Currency currency(String code) {
        try {
            return Money.currencyOf(code);
        } catch (IllegalArgumentException e) {
            throw new ValueProblem(
                    "Devise inconnue « " + code + " » : écrivez un code ISO 4217, comme EUR, XOF ou USD.",
                    e.getMessage());
        }
    }

    static BigDecimal amount(BigDecimal amount) {
        if (amount.signum() < 0) {
            throw new ValueProblem(
                    "Un montant n'est jamais négatif ; reçu " + amount.toPlainString() + ".",
                    "An amount is never negative; got " + amount.toPlainString() + ".");
        }
        return amount;
    }

    static Year year(int value) {
        if (value < 1000 || value > 9999) {
            throw new ValueProblem(
                    "Une année s'écrit avec quatre chiffres, comme 2016 ; reçu " + value + ".",
                    "A year is written with four digits, as 2016; got " + value + ".");
        }
        return Year.of(value);
    }

    /** An ISO-8601 period, in upper case, positive. */
    static Period period(String text) {
        Period period;
        try {
            period = text.equals(text.toUpperCase(Locale.ROOT)) ? Period.parse(text) : null;
        } catch (DateTimeParseException e) {
            period = null;
        }
        if (period == null || period.isNegative() || period.isZero()) {
            throw new ValueProblem(
                    "Période invalide « " + text + " » : écrivez une durée ISO-8601 positive, comme P24M pour 24 mois"
                            + " ou P4Y pour 4 ans.",
                    "Invalid period '" + text + "': write a positive ISO-8601 period, as P24M for 24 months or P4Y"
                            + " for 4 years.");
        }
        return period;
    }
}
