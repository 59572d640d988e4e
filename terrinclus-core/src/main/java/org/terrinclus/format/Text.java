package org.terrinclus.format;

import java.util.Locale;
import java.util.Objects;
import org.terrinclus.core.Labelled;

/**
 * A title and a one-line description, in French and in English: what a type or a field is, for
 * people (documentation, schema descriptions, spreadsheet column titles and notes).
 *
 * @param titleFr the title in French, short enough for a column heading
 * @param titleEn the title in English
 * @param descriptionFr one line in French
 * @param descriptionEn one line in English
 */
public record Text(String titleFr, String titleEn, String descriptionFr, String descriptionEn) {

    /** Checks that no part is null. */
    public Text {
        Objects.requireNonNull(titleFr, "titleFr");
        Objects.requireNonNull(titleEn, "titleEn");
        Objects.requireNonNull(descriptionFr, "descriptionFr");
        Objects.requireNonNull(descriptionEn, "descriptionEn");
    }

    /**
     * The title for a reader of the given locale.
     *
     * @param locale the reader's locale; French if its language is French, English otherwise
     * @return the title
     */
    public String title(Locale locale) {
        return Labelled.isFrench(locale) ? titleFr : titleEn;
    }

    /**
     * The description for a reader of the given locale.
     *
     * @param locale the reader's locale; French if its language is French, English otherwise
     * @return the description
     */
    public String description(Locale locale) {
        return Labelled.isFrench(locale) ? descriptionFr : descriptionEn;
    }
}
