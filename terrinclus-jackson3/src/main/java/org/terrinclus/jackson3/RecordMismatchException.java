package org.terrinclus.jackson3;

import java.util.List;
import java.util.stream.Collectors;
import org.terrinclus.json.ReadFailure;
import org.terrinclus.validation.Finding;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * What {@link TerrinclusJackson3Module} throws for a value it cannot read: every finding, in the
 * message and as data ({@link #getFindings()}), with the lines and columns of the text read.
 */
public final class RecordMismatchException extends MismatchedInputException implements ReadFailure {

    private static final long serialVersionUID = 1L;

    private final transient List<Finding> findings;

    RecordMismatchException(JsonParser parser, Class<?> type, List<Finding> findings) {
        super(
                parser,
                "The record could not be read: "
                        + findings.stream().map(Finding::toString).collect(Collectors.joining("; ")),
                type);
        this.findings = List.copyOf(findings);
    }

    @Override
    public List<Finding> getFindings() {
        return findings;
    }
}
