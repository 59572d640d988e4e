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
 * The validation {@link RecordValidator} did before it walked records itself: Hibernate
 * Validator's traversal, with the library's own factory (no Expression Language) and bilingual
 * interpolator. The reference {@link FastPathEquivalenceTest} compares the walker with, on the
 * Hibernate Validator of each surefire execution.
 */
final class HibernateRecordValidator {

    private final ValidatorFactory factory;
    private final Validator validator;

    private HibernateRecordValidator(ValidatorFactory factory) {
        this.factory = factory;
        this.validator = factory.getValidator();
    }

    /**
     * Builds a validator, with the library's own validator factory.
     *
     * @return a validator, to keep and share
     */
    static HibernateRecordValidator create() {
        ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
                .configure()
                .ignoreXmlConfiguration()
                .messageInterpolator(new BilingualMessageInterpolator())
                .buildValidatorFactory();
        return new HibernateRecordValidator(factory);
    }

    /**
     * Validates a record against the rules of a profile.
     *
     * @param record the record
     * @param profile {@link Profile#DRAFT} for the rules every record must follow, {@link
     *     Profile#PUBLICATION} for those and the rules of a sheet ready to publish
     * @return the findings, sorted by path then rule
     */
    ValidationReport validate(ProjectRecord record, Profile profile) {
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
        return "HibernateRecordValidator{" + factory.getClass().getName() + "}";
    }
}
