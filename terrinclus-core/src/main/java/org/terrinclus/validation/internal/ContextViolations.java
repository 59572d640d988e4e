package org.terrinclus.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * {@link Violations} inside Hibernate Validator: each finding is a constraint violation with the
 * rule's template and a property path built on the context.
 */
final class ContextViolations extends Violations {

    private final ConstraintValidatorContext plain;
    private HibernateConstraintValidatorContext context;

    ContextViolations(ConstraintValidatorContext context) {
        this.plain = context;
    }

    // Unwrapped on first use, so that a check that finds nothing leaves the context untouched.
    private HibernateConstraintValidatorContext context() {
        if (context == null) {
            context = plain.unwrap(HibernateConstraintValidatorContext.class);
            context.disableDefaultConstraintViolation();
        }
        return context;
    }

    @Override
    void parameter(String name, String value) {
        context().addMessageParameter(name, MessageParameters.literal(value));
    }

    @Override
    void addHere(String rule) {
        context().buildConstraintViolationWithTemplate(template(rule)).addConstraintViolation();
    }

    @Override
    void addOnProperty(String rule, String property) {
        context()
                .buildConstraintViolationWithTemplate(template(rule))
                .addPropertyNode(property)
                .addConstraintViolation();
    }

    @Override
    void addOnElement(String rule, String list, int index) {
        context()
                .buildConstraintViolationWithTemplate(template(rule))
                .addPropertyNode(list)
                .addBeanNode()
                .inIterable()
                .atIndex(index)
                .addConstraintViolation();
    }

    @Override
    void addOnElementProperty(String rule, String list, int index, String property) {
        context()
                .buildConstraintViolationWithTemplate(template(rule))
                .addPropertyNode(list)
                .addPropertyNode(property)
                .inIterable()
                .atIndex(index)
                .addConstraintViolation();
    }
}
