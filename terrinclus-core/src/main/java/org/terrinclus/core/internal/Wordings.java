package org.terrinclus.core.internal;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.terrinclus.core.Labelled;

/**
 * Text helpers for tolerant matching of wordings as printed in project sheets; not public API.
 *
 * <p>The same label is printed many ways across the guide's sheets: in capitals in badges
 * ("DIAGNOSTIC ET FORMALISATION"), without accents ("Equateur"), with French or straight quotes
 * ("« enjeux partagés »"), split over two lines. Comparing {@linkplain #normalize(String)
 * normalised} forms makes these differences disappear.
 */
public final class Wordings {

    // Marks left over by canonical decomposition: the accents of "é" once split into "e" + "´".
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    // Invisible characters printed by word processors (soft hyphen, zero-width space…).
    private static final Pattern FORMAT_CHARACTERS = Pattern.compile("\\p{Cf}+");
    // Punctuation (quotes, apostrophes, dashes, colons…) and symbols («, °, €…) separate words.
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]+");
    // \s alone misses the no-break spaces French typography puts before ":" and inside « ».
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private Wordings() {}

    /**
     * Reduces a wording to a canonical form for comparison: lower case, no accents, no quotes or
     * punctuation, single spaces.
     *
     * <p>Quotes, apostrophes and other punctuation become word separators rather than vanishing,
     * so that "bien-être" and "bien être", or "d'aide" and "d’aide", end up identical. Ligatures
     * that canonical decomposition keeps whole ("œ", "æ") are spelt out. The result is idempotent:
     * normalising a normalised string changes nothing.
     *
     * @param text any text, for instance a label copied from a sheet
     * @return the normalised text, possibly empty
     * @throws NullPointerException if {@code text} is null
     */
    public static String normalize(String text) {
        Objects.requireNonNull(text, "text to normalise must not be null");
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String lower = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        String spelt = spellOutLetters(lower);
        String visible = FORMAT_CHARACTERS.matcher(spelt).replaceAll("");
        String words = PUNCTUATION.matcher(visible).replaceAll(" ");
        return SPACES.matcher(words).replaceAll(" ").strip();
    }

    /**
     * Splits a normalised wording into its distinct words, in order of first appearance.
     *
     * @param normalized a wording already passed through {@link #normalize(String)}
     * @return the distinct words; empty for an empty wording
     */
    public static Set<String> words(String normalized) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : normalized.split(" ")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * Chooses between a French and an English text, following the {@link Labelled} convention.
     *
     * @param locale the reader's locale
     * @param french the French text
     * @param english the English text
     * @return {@code french} if the locale's language is French, {@code english} otherwise
     */
    public static String choose(Locale locale, String french, String english) {
        return Labelled.isFrench(locale) ? french : english;
    }

    // Letters that NFD leaves whole although readers treat them as plain Latin letters.
    private static String spellOutLetters(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case 'œ' -> out.append("oe");
                case 'æ' -> out.append("ae");
                case 'ß' -> out.append("ss");
                case 'ø' -> out.append('o');
                case 'ł' -> out.append('l');
                case 'đ' -> out.append('d');
                case 'ı' -> out.append('i');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
