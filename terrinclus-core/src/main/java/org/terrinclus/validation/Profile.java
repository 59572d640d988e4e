package org.terrinclus.validation;

import java.util.Locale;
import org.terrinclus.core.Labelled;

/** Which set of rules to apply: those for a draft, or those for a sheet ready to publish. */
public enum Profile implements Labelled {
    /** A record being written: only what must hold for any record. Group {@link Draft}. */
    DRAFT("draft", Draft.class, "brouillon", "draft"),
    /** A record ready to publish: the draft rules and completeness. Group {@link Publication}. */
    PUBLICATION("publication", Publication.class, "publication", "publication");

    private final String code;
    private final Class<?> group;
    private final String labelFr;
    private final String labelEn;

    Profile(String code, Class<?> group, String labelFr, String labelEn) {
        this.code = code;
        this.group = group;
        this.labelFr = labelFr;
        this.labelEn = labelEn;
    }

    /**
     * Returns the stable code of this profile.
     *
     * @return {@code "draft"} or {@code "publication"}
     */
    public String getCode() {
        return code;
    }

    /**
     * Returns the Jakarta Validation group that selects this profile's rules.
     *
     * @return {@link Draft Draft.class} or {@link Publication Publication.class}
     */
    public Class<?> getGroup() {
        return group;
    }

    /**
     * Tells whether validating with this profile applies the rules of another.
     *
     * @param other a profile
     * @return true if this profile's rules include the other's: publication includes draft
     */
    public boolean includes(Profile other) {
        return other.group.isAssignableFrom(group);
    }

    @Override
    public String getLabel(Locale locale) {
        return Labelled.isFrench(locale) ? labelFr : labelEn;
    }

    /**
     * Returns the profile with the given code.
     *
     * @param code {@code "draft"} or {@code "publication"}
     * @return the profile
     * @throws IllegalArgumentException if no profile has this code
     */
    public static Profile fromCode(String code) {
        for (Profile profile : values()) {
            if (profile.code.equals(code)) {
                return profile;
            }
        }
        throw new IllegalArgumentException("Unknown profile '" + code + "': expected draft or publication");
    }
}
