package org.terrinclus.examples.cli;

import java.util.Locale;

/** The language of the tool's output: French (the default) or English. */
enum Lang {
    FR(Locale.FRENCH),
    EN(Locale.ENGLISH);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    /** The locale to ask the library for messages and labels in this language. */
    Locale locale() {
        return locale;
    }

    /** Picks the French or the English text. */
    String t(String fr, String en) {
        return this == FR ? fr : en;
    }

    /** The option value, as {@code fr}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
