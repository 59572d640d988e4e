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
 * Turns user data into message parameter values that every interpolator prints literally.
 *
 * <p>User data never goes into a message template; it goes in message parameters, which Hibernate
 * Validator substitutes without evaluating them as templates or expressions ("${1+1}" and
 * "{title}" stay as they are). One difference remains between versions: Hibernate Validator 8
 * un-escapes backslash sequences in parameter values ({@code \{} becomes {@code {}), version 9
 * does not. So a value that holds a backslash is escaped when, and only when, the running engine
 * un-escapes; which it does is found once, by a probe.
 */
public final class MessageParameters {

    private MessageParameters() {}

    /**
     * Returns the value to pass to {@code addMessageParameter} so that the message shows
     * {@code text} exactly.
     */
    public static String literal(String text) {
        if (text.indexOf('\\') < 0 || !Probe.UNESCAPES) {
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
