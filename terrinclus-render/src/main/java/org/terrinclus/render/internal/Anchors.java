package org.terrinclus.render.internal;

import java.util.Locale;

/** The anchors GitHub gives to Markdown headings, to link to a rule's entry in {@code docs/rules.md}. */
public final class Anchors {

    private Anchors() {}

    /**
     * The anchor of a heading as GitHub makes it: lower case, every character that is not a
     * letter, a digit, a space, a hyphen or an underscore removed (so the backquotes and dots of
     * {@code `funding.total.mismatch`} go), then each space turned into a hyphen.
     */
    public static String github(String heading) {
        String lower = heading.strip().toLowerCase(Locale.ROOT);
        StringBuilder anchor = new StringBuilder(lower.length());
        lower.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                anchor.appendCodePoint(c);
            } else if (c == ' ') {
                anchor.append('-');
            }
        });
        return anchor.toString();
    }

    /** The anchor of a rule's heading in {@code docs/rules.md}, whose heading is the rule id in backquotes. */
    public static String rule(String ruleId) {
        return github("`" + ruleId + "`");
    }
}
