package org.terrinclus.validation.internal;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * {@code @NotBlank} as the running Hibernate Validator checks it, for the library's own traversal.
 *
 * <p>Hibernate Validator 8 calls a text blank when {@code trim()} leaves nothing (so a text of
 * control characters is blank, and one of em spaces is not); version 9 when {@code isBlank()} is
 * true (the other way round). The two agree on every other text; where they differ, which one
 * runs is found once, by a probe, as {@link MessageParameters} does for escapes.
 */
final class NotBlank {

    private NotBlank() {}

    /** Whether {@code @NotBlank} fails on this text. */
    static boolean fails(String text) {
        if (text == null) {
            return true;
        }
        boolean trimmed = text.trim().isEmpty();
        boolean blank = text.isBlank();
        if (trimmed == blank) {
            return blank;
        }
        return Probe.IS_BLANK ? blank : trimmed;
    }

    // Holder: the probe runs on the first text the two definitions disagree on.
    private static final class Probe {
        static final boolean IS_BLANK = run();

        private static boolean run() {
            try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
                    .configure()
                    .ignoreXmlConfiguration()
                    .messageInterpolator(new ParameterMessageInterpolator())
                    .buildValidatorFactory()) {
                // An em space: blank for isBlank(), not for trim().
                return !factory.getValidator().validate(new ProbeBean()).isEmpty();
            }
        }
    }

    /** The bean the probe validates; not for use. */
    public static final class ProbeBean {
        @jakarta.validation.constraints.NotBlank
        final String text = "\u2003";
    }
}
