package org.terrinclus.project;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.terrinclus.core.Extensible;
import org.terrinclus.core.InvalidValueException;
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
public interface ProjectRecord extends Extensible {

    /** The record's identifier, unique within its collection. */
    String getId();

    /** The title. */
    String getTitle();

    /** The one-sentence summary under the title. */
    Optional<String> getSummary();

    /** The lead (PORTEUR) and its operator. */
    Optional<Lead> getLead();

    /** The partner organisations (PARTENAIRE(S)). */
    List<Organisation> getPartners();

    /** Partner countries, for sheets that name countries rather than organisations. */
    List<Country> getPartnerCountries();

    /** The partners as the sheet describes them collectively, as "several Franco-Tunisian organisations". */
    Optional<String> getPartnersDescription();

    /** The thematics (THÉMATIQUES). */
    List<Thematic> getThematics();

    /** The recommendation families the record declares (PRÉCONISATIONS). */
    List<RecommendationFamily> getRecommendationFamilies();

    /** The recommendations the project applies, each under the family the record files it. */
    List<AppliedRecommendation> getRecommendations();

    /** The SDGs the project contributes to. */
    List<SdgGoal> getSdgGoals();

    /** The SDG targets the project contributes to. */
    List<SdgTarget> getSdgTargets();

    /** The key figures (QUELQUES CHIFFRES). */
    List<KeyFigure> getKeyFigures();

    /** The funding tables, one per site or phase. */
    List<FundingPlan> getFunding();

    /** The cost tables, one per site or phase. */
    List<CostBreakdown> getCosts();

    /** Partnership start, launch, duration and end. */
    Optional<ProjectDates> getDates();

    /** Context, objectives, actors, focus sections, quotes and reviews. */
    Optional<Narrative> getNarrative();

    /** Links to documents about the project. */
    List<Resource> getResources();

    /** People to contact. */
    List<Contact> getContacts();

    /** Who took the photos, as printed. */
    List<String> getPhotoCredits();

    /** The project's IATI activity identifier, as "FR-RCS-123456789-CDS-01", when it reports to IATI. */
    Optional<String> getIatiIdentifier();

    /** Where the project stands in its life cycle, in IATI's terms. */
    Optional<ActivityStatus> getActivityStatus();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    @Value.Check
    default void check() {
        if (getId().isBlank()) {
            throw new InvalidValueException(
                    "Une fiche a besoin d'un identifiant non vide.", "A project record needs a non-blank id");
        }
    }

    /** Builds a {@link ProjectRecord}; id and title are required. */
    final class Builder extends ImmutableProjectRecord.Builder {
        Builder() {}
    }
}
