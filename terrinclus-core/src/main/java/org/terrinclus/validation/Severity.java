package org.terrinclus.validation;

import jakarta.validation.Payload;
import java.util.Locale;
import java.util.Set;
import org.terrinclus.core.Labelled;

/**
 * How serious a finding is: an error makes a record invalid, a warning and an information do not.
 *
 * <p>Each rule of {@link Rules} has one. A host application that validates records with its own
 * {@link jakarta.validation.Validator} reads the severity of a violation with {@link
 * #of(jakarta.validation.ConstraintViolation)}. A constraint of the host's own may declare its
 * severity in its {@code payload}, as the Hibernate Validator reference guide does it: {@code
 * @NotEmpty(payload = Severity.Warning.class)}.
 */
public enum Severity implements Labelled {
    /** Something is wrong: the record is invalid until it is fixed. */
    ERROR("error", "erreur", "error"),
    /** Something is probably wrong, or missing, and deserves a look. */
    WARNING("warning", "avertissement", "warning"),
    /** Something unusual but possibly deliberate. */
    INFO("info", "information", "information");

    private final String code;
    private final String labelFr;
    private final String labelEn;

    Severity(String code, String labelFr, String labelEn) {
        this.code = code;
        this.labelFr = labelFr;
        this.labelEn = labelEn;
    }

    /**
     * Returns the stable code of this severity.
     *
     * @return {@code "error"}, {@code "warning"} or {@code "info"}
     */
    public String getCode() {
        return code;
    }

    /**
     * Returns the severity's name for a reader.
     *
     * @param locale the reader's locale; French if its language is {@code "fr"}, English otherwise
     * @return the name, as "avertissement" or "warning"
     */
    @Override
    public String getLabel(Locale locale) {
        return Labelled.isFrench(locale) ? labelFr : labelEn;
    }

    /**
     * Returns the severity with the given code.
     *
     * @param code {@code "error"}, {@code "warning"} or {@code "info"}
     * @return the severity
     * @throws IllegalArgumentException if no severity has this code
     */
    public static Severity fromCode(String code) {
        for (Severity severity : values()) {
            if (severity.code.equals(code)) {
                return severity;
            }
        }
        throw new IllegalArgumentException("Unknown severity '" + code + "': expected one of error, warning, info");
    }

    /**
     * Returns the severity a constraint's payload declares.
     *
     * @param payload the payload classes of a constraint, as {@code descriptor.getPayload()}
     * @return the most serious severity among the payload classes, or {@link #ERROR} if there is
     *     none
     */
    public static Severity of(Set<Class<? extends Payload>> payload) {
        if (payload.contains(Error.class)) {
            return ERROR;
        }
        if (payload.contains(Warning.class)) {
            return WARNING;
        }
        if (payload.contains(Info.class)) {
            return INFO;
        }
        return ERROR;
    }

    /**
     * Returns the severity of a constraint violation: its rule's, for a rule of {@link Rules};
     * otherwise the one its constraint's payload declares.
     *
     * @param violation a violation reported by any Jakarta Validation {@code Validator}
     * @return its severity; {@link #ERROR} if neither a rule nor the payload gives one
     */
    public static Severity of(jakarta.validation.ConstraintViolation<?> violation) {
        return Rules.idOf(violation)
                .flatMap(Rules::byId)
                .map(Rule::getSeverity)
                .orElseGet(() -> of(violation.getConstraintDescriptor().getPayload()));
    }

    /** Payload marking a constraint as an {@link Severity#ERROR error}; the default. */
    public interface Error extends Payload {}

    /** Payload marking a constraint as a {@link Severity#WARNING warning}. */
    public interface Warning extends Payload {}

    /** Payload marking a constraint as an {@link Severity#INFO information}. */
    public interface Info extends Payload {}
}
