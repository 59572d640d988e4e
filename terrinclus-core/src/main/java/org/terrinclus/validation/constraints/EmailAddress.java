package org.terrinclus.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A {@code String} is an email address of the form {@code name@domain.tld}. Rule {@code
 * contact.email.invalid}; {@code null} is valid.
 *
 * <p>Severity comes from the payload ({@code payload = Severity.Warning.class}); none means
 * error.
 */
@Documented
@Constraint(validatedBy = {org.terrinclus.validation.internal.EmailAddressValidator.class})
@Target({METHOD, FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface EmailAddress {

    /**
     * The message template; each finding uses its own rule's template instead.
     *
     * @return the template of rule {@code contact.email.invalid}
     */
    String message() default "{terrinclus.contact.email.invalid}";

    /**
     * The validation groups.
     *
     * @return the groups; none means the default (draft) group
     */
    Class<?>[] groups() default {};

    /**
     * The payload, which carries the severity.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
