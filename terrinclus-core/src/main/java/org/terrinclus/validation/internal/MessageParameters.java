package org.terrinclus.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Turns user data into message parameter values that a host's Hibernate Validator prints
 * literally, whatever its Expression Language settings.
 *
 * <p>User data never goes into a message template; it goes in message parameters. Hibernate
 * Validator 9 inserts a parameter's value as it is. Version 8 interpolates the value with the rest
 * of the message: it un-escapes backslash sequences ({@code \{} becomes {@code {}) and, when the
 * host enables Expression Language for custom violations, evaluates {@code ${...}} in it
 * (CVE-2020-10693). So on an engine that does this, every {@code \}, {@code {}, {@code }} and
 * {@code $} of a value is escaped; which the running engine does is found once, by a probe.
 */
public final class MessageParameters {

    private MessageParameters() {}

    /**
     * Returns the value to pass to {@code addMessageParameter} so that the message shows
     * {@code text} exactly.
     */
    public static String literal(String text) {
        if (!needsEscape(text) || !Probe.UNESCAPES) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '{' || c == '}' || c == '$') {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    private static boolean needsEscape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '{' || c == '}' || c == '$') {
                return true;
            }
        }
        return false;
    }

    /** Whether the running Hibernate Validator un-escapes message parameter values. */
    static boolean engineUnescapesParameters() {
        return Probe.UNESCAPES;
    }

    // Holder: the probe runs on the first value with a backslash, not when the class loads.
    private static final class Probe {
        static final String SAMPLE = "a\\{b\\}c\\\\d\\$e";
        static final boolean UNESCAPES = run();

        private static boolean run() {
            try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
                    .configure()
                    .ignoreXmlConfiguration()
                    .messageInterpolator(new ParameterMessageInterpolator())
                    .buildValidatorFactory()) {
                Set<ConstraintViolation<ProbeBean>> violations =
                        factory.getValidator().validate(new ProbeBean());
                return violations.stream().noneMatch(v -> v.getMessage().equals("<" + SAMPLE + ">"));
            } catch (RuntimeException e) {
                // Hibernate Validator 8, this library's own dependency, un-escapes.
                return true;
            }
        }
    }

    /** Constraint of the probe; not for use. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @jakarta.validation.Constraint(validatedBy = ProbeValidator.class)
    public @interface ProbeConstraint {
        /** The message. */
        String message() default "<{probe}>";

        /** The groups. */
        Class<?>[] groups() default {};

        /** The payload. */
        Class<? extends Payload>[] payload() default {};
    }

    /** Validator of the probe; not for use. */
    public static final class ProbeValidator implements ConstraintValidator<ProbeConstraint, Object> {
        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("probe", Probe.SAMPLE);
            return false;
        }
    }

    /** The bean the probe validates; not for use. */
    @ProbeConstraint
    public static final class ProbeBean {}
}
