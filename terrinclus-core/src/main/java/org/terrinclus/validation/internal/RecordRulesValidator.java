package org.terrinclus.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeContextBuilder;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.validation.Profile;
import org.terrinclus.validation.Rule;
import org.terrinclus.validation.Severity;
import org.terrinclus.validation.constraints.RecordRules;

/**
 * {@link RecordRules}: runs {@link Engine} on the record, and reports each finding as a violation
 * whose template is the rule's message key, whose property path names the finding's place, and
 * whose parameters fill in the message.
 *
 * <p>Message parameters are a Hibernate Validator feature; when the host's provider is another,
 * violations carry the rule's template without parameters. User text only ever goes in
 * parameters, never in a template, so no host interpolator evaluates it.
 */
public final class RecordRulesValidator implements ConstraintValidator<RecordRules, ProjectRecord> {

    private static final Map<String, Engine> ENGINES = new ConcurrentHashMap<>();

    private Engine engine;

    @Override
    public void initialize(RecordRules annotation) {
        Profile profile = annotation.profile();
        Set<Severity> severities = EnumSet.noneOf(Severity.class);
        severities.addAll(java.util.List.of(annotation.severities()));
        engine = ENGINES.computeIfAbsent(
                profile.getCode() + severities,
                k -> Engine.of(rule -> rule.getProfile() == profile && severities.contains(rule.getSeverity())));
    }

    @Override
    public boolean isValid(ProjectRecord record, ConstraintValidatorContext context) {
        if (record == null) {
            return true;
        }
        Violations violations = new Violations(context);
        engine.run(record, violations);
        return violations.none;
    }

    /** Turns findings into violations on the context. */
    private static final class Violations implements Sink {
        private final ConstraintValidatorContext context;
        private final HostParameters parameters;
        private boolean none = true;

        Violations(ConstraintValidatorContext context) {
            this.context = context;
            this.parameters = HostParameters.of(context);
        }

        @Override
        public void add(Rule rule, String key, String pointer, Map<String, String> values) {
            if (none) {
                context.disableDefaultConstraintViolation();
                none = false;
            }
            if (parameters != null) {
                values.forEach(parameters::set);
            }
            place(context.buildConstraintViolationWithTemplate("{" + RuleMessages.KEY_PREFIX + key + "}"), pointer);
        }
    }

    /**
     * Adds the violation at a JSON Pointer: a name is a property node, an index applies to the
     * next node ({@code funding[0].declaredTotal}) or to a bean node ({@code partners[1]}).
     */
    static void place(ConstraintViolationBuilder builder, String pointer) {
        Object node = builder;
        Integer index = null;
        if (!pointer.isEmpty()) {
            for (String token : pointer.substring(1).split("/", -1)) {
                if (isIndex(token)) {
                    index = Integer.valueOf(token);
                    continue;
                }
                NodeBuilderCustomizableContext next = property(node, unescape(token));
                node = index == null ? next : next.inIterable().atIndex(index);
                index = null;
            }
        }
        if (index != null) {
            bean(node).inIterable().atIndex(index).addConstraintViolation();
        } else if (node instanceof ConstraintViolationBuilder) {
            ((ConstraintViolationBuilder) node).addConstraintViolation();
        } else if (node instanceof NodeBuilderCustomizableContext) {
            ((NodeBuilderCustomizableContext) node).addConstraintViolation();
        } else {
            ((NodeBuilderDefinedContext) node).addConstraintViolation();
        }
    }

    private static NodeBuilderCustomizableContext property(Object node, String name) {
        if (node instanceof ConstraintViolationBuilder) {
            return ((ConstraintViolationBuilder) node).addPropertyNode(name);
        }
        if (node instanceof NodeBuilderCustomizableContext) {
            return ((NodeBuilderCustomizableContext) node).addPropertyNode(name);
        }
        if (node instanceof NodeContextBuilder) {
            return ((NodeContextBuilder) node).addPropertyNode(name);
        }
        return ((NodeBuilderDefinedContext) node).addPropertyNode(name);
    }

    private static ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext bean(Object node) {
        if (node instanceof ConstraintViolationBuilder) {
            return ((ConstraintViolationBuilder) node).addBeanNode();
        }
        if (node instanceof NodeBuilderCustomizableContext) {
            return ((NodeBuilderCustomizableContext) node).addBeanNode();
        }
        return ((NodeBuilderDefinedContext) node).addBeanNode();
    }

    private static boolean isIndex(String token) {
        if (token.isEmpty() || token.length() > 9) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }
}
