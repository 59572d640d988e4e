package org.terrinclus.validation.internal;

/**
 * The group of the warnings and informations only the publication profile adds; {@link
 * org.terrinclus.validation.Publication.WithWarnings} extends it.
 */
public interface PublicationWarningRules {}
