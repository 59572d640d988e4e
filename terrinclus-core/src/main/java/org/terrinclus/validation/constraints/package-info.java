/**
 * The Jakarta Validation door to the Terrinclus rules: {@link
 * org.terrinclus.validation.constraints.RecordRules}, the constraint {@code ProjectRecord} carries,
 * runs the rules of {@link org.terrinclus.validation.Rules} under a host application's own {@code
 * Validator} (Hibernate Validator 8 or 9).
 */
package org.terrinclus.validation.constraints;
