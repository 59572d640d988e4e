package org.terrinclus.validation.internal;

import java.util.Map;
import org.terrinclus.validation.Rule;

/**
 * Receives the findings of {@link Engine}: as {@code Finding}s for {@code RecordValidator}, as
 * constraint violations for a host's Jakarta Validation.
 */
interface Sink {

    /**
     * Takes one finding.
     *
     * @param rule the rule
     * @param key the rule's message key without prefix: its identifier, or {@code id/variant}
     * @param pointer a JSON Pointer into the record
     * @param parameters the message parameters, as they are to be shown
     */
    void add(Rule rule, String key, String pointer, Map<String, String> parameters);
}
