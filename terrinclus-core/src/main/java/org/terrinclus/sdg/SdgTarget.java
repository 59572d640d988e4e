package org.terrinclus.sdg;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.terrinclus.core.InvalidValueException;

/**
 * One of the 169 targets of the Sustainable Development Goals, known by its UN code ("8.5", "1.a").
 *
 * <p>Numbered targets (8.1 … 8.10) are outcomes; lettered ones (8.a, 8.b) are means of
 * implementation. There is exactly one instance per code, and targets sort in UN order: by goal,
 * numbered targets first, then lettered ones (so 8.10 comes after 8.9, and 8.a after 8.10).
 */
public final class SdgTarget implements Comparable<SdgTarget>, java.io.Serializable {

    private static final long serialVersionUID = 1L;

    // Loose enough to recognise a mistyped code ("8.z", "1.A", "18.1") and explain what is wrong.
    private static final Pattern SHAPE = Pattern.compile("([0-9]{1,9})\\.([0-9A-Za-z]{1,9})");

    private static final List<SdgTarget> ALL;
    private static final Map<String, SdgTarget> BY_CODE;
    private static final Map<SdgGoal, List<SdgTarget>> BY_GOAL;

    static {
        // The codes follow from two facts per goal: how many numbered targets, which letters.
        List<SdgTarget> all = new ArrayList<>(169);
        Map<SdgGoal, List<SdgTarget>> byGoal = new EnumMap<>(SdgGoal.class);
        for (SdgGoal goal : SdgGoal.values()) {
            List<SdgTarget> ofGoal = new ArrayList<>();
            for (int n = 1; n <= goal.getNumberedTargetCount(); n++) {
                ofGoal.add(new SdgTarget(goal.getNumber() + "." + n, goal, all.size() + ofGoal.size()));
            }
            for (char letter : goal.getTargetLetters().toCharArray()) {
                ofGoal.add(new SdgTarget(goal.getNumber() + "." + letter, goal, all.size() + ofGoal.size()));
            }
            byGoal.put(goal, List.copyOf(ofGoal));
            all.addAll(ofGoal);
        }
        Map<String, SdgTarget> byCode = new HashMap<>();
        for (SdgTarget target : all) {
            byCode.put(target.code, target);
        }
        ALL = List.copyOf(all);
        BY_CODE = Collections.unmodifiableMap(byCode);
        BY_GOAL = Collections.unmodifiableMap(byGoal);
    }

    private final String code;
    private final SdgGoal goal;
    private final int rank;

    private SdgTarget(String code, SdgGoal goal, int rank) {
        this.code = code;
        this.goal = goal;
        this.rank = rank;
    }

    /**
     * Returns the target with the given UN code.
     *
     * <p>The code must be written exactly as the UN does: goal number, a dot, then the target's
     * number or lower-case letter, without spaces or leading zeros ("8.5", "8.10", "1.a").
     *
     * @param code the target's code
     * @return the target
     * @throws IllegalArgumentException if no SDG target has that code; the message says which
     *     targets the goal has, or what a code looks like
     */
    public static SdgTarget of(String code) {
        Objects.requireNonNull(code, "SDG target code must not be null");
        SdgTarget target = BY_CODE.get(code);
        if (target != null) {
            return target;
        }
        throw new InvalidValueException(
                "Cible ODD inconnue « " + code + " » : écrivez le code d'une des 169 cibles, comme 8.5 ou 1.a.",
                explainUnknown(code));
    }

    /**
     * Returns the 169 targets in UN order.
     *
     * @return an unmodifiable list, goal by goal, numbered targets before lettered ones
     */
    public static List<SdgTarget> all() {
        return ALL;
    }

    // Backs SdgGoal.getTargets(), which cannot hold the lists itself: SdgTarget is built from it.
    static List<SdgTarget> ofGoal(SdgGoal goal) {
        return BY_GOAL.get(goal);
    }

    /**
     * Returns the target's UN code.
     *
     * @return the code, such as "8.5" or "1.a"
     */
    public String getCode() {
        return code;
    }

    /**
     * Returns the goal this target belongs to.
     *
     * @return the goal whose number starts the code
     */
    public SdgGoal getGoal() {
        return goal;
    }

    /**
     * Compares targets in UN order: by goal, then numbered targets in numeric order, then lettered
     * ones in alphabetical order.
     *
     * @param other the target to compare with
     * @return a negative number, zero or a positive number as this target comes before, is, or
     *     comes after {@code other}
     */
    @Override
    public int compareTo(SdgTarget other) {
        return Integer.compare(rank, other.rank);
    }

    /**
     * Tells whether another object is the same target, that is a target with the same code.
     *
     * @param other any object
     * @return true for a target with the same code
     */
    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof SdgTarget && code.equals(((SdgTarget) other).code));
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
     * Returns the target's UN code.
     *
     * @return the code, such as "8.5"
     */
    @Override
    public String toString() {
        return code;
    }

    private static String explainUnknown(String code) {
        if (code.isEmpty()) {
            return "SDG target code must not be empty: expected a code such as 8.5 or 1.a";
        }
        String prefix = "Unknown SDG target '" + code + "': ";
        if (!code.equals(code.strip())) {
            return prefix + "remove the spaces around the code";
        }
        Matcher shape = SHAPE.matcher(code);
        if (!shape.matches()) {
            return prefix + "expected a goal number, a dot and a target number or letter, such as 8.5 or 1.a";
        }
        int goalNumber = Integer.parseInt(shape.group(1));
        if (goalNumber < 1 || goalNumber > 17) {
            return prefix + "SDG goal must be between 1 and 17, got " + shape.group(1);
        }
        SdgGoal goal = SdgGoal.of(goalNumber);
        String message = prefix + describeTargets(goal);
        String target = shape.group(2).toLowerCase(Locale.ROOT).replaceFirst("^0+(?=.)", "");
        SdgTarget intended = BY_CODE.get(goalNumber + "." + target);
        return intended == null ? message : message + "; did you mean " + intended + "?";
    }

    // "goal 8 has targets 8.1 to 8.10 and 8.a, 8.b": the numbered range, then the letters.
    private static String describeTargets(SdgGoal goal) {
        int number = goal.getNumber();
        StringBuilder description = new StringBuilder()
                .append("goal ")
                .append(number)
                .append(" has targets ")
                .append(number)
                .append(".1 to ")
                .append(number)
                .append('.')
                .append(goal.getNumberedTargetCount());
        String letters = goal.getTargetLetters();
        for (int i = 0; i < letters.length(); i++) {
            description
                    .append(i == 0 ? " and " : ", ")
                    .append(number)
                    .append('.')
                    .append(letters.charAt(i));
        }
        return description.toString();
    }
}
