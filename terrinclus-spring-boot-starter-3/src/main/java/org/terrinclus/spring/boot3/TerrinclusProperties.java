package org.terrinclus.spring.boot3;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.terrinclus.validation.Profile;
import org.terrinclus.validation.Severity;

/**
 * The {@code terrinclus.validation.*} properties: which rules {@code @Valid} applies to records,
 * and from which severity a finding refuses the request.
 *
 * <pre>
 * terrinclus.validation.profile=publication      # draft (default) or publication
 * terrinclus.validation.reject-severity=warning  # error (default), warning or info
 * </pre>
 */
@ConfigurationProperties("terrinclus.validation")
public class TerrinclusProperties {

    private Profile profile = Profile.DRAFT;
    private Severity rejectSeverity = Severity.ERROR;

    /** Creates the properties with their defaults: the draft profile, errors refuse. */
    public TerrinclusProperties() {}

    /** The rules {@code @Valid} applies: those of a draft (the default) or of a sheet to publish. */
    public Profile getProfile() {
        return profile;
    }

    /** Sets the rules {@code @Valid} applies. */
    public void setProfile(Profile profile) {
        this.profile = profile;
    }

    /**
     * The least severity that refuses a request: {@code error} by default, so that warnings and
     * infos never refuse one unless asked.
     */
    public Severity getRejectSeverity() {
        return rejectSeverity;
    }

    /** Sets the least severity that refuses a request. */
    public void setRejectSeverity(Severity rejectSeverity) {
        this.rejectSeverity = rejectSeverity;
    }
}
