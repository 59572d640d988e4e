package org.terrinclus.validation;

import java.util.Locale;
import java.util.Objects;
import org.terrinclus.core.Labelled;

/**
 * A validation rule of the catalogue: its identifier, severity, profile, where it points and what
 * it checks.
 *
 * <p>Rules are listed by {@link Rules#all()}; two rules are equal when their identifiers are.
 */
public final class Rule implements Labelled {

    private final String id;
    private final Severity severity;
    private final Profile profile;
    private final String path;
    private final String descriptionFr;
    private final String descriptionEn;

    Rule(String id, Severity severity, Profile profile, String path, String descriptionFr, String descriptionEn) {
        this.id = Objects.requireNonNull(id, "id");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.path = Objects.requireNonNull(path, "path");
        this.descriptionFr = Objects.requireNonNull(descriptionFr, "descriptionFr");
        this.descriptionEn = Objects.requireNonNull(descriptionEn, "descriptionEn");
    }

    /**
     * Returns the rule's stable identifier.
     *
     * @return a dotted identifier, as {@code funding.total.mismatch}
     */
    public String getId() {
        return id;
    }

    /**
     * Returns the severity of the rule's findings.
     *
     * @return the severity
     */
    public Severity getSeverity() {
        return severity;
    }

    /**
     * Returns the profile the rule belongs to: a draft rule applies in both profiles, a
     * publication rule only when validating for publication.
     *
     * @return the profile
     */
    public Profile getProfile() {
        return profile;
    }

    /**
     * Returns where the rule's findings point, as a JSON Pointer pattern in which {@code {i}} and
     * {@code {j}} stand for array indexes, as {@code /funding/{i}/declaredTotal}.
     *
     * @return the pattern; several patterns are separated by {@code " | "}
     */
    public String getPath() {
        return path;
    }

    /**
     * Returns what the rule checks, in French.
     *
     * @return the description
     */
    public String getDescriptionFr() {
        return descriptionFr;
    }

    /**
     * Returns what the rule checks, in English.
     *
     * @return the description
     */
    public String getDescriptionEn() {
        return descriptionEn;
    }

    /**
     * Returns what the rule checks, for a reader.
     *
     * @param locale the reader's locale; French if its language is {@code "fr"}, English otherwise
     * @return the description
     */
    public String getDescription(Locale locale) {
        return Labelled.isFrench(locale) ? descriptionFr : descriptionEn;
    }

    /**
     * Returns the rule's description for a reader; same as {@link #getDescription(Locale)}.
     *
     * @param locale the reader's locale
     * @return the description
     */
    @Override
    public String getLabel(Locale locale) {
        return getDescription(locale);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Rule && id.equals(((Rule) other).id));
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** Returns the identifier, severity and profile, as {@code title.missing (error, publication)}. */
    @Override
    public String toString() {
        return id + " (" + severity.getCode() + ", " + profile.getCode() + ")";
    }
}
