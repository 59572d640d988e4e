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
 * What a record cites agrees with what it declares: each SDG target belongs to a declared SDG,
 * each recommendation is filed under a declared family. Rules {@code sdg.target.goal-undeclared}
 * and {@code recommendation.family.undeclared}.
 *
 * <p>Severity comes from the payload ({@code payload = Severity.Warning.class}); none means
 * error.
 */
@Documented
@Constraint(validatedBy = {org.terrinclus.validation.internal.DeclarationsValidator.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ConsistentDeclarations {

    /**
     * The message template; each finding uses its own rule's template instead.
     *
     * @return the template of rule {@code sdg.target.goal-undeclared}
     */
    String message() default "{terrinclus.sdg.target.goal-undeclared}";

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
