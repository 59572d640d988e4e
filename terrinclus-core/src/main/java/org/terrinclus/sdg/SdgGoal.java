package org.terrinclus.sdg;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.terrinclus.core.InvalidValueException;
import org.terrinclus.core.Labelled;
import org.terrinclus.core.internal.WordingIndex;
import org.terrinclus.core.internal.Wordings;

/**
 * One of the 17 Sustainable Development Goals, in UN order.
 *
 * <p>Short names are the UN's (French ones as on the French icons); colours are the official
 * palette of the SDG colour wheel. Source: United Nations, A/RES/70/1 and A/RES/71/313.
 */
public enum SdgGoal implements Labelled {
    /** Goal 1. */
    NO_POVERTY("Pas de pauvreté", "No poverty", "#E5243B", 5, "ab"),
    /** Goal 2. */
    ZERO_HUNGER("Faim « zéro »", "Zero hunger", "#DDA63A", 5, "abc"),
    /** Goal 3. */
    GOOD_HEALTH_AND_WELL_BEING("Bonne santé et bien-être", "Good health and well-being", "#4C9F38", 9, "abcd"),
    /** Goal 4. */
    QUALITY_EDUCATION("Éducation de qualité", "Quality education", "#C5192D", 7, "abc"),
    /** Goal 5. */
    GENDER_EQUALITY("Égalité entre les sexes", "Gender equality", "#FF3A21", 6, "abc"),
    /** Goal 6. */
    CLEAN_WATER_AND_SANITATION("Eau propre et assainissement", "Clean water and sanitation", "#26BDE2", 6, "ab"),
    /** Goal 7. */
    AFFORDABLE_AND_CLEAN_ENERGY(
            "Énergie propre et d’un coût abordable", "Affordable and clean energy", "#FCC30B", 3, "ab"),
    /** Goal 8. */
    DECENT_WORK_AND_ECONOMIC_GROWTH(
            "Travail décent et croissance économique", "Decent work and economic growth", "#A21942", 10, "ab"),
    /** Goal 9. */
    INDUSTRY_INNOVATION_AND_INFRASTRUCTURE(
            "Industrie, innovation et infrastructure", "Industry, innovation and infrastructure", "#FD6925", 5, "abc"),
    /** Goal 10. */
    REDUCED_INEQUALITIES("Inégalités réduites", "Reduced inequalities", "#DD1367", 7, "abc"),
    /** Goal 11. */
    SUSTAINABLE_CITIES_AND_COMMUNITIES(
            "Villes et communautés durables", "Sustainable cities and communities", "#FD9D24", 7, "abc"),
    /** Goal 12. */
    RESPONSIBLE_CONSUMPTION_AND_PRODUCTION(
            "Consommation et production responsables", "Responsible consumption and production", "#BF8B2E", 8, "abc"),
    /** Goal 13. */
    CLIMATE_ACTION(
            "Mesures relatives à la lutte contre les changements climatiques", "Climate action", "#3F7E44", 3, "ab"),
    /** Goal 14. */
    LIFE_BELOW_WATER("Vie aquatique", "Life below water", "#0A97D9", 7, "abc"),
    /** Goal 15. */
    LIFE_ON_LAND("Vie terrestre", "Life on land", "#56C02B", 9, "abc"),
    /** Goal 16. */
    PEACE_JUSTICE_AND_STRONG_INSTITUTIONS(
            "Paix, justice et institutions efficaces", "Peace, justice and strong institutions", "#00689D", 10, "ab"),
    /** Goal 17. */
    PARTNERSHIPS_FOR_THE_GOALS(
            "Partenariats pour la réalisation des objectifs", "Partnerships for the goals", "#19486A", 19, "");

    // A goal as printed: an optional "ODD"/"SDG"/"Objectif"/"Goal" prefix, its number, maybe a name.
    private static final Pattern NUMBERED = Pattern.compile(
            "(?:(?:odd|sdg|objectifs? de developpement durable|objectifs?|sustainable development goals?"
                    + "|goals?) ?)?(?:(?:n|no|numero) ?)?([0-9]{1,3})(?: (.*))?");

    private final String shortNameFr;
    private final String shortNameEn;
    private final String colour;
    private final int numberedTargets;
    private final String letteredTargets;

    SdgGoal(String shortNameFr, String shortNameEn, String colour, int numberedTargets, String letteredTargets) {
        this.shortNameFr = shortNameFr;
        this.shortNameEn = shortNameEn;
        this.colour = colour;
        this.numberedTargets = numberedTargets;
        this.letteredTargets = letteredTargets;
    }

    /**
     * Returns the goal with the given UN number.
     *
     * @param number the goal's number, 1 to 17
     * @return the goal
     * @throws IllegalArgumentException if the number is not between 1 and 17
     */
    public static SdgGoal of(int number) {
        if (number < 1 || number > 17) {
            throw new InvalidValueException(
                    "Un ODD est un nombre de 1 à 17 ; reçu " + number + ".",
                    "SDG goal must be between 1 and 17, got " + number);
        }
        return BY_NUMBER[number - 1];
    }

    /** The goals in order; {@code values()} would copy the array at every lookup. */
    private static final SdgGoal[] BY_NUMBER = values();

    /**
     * Reads a goal as printed in a sheet, tolerant of case, accents and punctuation.
     *
     * <p>Accepted forms include "ODD 4 : Education de qualité", "SDG 4: Quality education", "SDG 4",
     * "ODD4", "Objectif 4", "4" and a short name alone ("Égalité entre les sexes", "Climate
     * action"). When a number is followed by a name, the name must fit that goal: "ODD 4 : Pas de
     * pauvreté" contradicts itself and matches nothing.
     *
     * @param printed the goal as printed
     * @return the goal, or empty if the text designates no goal, or not a single one
     */
    public static Optional<SdgGoal> match(String printed) {
        String normalized = Wordings.normalize(printed);
        Matcher numbered = NUMBERED.matcher(normalized);
        if (!numbered.matches()) {
            return Names.INDEX.match(normalized);
        }
        int number = Integer.parseInt(numbered.group(1));
        if (number < 1 || number > 17) {
            return Optional.empty();
        }
        SdgGoal goal = of(number);
        String name = numbered.group(2);
        return name == null || goal.isNamed(name) ? Optional.of(goal) : Optional.empty();
    }

    /**
     * Returns the goal's UN number.
     *
     * @return 1 to 17
     */
    public int getNumber() {
        return ordinal() + 1;
    }

    /**
     * Returns the goal's official short name, such as "Éducation de qualité" or "Quality education".
     *
     * @param locale the reader's locale; French if its language is {@code "fr"}, English otherwise
     * @return the short name
     */
    public String getShortName(Locale locale) {
        return Wordings.choose(locale, shortNameFr, shortNameEn);
    }

    /**
     * Returns the label the sheets print: "ODD 4 : Éducation de qualité" or "SDG 4: Quality
     * education".
     *
     * @param locale the reader's locale; French if its language is {@code "fr"}, English otherwise
     * @return the number and short name
     */
    @Override
    public String getLabel(Locale locale) {
        return Wordings.choose(
                locale, "ODD " + getNumber() + " : " + shortNameFr, "SDG " + getNumber() + ": " + shortNameEn);
    }

    /**
     * Returns the goal's colour in the UN's SDG colour wheel.
     *
     * @return an upper-case hexadecimal RGB colour such as {@code "#C5192D"}
     */
    public String getColour() {
        return colour;
    }

    /**
     * Returns the goal's targets in UN order: numbered ones first, then lettered ones.
     *
     * @return an unmodifiable list, never empty
     */
    public List<SdgTarget> getTargets() {
        return SdgTarget.ofGoal(this);
    }

    /**
     * Returns the goal's number as the UN writes it in English.
     *
     * @return "SDG " followed by the number, such as "SDG 4"
     */
    @Override
    public String toString() {
        return "SDG " + getNumber();
    }

    // How many targets are numbered (1.1 … 1.5); SdgTarget builds the codes from these two facts.
    int getNumberedTargetCount() {
        return numberedTargets;
    }

    // The letters of the lettered targets (1.a, 1.b), which are the means of implementation.
    String getTargetLetters() {
        return letteredTargets;
    }

    // Whether a name printed after the goal's number fits the goal, however shortened.
    private boolean isNamed(String normalizedName) {
        String printed = " " + normalizedName + " ";
        for (String name : List.of(shortNameFr, shortNameEn)) {
            String known = " " + Wordings.normalize(name) + " ";
            if (known.contains(printed) || printed.contains(known)) {
                return true;
            }
        }
        return false;
    }

    // The index of names is built on first use only, in a holder, to keep loading the enum cheap.
    private static final class Names {
        static final WordingIndex<SdgGoal> INDEX = build();

        private static WordingIndex<SdgGoal> build() {
            WordingIndex.Builder<SdgGoal> builder = WordingIndex.builder();
            for (SdgGoal goal : values()) {
                builder.add(goal, goal.shortNameFr, goal.shortNameEn);
            }
            return builder.build();
        }
    }
}
