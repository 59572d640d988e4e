package org.terrinclus.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** The raw message templates of the library's bundles, read as Hibernate Validator reads them. */
final class Bundles {

    static final String BASE = "ContributorValidationMessages";
    static final String PREFIX = "terrinclus.";

    private Bundles() {}

    /** The file name of a bundle: {@code ""}, {@code "_fr"} or {@code "_en"}. */
    static String file(String suffix) {
        return BASE + suffix + ".properties";
    }

    /** The templates of a bundle by key, keys sorted; read as ISO-8859-1 with escapes, as HV does. */
    static Map<String, String> templates(String suffix) {
        try (InputStream in = Bundles.class.getClassLoader().getResourceAsStream(file(suffix))) {
            if (in == null) {
                throw new IllegalStateException("no bundle " + file(suffix));
            }
            Properties properties = new Properties();
            properties.load(in);
            Map<String, String> templates = new TreeMap<>();
            properties.stringPropertyNames().forEach(k -> templates.put(k, properties.getProperty(k)));
            return templates;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The keys of a rule's messages: its own and its variants ({@code rule/variant}), sorted. */
    static List<String> keysOf(String rule, Map<String, String> templates) {
        List<String> keys = new ArrayList<>();
        for (String key : templates.keySet()) {
            if (key.equals(PREFIX + rule) || key.startsWith(PREFIX + rule + "/")) {
                keys.add(key);
            }
        }
        return keys;
    }
}
