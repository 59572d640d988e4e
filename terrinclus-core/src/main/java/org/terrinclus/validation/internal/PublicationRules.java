package org.terrinclus.validation.internal;

/**
 * The group of the rules only the publication profile adds. {@link
 * org.terrinclus.validation.Publication} extends it; the library validates with {@code Default} and
 * this group only, so that Hibernate Validator walks the record twice, not three times.
 */
public interface PublicationRules {}
