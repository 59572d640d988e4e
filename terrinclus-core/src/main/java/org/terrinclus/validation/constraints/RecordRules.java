package org.terrinclus.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.terrinclus.validation.Profile;
import org.terrinclus.validation.Severity;
import org.terrinclus.validation.internal.RecordRulesValidator;

/**
 * Runs the rules of {@link org.terrinclus.validation.Rules} on a project record, for a host
 * application's Jakarta Validation {@code Validator}: each finding becomes a violation with the
 * rule's message template ({@code {terrinclus.<rule>}}), the finding's place as property path, and
 * its message in the host's locale.
 *
 * <p>{@code ProjectRecord} carries it four times, one per validation group: the draft errors in
 * {@code Default}, the publication-only errors, and the warnings and informations of each profile
 * in groups of their own (see {@link org.terrinclus.validation.Draft} and {@link
 * org.terrinclus.validation.Publication}).
 */
@Documented
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(RecordRules.List.class)
@Constraint(validatedBy = RecordRulesValidator.class)
public @interface RecordRules {

    /**
     * Unused: each violation has its rule's message.
     *
     * @return a placeholder
     */
    String message() default "Terrinclus rules";

    /**
     * The validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};

    /**
     * Whose rules to run: those of exactly this profile (the draft profile's rules are not run
     * again for {@link Profile#PUBLICATION}).
     *
     * @return the profile
     */
    Profile profile() default Profile.DRAFT;

    /**
     * Which findings to report.
     *
     * @return the severities; errors only by default
     */
    Severity[] severities() default {Severity.ERROR};

    /** Several {@link RecordRules} on one type. */
    @Documented
    @Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @interface List {
        /**
         * The constraints.
         *
         * @return the constraints
         */
        RecordRules[] value();
    }
}
