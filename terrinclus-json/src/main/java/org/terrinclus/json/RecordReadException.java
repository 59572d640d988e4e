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

    static String describe(List<Finding> findings) {
        return "The record could not be read: "
                + findings.stream().map(Finding::toString).collect(Collectors.joining("; "));
    }
}
