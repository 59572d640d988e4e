package org.terrinclus.testing;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.validation.Draft;
import org.terrinclus.validation.Finding;
import org.terrinclus.validation.Profile;
import org.terrinclus.validation.Publication;
import org.terrinclus.validation.RecordValidator;
import org.terrinclus.validation.Rules;
import org.terrinclus.validation.Severity;
import org.terrinclus.validation.internal.JsonPointers;

/**
 * A host application's Jakarta Validation, for tests that compare it with {@link RecordValidator}:
 * Hibernate Validator's default message interpolator with Expression Language, in one locale, and
 * each finding or violation described the same way (severity, rule, JSON Pointer, message).
 */
public final class HostValidation {

    private static final RecordValidator OWN = RecordValidator.create();

    private HostValidation() {}

    /** A validation group of the door, and what {@link RecordValidator} must report for it. */
    public enum Group {
        /** {@code validator.validate(record)}: the draft profile's errors. */
        DEFAULT(Default.class, Profile.DRAFT, false),
        /** The publication profile's errors. */
        PUBLICATION(Publication.class, Profile.PUBLICATION, false),
        /** Every finding of the draft profile. */
        DRAFT_WITH_WARNINGS(Draft.WithWarnings.class, Profile.DRAFT, true),
        /** Every finding of the publication profile. */
        PUBLICATION_WITH_WARNINGS(Publication.WithWarnings.class, Profile.PUBLICATION, true);

        /** The group class a host passes. */
        public final Class<?> group;
        /** The profile it stands for. */
        public final Profile profile;
        /** Whether warnings and informations are included. */
        public final boolean warnings;

        Group(Class<?> group, Profile profile, boolean warnings) {
            this.group = group;
            this.profile = profile;
            this.warnings = warnings;
        }
    }

    /**
     * A host's factory, as a Spring Boot application has it: Hibernate Validator's default message
     * interpolator, Expression Language on the class path, messages in one locale.
     *
     * @param locale the host's locale
     * @param everyExpression true to enable Expression Language everywhere, custom violations
     *     included, beyond Hibernate Validator's defaults
     * @return the factory; close it
     */
    public static ValidatorFactory factory(Locale locale, boolean everyExpression) {
        var configuration =
                Validation.byProvider(HibernateValidator.class).configure().defaultLocale(locale);
        if (everyExpression) {
            configuration
                    .constraintExpressionLanguageFeatureLevel(ExpressionLanguageFeatureLevel.BEAN_METHODS)
                    .customViolationExpressionLanguageFeatureLevel(ExpressionLanguageFeatureLevel.BEAN_METHODS);
        }
        return configuration.buildValidatorFactory();
    }

    /**
     * What a host's validator reports for one group, one line per violation, sorted.
     *
     * @param validator the host's validator
     * @param record the record
     * @param group the group
     * @return lines {@code severity rule pointer | message}
     */
    public static List<String> host(Validator validator, ProjectRecord record, Group group) {
        Set<ConstraintViolation<ProjectRecord>> violations = validator.validate(record, group.group);
        List<String> lines = new ArrayList<>();
        for (ConstraintViolation<ProjectRecord> violation : violations) {
            lines.add(Severity.of(violation).getCode() + " "
                    + Rules.idOf(violation).orElse("(not a rule: " + violation.getMessageTemplate() + ")")
                    + " " + JsonPointers.of(violation.getPropertyPath()) + " | " + violation.getMessage());
        }
        lines.sort(null);
        return lines;
    }

    /**
     * What {@link RecordValidator} reports that a host should see for one group, described as
     * {@link #host} does.
     *
     * @param record the record
     * @param group the group
     * @param locale the host's locale
     * @return the lines, sorted
     */
    public static List<String> own(ProjectRecord record, Group group, Locale locale) {
        List<String> lines = new ArrayList<>();
        for (Finding finding : OWN.validate(record, group.profile).getFindings()) {
            if (group.warnings || finding.getSeverity() == Severity.ERROR) {
                lines.add(finding.getSeverity().getCode() + " " + finding.getRule() + " " + finding.getPath() + " | "
                        + finding.getMessage(locale));
            }
        }
        lines.sort(null);
        return lines;
    }
}
