package org.terrinclus.validation;

/**
 * Validation group of the publication profile: the draft rules, plus what a sheet needs before it
 * is published (a title, a lead, partners, thematics, a funding table…).
 *
 * <p>{@code validator.validate(record, Publication.class)} applies both.
 */
public interface Publication extends Draft, org.terrinclus.validation.internal.PublicationRules {}
