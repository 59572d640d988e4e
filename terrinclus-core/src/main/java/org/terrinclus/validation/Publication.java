package org.terrinclus.validation;

import org.terrinclus.validation.internal.PublicationRules;
import org.terrinclus.validation.internal.PublicationWarningRules;

/**
 * Validation group of the publication profile's errors: the draft rules, plus what a sheet needs
 * before it is published (a title, a lead, partners, thematics, a funding table…).
 *
 * <p>{@code validator.validate(record, Publication.class)} reports the errors of both;
 * {@link WithWarnings} adds their warnings and informations.
 */
public interface Publication extends Draft, PublicationRules {

    /**
     * Validation group of every finding of the publication profile: errors, warnings and
     * informations of the draft and publication rules.
     *
     * <p>{@code validator.validate(record, Publication.WithWarnings.class)}; read each violation's
     * severity with {@link Severity#of(jakarta.validation.ConstraintViolation)}.
     */
    interface WithWarnings extends Publication, Draft.WithWarnings, PublicationWarningRules {}
}
