package org.terrinclus.render.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.terrinclus.core.Labelled;

/** The fixed words of the pages, in French or English, from {@code labels_fr.properties} and {@code labels_en.properties}. */
public final class Labels {

    private static final Labels FRENCH = load("fr", Locale.FRENCH);
    private static final Labels ENGLISH = load("en", Locale.ENGLISH);

    private final String language;
    private final Locale locale;
    private final Map<String, String> words;

    private Labels(String language, Locale locale, Map<String, String> words) {
        this.language = language;
        this.locale = locale;
        this.words = words;
    }

    /** French for a French locale, English for any other. */
    public static Labels of(Locale locale) {
        return Labelled.isFrench(locale) ? FRENCH : ENGLISH;
    }

    /** The word for a key; a missing key is a bug, so it fails loudly rather than print the key. */
    public String get(String key) {
        String word = words.get(key);
        if (word == null) {
            throw new IllegalArgumentException("No label '" + key + "' in language " + language);
        }
        return word;
    }

    /** The page's language, for {@code <html lang>}: {@code fr} or {@code en}. */
    public String language() {
        return language;
    }

    /** The locale the library's own labels are asked in. */
    public Locale locale() {
        return locale;
    }

    /** Every key, to check that both languages have the same ones. */
    Map<String, String> all() {
        return words;
    }

    private static Labels load(String language, Locale locale) {
        String name = "labels_" + language + ".properties";
        Properties properties = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> words = new TreeMap<>();
        properties.forEach((key, value) -> words.put((String) key, (String) value));
        return new Labels(language, locale, Map.copyOf(words));
    }
}
