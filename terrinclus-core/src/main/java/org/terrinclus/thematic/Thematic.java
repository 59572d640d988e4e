package org.terrinclus.thematic;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.terrinclus.core.InvalidValueException;
import org.terrinclus.core.Labelled;
import org.terrinclus.core.internal.WordingIndex;
import org.terrinclus.core.internal.Wordings;

/**
 * A thematic of economic and social inclusion that a project works on, known by a stable code.
 *
 * <p>The set is open: the guide's seven thematics are constants ({@link #YOUTH}, {@link
 * #CITIZEN_PARTICIPATION}…), and {@link #of(String)} also accepts any other well-formed code, so
 * that a record can name a thematic the guide does not list ("migrations"). Custom thematics have
 * no translation: their label is their code.
 */
public final class Thematic implements Labelled, Comparable<Thematic>, java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Young people: "Jeunesse". */
    public static final Thematic YOUTH = new Thematic("youth", "Jeunesse", "Youth", 0);

    /** Citizens taking part in local public life: "Participation citoyenne". */
    public static final Thematic CITIZEN_PARTICIPATION =
            new Thematic("citizen-participation", "Participation citoyenne", "Citizen participation", 1);

    /** Social ties and living together: "Cohésion sociale". */
    public static final Thematic SOCIAL_COHESION =
            new Thematic("social-cohesion", "Cohésion sociale", "Social cohesion", 2);

    /** Getting people into work: "Insertion professionnelle". */
    public static final Thematic PROFESSIONAL_INSERTION =
            new Thematic("professional-insertion", "Insertion professionnelle", "Professional integration", 3);

    /** Women: "Femmes". */
    public static final Thematic WOMEN = new Thematic("women", "Femmes", "Women", 4);

    /** People with disabilities: "Personnes handicapées". */
    public static final Thematic PEOPLE_WITH_DISABILITIES =
            new Thematic("people-with-disabilities", "Personnes handicapées", "People with disabilities", 5);

    /** Older people: "Personnes âgées". */
    public static final Thematic OLDER_PEOPLE = new Thematic("older-people", "Personnes âgées", "Older people", 6);

    private static final List<Thematic> KNOWN = List.of(
            YOUTH,
            CITIZEN_PARTICIPATION,
            SOCIAL_COHESION,
            PROFESSIONAL_INSERTION,
            WOMEN,
            PEOPLE_WITH_DISABILITIES,
            OLDER_PEOPLE);

    private static final WordingIndex<Thematic> WORDINGS = wordings();

    // Custom thematics sort after the guide's seven, which keep the guide's order.
    private static final int CUSTOM_RANK = Integer.MAX_VALUE;

    private final String code;
    private final String labelFr;
    private final String labelEn;
    private final int rank;

    private Thematic(String code, String labelFr, String labelEn, int rank) {
        this.code = code;
        this.labelFr = labelFr;
        this.labelEn = labelEn;
        this.rank = rank;
    }

    /**
     * Returns the thematic with the given code: one of the guide's seven, or a custom one.
     *
     * @param code the code: lower-case letters and digits, in words joined by single hyphens,
     *     starting with a letter ({@code [a-z][a-z0-9]*(-[a-z0-9]+)*}), such as "youth"
     * @return the known constant for a known code, otherwise a new custom thematic
     * @throws IllegalArgumentException if the code is not of that form
     */
    public static Thematic of(String code) {
        Objects.requireNonNull(code, "thematic code must not be null");
        for (Thematic known : KNOWN) {
            if (known.code.equals(code)) {
                return known;
            }
        }
        if (!isWellFormed(code)) {
            throw new InvalidValueException(
                    "Code de thématique invalide « " + code
                            + " » : minuscules, chiffres et tirets, comme youth ou citizen-participation.",
                    "Invalid thematic code '" + code
                            + "': expected lower-case letters and digits in words joined by single hyphens,"
                            + " starting with a letter ([a-z][a-z0-9]*(-[a-z0-9]+)*), such as youth or citizen-participation");
        }
        return new Thematic(code, code, code, CUSTOM_RANK);
    }

    /**
     * Returns the guide's seven thematics, in the guide's order.
     *
     * @return an unmodifiable list
     */
    public static List<Thematic> known() {
        return KNOWN;
    }

    /**
     * Reads one of the guide's thematics as printed in a sheet ("PARTICIPATION\nCITOYENNE",
     * "Personnes âgées", "Youth"), tolerant of case, accents, line breaks and small wording
     * differences.
     *
     * <p>Only the seven known thematics are recognised, by French or English label or by code;
     * custom thematics have no wording to match.
     *
     * @param printed the thematic as printed
     * @return the known thematic, or empty if the text designates none, or not a single one
     */
    public static Optional<Thematic> match(String printed) {
        return WORDINGS.match(printed);
    }

    /**
     * Returns the thematic's stable code, used in records and JSON.
     *
     * @return the code, such as "citizen-participation"
     */
    public String getCode() {
        return code;
    }

    /**
     * Tells whether this is one of the guide's seven thematics rather than a custom one.
     *
     * @return true for a known thematic
     */
    public boolean isKnown() {
        return rank != CUSTOM_RANK;
    }

    /**
     * Returns the thematic's label, such as "Participation citoyenne" or "Citizen participation";
     * for a custom thematic, its code.
     *
     * @param locale the reader's locale; French if its language is {@code "fr"}, English otherwise
     * @return the label
     */
    @Override
    public String getLabel(Locale locale) {
        return Wordings.choose(locale, labelFr, labelEn);
    }

    /**
     * Compares thematics: the guide's seven first, in the guide's order, then custom ones by code.
     *
     * @param other the thematic to compare with
     * @return a negative number, zero or a positive number as this thematic comes before, is, or
     *     comes after {@code other}
     */
    @Override
    public int compareTo(Thematic other) {
        int byRank = Integer.compare(rank, other.rank);
        return byRank != 0 ? byRank : code.compareTo(other.code);
    }

    /**
     * Tells whether another object is the same thematic, that is a thematic with the same code.
     *
     * @param other any object
     * @return true for a thematic with the same code
     */
    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Thematic && code.equals(((Thematic) other).code));
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
     * Returns the thematic's code.
     *
     * @return the code, such as "youth"
     */
    @Override
    public String toString() {
        return code;
    }

    // Checked by hand rather than with a regular expression: a repeated group recurses per
    // repetition in java.util.regex, and a very long hostile code could overflow the stack.
    private static boolean isWellFormed(String code) {
        if (code.isEmpty() || !isLetter(code.charAt(0)) || code.endsWith("-")) {
            return false;
        }
        for (int i = 1; i < code.length(); i++) {
            char c = code.charAt(i);
            boolean hyphenAfterHyphen = c == '-' && code.charAt(i - 1) == '-';
            if (hyphenAfterHyphen || !(c == '-' || isLetter(c) || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static WordingIndex<Thematic> wordings() {
        WordingIndex.Builder<Thematic> builder = WordingIndex.builder();
        for (Thematic thematic : KNOWN) {
            builder.add(thematic, thematic.labelFr, thematic.labelEn, thematic.code);
        }
        return builder.build();
    }
}
