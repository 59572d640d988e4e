package org.terrinclus.project;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.terrinclus.core.Extensible;
import org.terrinclus.core.InvalidValueException;
import org.terrinclus.core.internal.Writable;
import org.terrinclus.country.Country;
import org.terrinclus.figure.KeyFigure;
import org.terrinclus.funding.CostBreakdown;
import org.terrinclus.funding.FundingPlan;
import org.terrinclus.organisation.Organisation;
import org.terrinclus.recommendation.AppliedRecommendation;
import org.terrinclus.recommendation.RecommendationFamily;
import org.terrinclus.sdg.SdgGoal;
import org.terrinclus.sdg.SdgTarget;
import org.terrinclus.thematic.Thematic;
import org.terrinclus.validation.Profile;
import org.terrinclus.validation.Severity;
import org.terrinclus.validation.constraints.RecordRules;
import org.terrinclus.validation.internal.DraftWarningRules;
import org.terrinclus.validation.internal.PublicationRules;
import org.terrinclus.validation.internal.PublicationWarningRules;

/**
 * A project record: one international cooperation project, as a <i>fiche de capitalisation</i>
 * describes it.
 *
 * <p>Immutable, without nulls: absent parts are empty optionals or empty lists, so a sheet that
 * lacks a part (no thematics, no funding table) is still a record. What must hold for any record
 * is checked when it is built; what makes a record complete or publishable is for validation.
 *
 * <pre>{@code
 * ProjectRecord record = ProjectRecord.builder()
 *         .id("aude")
 *         .title("Plateforme d'échange de pratiques de démocratie participative")
 *         .lead(Lead.of(aude))
 *         .addPartners(sousse)
 *         .addThematics(Thematic.YOUTH)
 *         .addSdgGoals(SdgGoal.QUALITY_EDUCATION)
 *         .build();
 * }</pre>
 */
@Value.Immutable
// The rules, for a host's Jakarta Validation: errors by default, the rest by group (see Draft, Publication).
@RecordRules
@RecordRules(profile = Profile.PUBLICATION, groups = PublicationRules.class)
@RecordRules(
        severities = {Severity.WARNING, Severity.INFO},
        groups = DraftWarningRules.class)
@RecordRules(
        profile = Profile.PUBLICATION,
        severities = {Severity.WARNING, Severity.INFO},
        groups = PublicationWarningRules.class)
public abstract class ProjectRecord implements Extensible {

    private static final long serialVersionUID = 1L;

    ProjectRecord() {}

    /** The record's identifier, unique within its collection. */
    public abstract String getId();

    /** The title. */
    public abstract String getTitle();

    /** The one-sentence summary under the title. */
    public abstract Optional<String> getSummary();

    /** The lead (PORTEUR) and its operator. */
    public abstract Optional<Lead> getLead();

    /** The partner organisations (PARTENAIRE(S)). */
    public abstract List<Organisation> getPartners();

    /** Partner countries, for sheets that name countries rather than organisations. */
    public abstract List<Country> getPartnerCountries();

    /** The partners as the sheet describes them collectively, as "several Franco-Tunisian organisations". */
    public abstract Optional<String> getPartnersDescription();

    /** The thematics (THÉMATIQUES). */
    public abstract List<Thematic> getThematics();

    /** The recommendation families the record declares (PRÉCONISATIONS). */
    public abstract List<RecommendationFamily> getRecommendationFamilies();

    /** The recommendations the project applies, each under the family the record files it. */
    public abstract List<AppliedRecommendation> getRecommendations();

    /** The SDGs the project contributes to. */
    public abstract List<SdgGoal> getSdgGoals();

    /** The SDG targets the project contributes to. */
    public abstract List<SdgTarget> getSdgTargets();

    /** The key figures (QUELQUES CHIFFRES). */
    public abstract List<KeyFigure> getKeyFigures();

    /** The funding tables, one per site or phase. */
    public abstract List<FundingPlan> getFunding();

    /** The cost tables, one per site or phase. */
    public abstract List<CostBreakdown> getCosts();

    /** Partnership start, launch, duration and end. */
    public abstract Optional<ProjectDates> getDates();

    /** Context, objectives, actors, focus sections, quotes and reviews. */
    public abstract Optional<Narrative> getNarrative();

    /** Links to documents about the project. */
    public abstract List<Resource> getResources();

    /** People to contact. */
    public abstract List<Contact> getContacts();

    /** Who took the photos, as printed. */
    public abstract List<String> getPhotoCredits();

    /** The project's IATI activity identifier, as "FR-RCS-123456789-CDS-01", when it reports to IATI. */
    public abstract Optional<String> getIatiIdentifier();

    /** Where the project stands in its life cycle, in IATI's terms. */
    public abstract Optional<ActivityStatus> getActivityStatus();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Describes the record in one short line for a log: its id, the start of its title and how
     * many parts it has, as {@code ProjectRecord{id=aude, title="Plateforme…", partners=2,
     * funding=1, contacts=1}}. Never its contacts' names or addresses, nor its narrative; the
     * JSON writer gives the whole record.
     */
    @Override
    public String toString() {
        String title = getTitle();
        StringBuilder text = new StringBuilder("ProjectRecord{id=")
                .append(getId())
                .append(", title=\"")
                .append(title.length() <= TITLE_IN_LOGS ? title : title.substring(0, TITLE_IN_LOGS) + "…")
                .append('"');
        count(text, "partners", getPartners().size() + getPartnerCountries().size());
        count(text, "thematics", getThematics().size());
        count(text, "recommendations", getRecommendations().size());
        count(text, "sdgGoals", getSdgGoals().size());
        count(text, "sdgTargets", getSdgTargets().size());
        count(text, "keyFigures", getKeyFigures().size());
        count(text, "funding", getFunding().size());
        count(text, "costs", getCosts().size());
        count(text, "resources", getResources().size());
        count(text, "contacts", getContacts().size());
        count(text, "unknownFields", getUnknownFields().size());
        return text.append('}').toString();
    }

    /** How much of the title a log line shows. */
    private static final int TITLE_IN_LOGS = 60;

    private static void count(StringBuilder text, String part, int count) {
        if (count > 0) {
            text.append(", ").append(part).append('=').append(count);
        }
    }

    @Value.Check
    void check() {
        Writable.text("id", getId());
        Writable.text("title", getTitle());
        Writable.text("summary", getSummary());
        Writable.text("partnersDescription", getPartnersDescription());
        Writable.texts("photoCredits", getPhotoCredits());
        Writable.text("iatiIdentifier", getIatiIdentifier());
        Writable.unknownFields(ProjectRecord.class, getUnknownFields());
        if (getId().isBlank()) {
            throw new InvalidValueException(
                    "Une fiche a besoin d'un identifiant non vide.", "A project record needs a non-blank id");
        }
    }

    /** Builds a {@link ProjectRecord}; id and title are required. */
    public static final class Builder extends ImmutableProjectRecord.Builder {
        Builder() {}
    }
}
