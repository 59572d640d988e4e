package org.terrinclus.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.terrinclus.validation.constraints.WebAddress;

/** {@link WebAddress}: {@code resource.url.invalid}; an absolute http or https URL with a host. */
public final class WebAddressValidator implements ConstraintValidator<WebAddress, String> {

    @Override
    public boolean isValid(String url, ConstraintValidatorContext context) {
        if (url == null) {
            return true;
        }
        Violations report = Violations.in(context);
        check(url, report);
        return report.valid();
    }

    /** Reports on {@code url}; shared by Hibernate Validator and the library's own traversal. */
    static void check(String url, Violations report) {
        if (!isWebAddress(url)) {
            report.text("url", url).here("resource.url.invalid");
        }
    }

    static boolean isWebAddress(String url) {
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
