/**
 * Validation of project records: the rules, their severities and profiles, and the findings they
 * report.
 *
 * <p>Start with {@link org.terrinclus.validation.RecordValidator}: build it once, then call
 * {@code validate(record, Profile.PUBLICATION)} to get a {@link
 * org.terrinclus.validation.ValidationReport} whose {@link org.terrinclus.validation.Finding
 * findings} each name a rule, a severity, a JSON Pointer into the record and a message in French
 * and English. {@link org.terrinclus.validation.Rules#all()} is the catalogue of every rule.
 *
 * <p>The rules are ordinary Jakarta Validation constraints on the model's getters, so a host
 * application's own {@link jakarta.validation.Validator} applies them too: the draft rules in the
 * default group, the publication rules in {@link org.terrinclus.validation.Publication}. The rule
 * of a violation is the key of its message template ({@code {terrinclus.title.missing}} is rule
 * {@code title.missing}); its severity is the constraint's payload ({@link
 * org.terrinclus.validation.Severity#of(jakarta.validation.ConstraintViolation)}).
 */
@TerrinclusStyle
package org.terrinclus.validation;

import org.terrinclus.core.TerrinclusStyle;
