package org.terrinclus.jackson3;

import java.util.List;
import org.terrinclus.json.ReadFailure;
import org.terrinclus.json.RecordReadException;
import org.terrinclus.validation.Finding;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * What {@link TerrinclusJackson3Module} throws for a value it cannot read: every finding as data
 * ({@link #getFindings()}), with the lines and columns of the text read, and the first of them in
 * the message, which stays short whatever the input.
 */
public final class RecordMismatchException extends MismatchedInputException implements ReadFailure {

    private static final long serialVersionUID = 1L;

    private final transient List<Finding> findings;

    RecordMismatchException(JsonParser parser, Class<?> type, List<Finding> findings) {
        // The Jackson 2 module's message: the first findings and how many more, bounded whatever the input.
        super(parser, new RecordReadException(findings).getMessage(), type);
        this.findings = List.copyOf(findings);
    }

    @Override
    public List<Finding> getFindings() {
        return findings;
    }
}
