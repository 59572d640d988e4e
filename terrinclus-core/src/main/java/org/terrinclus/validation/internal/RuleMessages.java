package org.terrinclus.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The French and English messages of a rule (or of a variant of its wording), for {@code
 * RecordValidator}: the templates of the {@code ContributorValidationMessages} bundles, read and
 * parsed once per rule, and filled in with parameter values written as they are.
 *
 * <p>A template holds literal text and {@code {parameter}} references only, and a value is never
 * evaluated, resolved nor un-escaped: the texts are those a host's Hibernate Validator gives. As
 * Hibernate Validator does, a key of the application's own {@code ValidationMessages} bundle comes
 * before the library's. A template using anything else (an expression, a nested key, an escape)
 * is refused when first read, rather than filled in differently.
 */
final class RuleMessages {

    /** The prefix of every message key of the library's rules. */
    static final String KEY_PREFIX = "terrinclus.";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final String USER_BUNDLE = "ValidationMessages";
    private static final String CONTRIBUTOR_BUNDLE = "ContributorValidationMessages";
    private static final Map<String, RuleMessages> CACHE = new ConcurrentHashMap<>();

    private final String rule;
    private final Object[] french;
    private final Object[] english;

    private RuleMessages(String key) {
        int variant = key.indexOf('/');
        this.rule = variant < 0 ? key : key.substring(0, variant);
        this.french = parse(key, resolve(key, Locale.FRENCH));
        this.english = parse(key, resolve(key, Locale.ENGLISH));
    }

    /** The messages of a rule, as {@code title.missing} or {@code figure.total-cost.inconsistent/unit}. */
    static RuleMessages of(String key) {
        RuleMessages messages = CACHE.get(key);
        if (messages == null) {
            messages = CACHE.computeIfAbsent(key, RuleMessages::new);
        }
        return messages;
    }

    /** The rule's identifier, without the variant. */
    String getRule() {
        return rule;
    }

    String french(Map<String, String> parameters) {
        return fill(french, parameters);
    }

    String english(Map<String, String> parameters) {
        return fill(english, parameters);
    }

    private static String fill(Object[] parts, Map<String, String> parameters) {
        if (parts.length == 1 && parts[0] instanceof String) {
            return (String) parts[0];
        }
        StringBuilder text = new StringBuilder(128);
        for (Object part : parts) {
            if (part instanceof String) {
                text.append((String) part);
            } else {
                String name = ((Parameter) part).name;
                String value = parameters.get(name);
                // Hibernate Validator leaves an unknown parameter as it is written.
                text.append(value != null ? value : "{" + name + "}");
            }
        }
        return text.toString();
    }

    private static String resolve(String key, Locale locale) {
        String fullKey = KEY_PREFIX + key;
        String user = lookUp(USER_BUNDLE, fullKey, locale);
        if (user != null) {
            return user;
        }
        String contributed = lookUp(CONTRIBUTOR_BUNDLE, fullKey, locale);
        if (contributed == null) {
            throw new IllegalStateException("No message " + fullKey + " for " + locale);
        }
        return contributed;
    }

    private static String lookUp(String bundleName, String key, Locale locale) {
        try {
            ResourceBundle bundle =
                    ResourceBundle.getBundle(bundleName, locale, RuleMessages.class.getClassLoader(), NO_FALLBACK);
            return bundle.containsKey(key) ? bundle.getString(key) : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** Literal strings and {@link Parameter}s, in order. */
    private static Object[] parse(String key, String template) {
        List<Object> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '\\' || c == '$' || c == '#' || c == '}') {
                throw unsupported(key, template);
            }
            if (c != '{') {
                literal.append(c);
                i++;
                continue;
            }
            int close = template.indexOf('}', i);
            String name = close < 0 ? "" : template.substring(i + 1, close);
            if (name.isEmpty() || !name.chars().allMatch(Character::isLetterOrDigit)) {
                throw unsupported(key, template);
            }
            if (literal.length() > 0) {
                parts.add(literal.toString());
                literal.setLength(0);
            }
            parts.add(new Parameter(name));
            i = close + 1;
        }
        if (literal.length() > 0 || parts.isEmpty()) {
            parts.add(literal.toString());
        }
        return parts.toArray();
    }

    private static IllegalStateException unsupported(String key, String template) {
        return new IllegalStateException(
                "Message " + key + " is not plain text with {parameter} references: " + template);
    }

    private static final class Parameter {
        final String name;

        Parameter(String name) {
            this.name = name;
        }
    }
}
