package org.terrinclus.json;

import java.util.List;
import org.terrinclus.validation.Finding;

/**
 * An exception that says, as findings, why a record could not be read: thrown by
 * {@link ReadResult#orElseThrow()} and by the Jackson modules, so that a host (a Spring
 * exception handler, say) can answer every finding, whichever path the record came by.
 */
public interface ReadFailure {

    /** The findings that prevented reading the record: rule, severity, JSON Pointer, line and column. */
    List<Finding> getFindings();
}
