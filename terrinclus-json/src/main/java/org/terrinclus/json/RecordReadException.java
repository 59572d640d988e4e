package org.terrinclus.json;

import java.util.List;
import java.util.stream.Collectors;
import org.terrinclus.validation.Finding;

/**
 * Thrown by {@link ReadResult#orElseThrow()} when a record could not be read; it carries the
 * findings that say why.
 */
public final class RecordReadException extends RuntimeException implements ReadFailure {

    private static final long serialVersionUID = 1L;

    private final transient List<Finding> findings;

    /** An exception for the given findings. */
    public RecordReadException(List<Finding> findings) {
        super(describe(findings));
        this.findings = List.copyOf(findings);
    }

    /** The findings that prevented reading the record. */
    @Override
    public List<Finding> getFindings() {
        return findings;
    }

    /** The most findings a message lists; the exception itself keeps them all. */
    private static final int LISTED = 20;

    static String describe(List<Finding> findings) {
        String listed = findings.stream().limit(LISTED).map(Finding::toString).collect(Collectors.joining("; "));
        return "The record could not be read: " + listed
                + (findings.size() > LISTED ? "; and " + (findings.size() - LISTED) + " more findings" : "");
    }
}
