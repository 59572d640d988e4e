package org.terrinclus.render.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which addresses from a record become links. Only absolute {@code http} and {@code https} URLs
 * with a host, and {@code mailto:} addresses; anything else ({@code javascript:}, {@code data:},
 * relative paths, addresses with spaces or control characters) is shown as text and never
 * becomes an {@code href}.
 */
public final class Links {

    private Links() {}

    /** The address to put in an {@code href}, if it is safe to link to. */
    public static Optional<String> web(String address) {
        if (address == null || hasUnsafeCharacters(address)) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme();
            if (scheme == null || uri.getHost() == null) {
                return Optional.empty();
            }
            String lower = scheme.toLowerCase(Locale.ROOT);
            return lower.equals("http") || lower.equals("https") ? Optional.of(uri.toASCIIString()) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** A {@code mailto:} link for an email address of the form name@domain, if it is one. */
    public static Optional<String> mail(String email) {
        if (email == null || hasUnsafeCharacters(email)) {
            return Optional.empty();
        }
        int at = email.indexOf('@');
        if (at <= 0 || at != email.lastIndexOf('@') || at == email.length() - 1) {
            return Optional.empty();
        }
        for (int i = 0; i < email.length(); i++) {
            char c = email.charAt(i);
            // Characters that would change the meaning of a mailto: URI (headers, fragments).
            if (c == '?' || c == '#' || c == '&' || c == '%' || c == '/' || c == ':' || c == '"' || c == '<' || c == '>'
                    || c == '\\') {
                return Optional.empty();
            }
        }
        return Optional.of("mailto:" + email);
    }

    private static boolean hasUnsafeCharacters(String text) {
        if (text.isEmpty() || text.length() > 2_000) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c == 0x7F || Character.isWhitespace(c) || Character.isISOControl(c)) {
                return true;
            }
        }
        return false;
    }
}
