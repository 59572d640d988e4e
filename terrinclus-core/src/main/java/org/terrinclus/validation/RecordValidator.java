package org.terrinclus.validation;

import java.util.Objects;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.validation.internal.Engine;

/**
 * Validates project records against the rules of a profile, and reports findings with their rule,
 * severity, JSON Pointer and messages in French and English.
 *
 * <p>Create one with {@link #create()} and keep it; it is safe to share between threads.
 *
 * <pre>{@code
 * RecordValidator validator = RecordValidator.create();
 * ValidationReport report = validator.validate(record, Profile.PUBLICATION);
 * if (!report.isValid()) {
 *     report.getFindings(Severity.ERROR).forEach(f -> System.out.println(f.getPath() + " " + f.getMessage(Locale.FRENCH)));
 * }
 * }</pre>
 *
 * <p>It runs the rules of {@link Rules}, the same engine a host application's Jakarta Validation
 * {@code Validator} runs through the constraint on {@code ProjectRecord}; unlike a host, it
 * reports every severity. Messages are filled in without any Expression Language: user data in a
 * record never runs.
 */
public final class RecordValidator {

    private static final Engine DRAFT = Engine.of(rule -> rule.getProfile() == Profile.DRAFT);
    private static final Engine PUBLICATION = Engine.of(rule -> true);

    private RecordValidator() {}

    /**
     * Builds a validator.
     *
     * @return a validator, to keep and share
     */
    public static RecordValidator create() {
        return new RecordValidator();
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
        return ValidationReport.of((profile == Profile.PUBLICATION ? PUBLICATION : DRAFT).findings(record));
    }

    /** Describes this validator. */
    @Override
    public String toString() {
        return "RecordValidator{" + Rules.all().size() + " rules}";
    }
}
