package org.terrinclus.validation.internal;

/**
 * The group of the errors only the publication profile adds; {@link
 * org.terrinclus.validation.Publication} extends it.
 */
public interface PublicationRules {}
