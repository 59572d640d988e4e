package org.terrinclus.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A record names its partners (organisations, countries or a description) and has a funding or
 * cost table. Rules {@code partner.missing} and {@code funding.missing}; declared in the {@link
 * org.terrinclus.validation.Publication} group.
 *
 * <p>Severity comes from the payload ({@code payload = Severity.Warning.class}); none means
 * error.
 */
@Documented
@Constraint(validatedBy = {org.terrinclus.validation.internal.PublishableValidator.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface Publishable {

    /**
     * The message template; each finding uses its own rule's template instead.
     *
     * @return the template of rule {@code partner.missing}
     */
    String message() default "{terrinclus.partner.missing}";

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
