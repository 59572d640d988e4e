package org.terrinclus.validation.internal;

/**
 * The group of the draft profile's warnings and informations; {@link
 * org.terrinclus.validation.Draft.WithWarnings} extends it.
 */
public interface DraftWarningRules {}
