package org.terrinclus.examples.cli;

import java.util.Locale;
import org.terrinclus.validation.Profile;

/** The {@code --profile} option's values, mapped to the library's validation profiles. */
enum ProfileOption {
    DRAFT(Profile.DRAFT),
    PUBLICATION(Profile.PUBLICATION),
    /** The publication rules, and the IATI validator's checks of what an export would publish. */
    IATI(Profile.PUBLICATION);

    private final Profile profile;

    ProfileOption(Profile profile) {
        this.profile = profile;
    }

    Profile profile() {
        return profile;
    }

    /** The option value, as {@code publication}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
