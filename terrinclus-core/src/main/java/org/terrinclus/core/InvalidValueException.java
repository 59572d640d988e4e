package org.terrinclus.core;

import java.util.Locale;
import java.util.Objects;

/**
 * A value that cannot exist in a record — an SDG goal 18, a negative amount, an unknown code —
 * explained in French and in English.
 *
 * <p>The model's factories and invariant checks throw it, so that readers of any format (JSON,
 * spreadsheets) report the model's own rule in both languages instead of restating it. {@link
 * #getMessage()} is the English text.
 */
public class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The French text. */
    private final String messageFr;

    /**
     * An invalid value, explained in both languages.
     *
     * @param messageFr what is wrong and how to fix it, in French
     * @param messageEn the same in English
     */
    public InvalidValueException(String messageFr, String messageEn) {
        super(messageEn);
        this.messageFr = Objects.requireNonNull(messageFr, "messageFr");
    }

    /**
     * The explanation for a reader of the given locale: French if its language is French,
     * English otherwise.
     *
     * @param locale the reader's locale
     * @return the explanation
     */
    public String getMessage(Locale locale) {
        return Labelled.isFrench(locale) ? messageFr : getMessage();
    }

    /**
     * The French explanation of any exception from the model: the French text of an {@code
     * InvalidValueException}, the message as it is otherwise.
     *
     * @param e an exception thrown by a factory or a builder of the model
     * @return its explanation in French, when the model gives one
     */
    public static String frenchMessageOf(IllegalArgumentException e) {
        return e instanceof InvalidValueException ? ((InvalidValueException) e).messageFr : e.getMessage();
    }
}
