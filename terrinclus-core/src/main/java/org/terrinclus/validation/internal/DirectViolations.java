package org.terrinclus.validation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.terrinclus.validation.Finding;
import org.terrinclus.validation.Severity;

/**
 * {@link Violations} of the library's own traversal: each finding is appended to a list, with the
 * JSON Pointer of the checked object followed by the reported place, the severity of the checking
 * constraint and both messages ({@link RuleMessages}).
 *
 * <p>One instance per constraint applied to one object, as Hibernate Validator gives each call of
 * a constraint validator its own context: parameters set for one finding stay for the next ones of
 * the same check.
 */
final class DirectViolations extends Violations {

    private final List<Finding> findings;
    private final String base;
    private final Severity severity;
    private Map<String, String> parameters;

    DirectViolations(List<Finding> findings, String base, Severity severity) {
        this.findings = findings;
        this.base = base;
        this.severity = severity;
    }

    @Override
    void parameter(String name, String value) {
        if (parameters == null) {
            parameters = new HashMap<>();
        }
        parameters.put(name, value);
    }

    @Override
    void addHere(String rule) {
        add(rule, base);
    }

    @Override
    void addOnProperty(String rule, String property) {
        add(rule, base + '/' + JsonPointers.escape(property));
    }

    @Override
    void addOnElement(String rule, String list, int index) {
        add(rule, base + '/' + JsonPointers.escape(list) + '/' + index);
    }

    @Override
    void addOnElementProperty(String rule, String list, int index, String property) {
        add(rule, base + '/' + JsonPointers.escape(list) + '/' + index + '/' + JsonPointers.escape(property));
    }

    private void add(String rule, String path) {
        RuleMessages messages = RuleMessages.of(rule);
        Map<String, String> values = parameters == null ? Map.of() : parameters;
        findings.add(Finding.of(messages.getRule(), severity, path, messages.french(values), messages.english(values)));
    }
}
