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
 * <p>A host application's own {@link jakarta.validation.Validator} runs the same rules through one
 * constraint on {@code ProjectRecord}: by default the draft profile's errors only, so that a record
 * without error passes {@code @Valid}; {@link org.terrinclus.validation.Publication} for the
 * publication profile's errors, and {@code Draft.WithWarnings} or {@code Publication.WithWarnings}
 * for warnings and informations too. The rule of a violation is the key of its message template
 * ({@code {terrinclus.title.missing}} is rule {@code title.missing}, {@link
 * org.terrinclus.validation.Rules#idOf}); its severity is the rule's ({@link
 * org.terrinclus.validation.Severity#of(jakarta.validation.ConstraintViolation)}).
 */
@TerrinclusStyle
package org.terrinclus.validation;

import org.terrinclus.core.TerrinclusStyle;
