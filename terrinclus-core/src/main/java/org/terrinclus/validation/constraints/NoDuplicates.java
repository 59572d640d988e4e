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
 * No list of a record names the same thing twice: partners, partner countries, SDGs, SDG targets,
 * thematics, recommendations and recommendation families; on a funding table, funders. Rules
 * {@code partner.duplicate}, {@code partner.country.duplicate}, {@code sdg.duplicate}, {@code
 * sdg.target.duplicate}, {@code thematic.duplicate}, {@code recommendation.duplicate}, {@code
 * recommendation.family.duplicate} and {@code funder.duplicate}.
 *
 * <p>Severity comes from the payload ({@code payload = Severity.Warning.class}); none means
 * error.
 */
@Documented
@Constraint(
        validatedBy = {
            org.terrinclus.validation.internal.RecordDuplicatesValidator.class,
            org.terrinclus.validation.internal.FundingPlanDuplicatesValidator.class
        })
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface NoDuplicates {

    /**
     * The message template; each finding uses its own rule's template instead.
     *
     * @return the template of rule {@code partner.duplicate}
     */
    String message() default "{terrinclus.partner.duplicate}";

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
