/**
 * The constraint annotations of the Terrinclus rules, as the model's getters carry them.
 *
 * <p>Each one checks one or more rules of {@link org.terrinclus.validation.Rules}; the severity of
 * its findings is its payload ({@link org.terrinclus.validation.Severity.Warning}…), the profile
 * its group ({@link org.terrinclus.validation.Publication} for the publication rules). They work
 * with any Hibernate Validator 8 or 9 factory, the library's own or a host application's.
 */
package org.terrinclus.validation.constraints;
