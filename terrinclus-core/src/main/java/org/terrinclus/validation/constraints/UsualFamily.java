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
 * A recommendation is filed under its home family in the catalogue. Rule {@code
 * recommendation.family.unusual}, usually an information.
 *
 * <p>Severity comes from the payload ({@code payload = Severity.Warning.class}); none means
 * error.
 */
@Documented
@Constraint(validatedBy = {org.terrinclus.validation.internal.UsualFamilyValidator.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface UsualFamily {

    /**
     * The message template; each finding uses its own rule's template instead.
     *
     * @return the template of rule {@code recommendation.family.unusual}
     */
    String message() default "{terrinclus.recommendation.family.unusual}";

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
