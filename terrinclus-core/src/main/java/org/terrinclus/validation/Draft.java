package org.terrinclus.validation;

import jakarta.validation.groups.Default;
import org.terrinclus.validation.internal.DraftWarningRules;

/**
 * Validation group of the draft profile's errors: the rules that apply to any record, even one
 * being written.
 *
 * <p>It extends {@link Default}, so a host application's plain {@code validator.validate(record)}
 * (or {@code @Valid}) reports exactly the draft profile's errors: a record without error passes.
 * {@link WithWarnings} adds the warnings and informations.
 */
public interface Draft extends Default {

    /**
     * Validation group of every finding of the draft profile: errors, warnings and informations.
     *
     * <p>{@code validator.validate(record, Draft.WithWarnings.class)}; read each violation's
     * severity with {@link Severity#of(jakarta.validation.ConstraintViolation)}.
     */
    interface WithWarnings extends Draft, DraftWarningRules {}
}
