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
 * The declared total of a funding or cost table equals the sum of its rows, all in one currency.
 * Rules {@code funding.total.mismatch}, {@code funding.currency.mixed}, {@code
 * costs.total.mismatch} and {@code costs.currency.mixed}.
 *
 * <p>Severity comes from the payload ({@code payload = Severity.Warning.class}); none means
 * error.
 */
@Documented
@Constraint(
        validatedBy = {
            org.terrinclus.validation.internal.FundingPlanTotalsValidator.class,
            org.terrinclus.validation.internal.CostBreakdownTotalsValidator.class
        })
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ConsistentTotals {

    /**
     * The message template; each finding uses its own rule's template instead.
     *
     * @return the template of rule {@code funding.total.mismatch}
     */
    String message() default "{terrinclus.funding.total.mismatch}";

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
