package org.terrinclus.validation.internal;

/**
 * The form of an email address, for {@code contact.email.invalid}.
 *
 * <p>Accepts {@code local@domain.tld}: a local part of at most 64 printable characters without
 * spaces, {@code @}, or dots at either end or in a row; a domain of at least two dot-separated
 * labels of letters (any script), digits and inner hyphens, the last of two letters or more.
 * Checked by hand, in linear time, whatever the input.
 */
public final class EmailAddresses {

    private EmailAddresses() {}

    private static final String LOCAL_SPECIALS = "!#$%&'*+/=?^_`{|}~-.";

    /**
     * Whether a text is such an address.
     *
     * @param email the text
     * @return true if it is
     */
    public static boolean isEmailAddress(String email) {
        int at = email.indexOf('@');
        if (at <= 0 || at != email.lastIndexOf('@') || email.length() > 254) {
            return false;
        }
        return isLocalPart(email.substring(0, at)) && isDomain(email.substring(at + 1));
    }

    private static boolean isLocalPart(String local) {
        if (local.length() > 64 || local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return false;
        }
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || LOCAL_SPECIALS.indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDomain(String domain) {
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
                return false;
            }
            for (int i = 0; i < label.length(); ) {
                int c = label.codePointAt(i);
                i += Character.charCount(c);
                if (!(Character.isLetterOrDigit(c) || c == '-')) {
                    return false;
                }
            }
        }
        String tld = labels[labels.length - 1];
        return tld.length() >= 2 && tld.codePoints().allMatch(Character::isLetter);
    }
}
