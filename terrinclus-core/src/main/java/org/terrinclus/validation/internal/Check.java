package org.terrinclus.validation.internal;

/**
 * The check of a rule at one part of a record: reports a finding for each problem it sees.
 *
 * @param <T> the type of the part's value
 */
@FunctionalInterface
public interface Check<T> {

    /**
     * Checks a value.
     *
     * @param value the part's value, never null
     * @param report where to report, at the part's place or below it
     */
    void check(T value, Report report);
}
