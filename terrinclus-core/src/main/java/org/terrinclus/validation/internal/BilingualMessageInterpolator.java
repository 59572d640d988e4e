package org.terrinclus.validation.internal;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Interpolates each message in French and in English at once, so that one validation gives both
 * texts.
 *
 * <p>It wraps a {@link ParameterMessageInterpolator}, which evaluates no Expression Language. The
 * two texts are packed into the violation's message as {@code <length of French>:<French><English>}
 * and unpacked by {@link #unpack(String)}. {@code RecordValidator} no longer goes through Hibernate
 * Validator ({@link RecordWalker}); the tests' Hibernate Validator reference, which it is compared
 * with, uses this interpolator.
 */
public final class BilingualMessageInterpolator implements MessageInterpolator {

    private final MessageInterpolator delegate = new ParameterMessageInterpolator();

    @Override
    public String interpolate(String messageTemplate, Context context) {
        String french = delegate.interpolate(messageTemplate, context, Locale.FRENCH);
        String english = delegate.interpolate(messageTemplate, context, Locale.ENGLISH);
        return french.length() + ":" + french + english;
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale locale) {
        return interpolate(messageTemplate, context);
    }

    /** The French and English texts of a packed message. */
    public static String[] unpack(String packed) {
        int colon = packed.indexOf(':');
        int length = Integer.parseInt(packed.substring(0, colon));
        String french = packed.substring(colon + 1, colon + 1 + length);
        String english = packed.substring(colon + 1 + length);
        return new String[] {french, english};
    }
}
