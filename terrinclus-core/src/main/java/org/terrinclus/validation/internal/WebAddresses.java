package org.terrinclus.validation.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The form of a web address, for {@code resource.url.invalid}: an absolute http or https URL with a host. */
public final class WebAddresses {

    private WebAddresses() {}

    /**
     * Whether a text is such an address.
     *
     * @param url the text
     * @return true if it is
     */
    public static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (scheme == null || uri.isOpaque()) {
                return false;
            }
            String lower = scheme.toLowerCase(Locale.ROOT);
            return (lower.equals("http") || lower.equals("https"))
                    && uri.getHost() != null
                    && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
