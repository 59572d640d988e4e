package org.terrinclus.core;

import java.util.Locale;
import java.util.Objects;

/**
 * Something that has a human-readable label in French and in English.
 *
 * <p>The guide is French and most users of its records read French; English is the fallback for
 * everyone else, so implementations return the French label when the locale's language is
 * {@code "fr"} (any country: France, Belgium, Senegal, Canada…) and the English label otherwise.
 */
public interface Labelled {

    /**
     * Returns the label to show to a reader of the given locale.
     *
     * @param locale the reader's locale; its language alone decides between French and English
     * @return the French label if the language is {@code "fr"}, the English label otherwise
     */
    String getLabel(Locale locale);

    /**
     * Tells whether a reader of the given locale gets French labels, so that every implementation
     * applies the same rule.
     *
     * @param locale the reader's locale
     * @return true if the locale's language is French
     * @throws NullPointerException if {@code locale} is null
     */
    static boolean isFrench(Locale locale) {
        Objects.requireNonNull(locale, "locale must not be null");
        return "fr".equals(locale.getLanguage());
    }
}
