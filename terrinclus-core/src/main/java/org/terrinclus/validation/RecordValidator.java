package org.terrinclus.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.validation.internal.BilingualMessageInterpolator;
import org.terrinclus.validation.internal.JsonPointers;
import org.terrinclus.validation.internal.PublicationRules;

/**
 * Validates project records against the rules of a profile, and reports findings with their rule,
 * severity, JSON Pointer and messages in French and English.
 *
 * <p>Create one with {@link #create()} and keep it: building it is costly, using it is cheap, and
 * it is safe to share between threads.
 *
 * <pre>{@code
 * RecordValidator validator = RecordValidator.create();
 * ValidationReport report = validator.validate(record, Profile.PUBLICATION);
 * if (!report.isValid()) {
 *     report.getFindings(Severity.ERROR).forEach(f -> System.out.println(f.getPath() + " " + f.getMessage(Locale.FRENCH)));
 * }
 * }</pre>
 *
 * <p>It uses its own Hibernate Validator factory, independent of any the host application
 * configures, whose messages evaluate no Expression Language: user data in a record never runs.
 */
public final class RecordValidator {

    private final ValidatorFactory factory;
    private final Validator validator;

    private RecordValidator(ValidatorFactory factory) {
        this.factory = factory;
        this.validator = factory.getValidator();
    }

    /**
     * Builds a validator, with the library's own validator factory.
     *
     * @return a validator, to keep and share
     */
    public static RecordValidator create() {
        ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
                .configure()
                .ignoreXmlConfiguration()
                .messageInterpolator(new BilingualMessageInterpolator())
                .buildValidatorFactory();
        return new RecordValidator(factory);
    }

    /**
     * Validates a record against the rules of a profile.
     *
     * @param record the record
     * @param profile {@link Profile#DRAFT} for the rules every record must follow, {@link
     *     Profile#PUBLICATION} for those and the rules of a sheet ready to publish
     * @return the findings, sorted by path then rule
     */
    public ValidationReport validate(ProjectRecord record, Profile profile) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(profile, "profile");
        Set<ConstraintViolation<ProjectRecord>> violations = profile == Profile.PUBLICATION
                ? validator.validate(record, Default.class, PublicationRules.class)
                : validator.validate(record, Default.class);
        List<Finding> findings = new ArrayList<>(violations.size());
        for (ConstraintViolation<ProjectRecord> violation : violations) {
            findings.add(toFinding(violation));
        }
        return ValidationReport.of(findings);
    }

    private static Finding toFinding(ConstraintViolation<?> violation) {
        String[] messages = BilingualMessageInterpolator.unpack(violation.getMessage());
        return Finding.of(
                ruleOf(violation),
                Severity.of(violation),
                JsonPointers.of(violation.getPropertyPath()),
                messages[0],
                messages[1]);
    }

    /**
     * The rule of a violation ({@link Rules#idOf}); for a constraint that is not one of the
     * library's, {@code constraint.} and the simple name of its annotation.
     */
    static String ruleOf(ConstraintViolation<?> violation) {
        return Rules.idOf(violation)
                .orElseGet(() -> "constraint."
                        + violation
                                .getConstraintDescriptor()
                                .getAnnotation()
                                .annotationType()
                                .getSimpleName());
    }

    /** Describes this validator, with the Bean Validation provider it uses. */
    @Override
    public String toString() {
        return "RecordValidator{" + factory.getClass().getName() + "}";
    }
}
