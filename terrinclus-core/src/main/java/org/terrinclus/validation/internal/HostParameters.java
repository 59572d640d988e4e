package org.terrinclus.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Message parameters on a host's Hibernate Validator context. Hibernate Validator is optional:
 * this class is loaded only when it is on the class path.
 */
final class HostParameters {

    private static final boolean AVAILABLE = available();

    private final HibernateConstraintValidatorContext context;

    private HostParameters(HibernateConstraintValidatorContext context) {
        this.context = context;
    }

    /** The parameters of a context, or null if its provider is not Hibernate Validator. */
    static HostParameters of(ConstraintValidatorContext context) {
        if (!AVAILABLE) {
            return null;
        }
        try {
            return new HostParameters(context.unwrap(HibernateConstraintValidatorContext.class));
        } catch (RuntimeException e) {
            return null;
        }
    }

    void set(String name, String value) {
        context.addMessageParameter(name, MessageParameters.literal(value));
    }

    private static boolean available() {
        try {
            Class.forName(
                    "org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext",
                    false,
                    HostParameters.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
