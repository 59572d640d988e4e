package org.terrinclus.project;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.terrinclus.core.Extensible;
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
import org.terrinclus.validation.Severity;
import org.terrinclus.validation.constraints.ConsistentDeclarations;
import org.terrinclus.validation.constraints.ConsistentKeyFigures;
import org.terrinclus.validation.constraints.ConsistentPartners;
import org.terrinclus.validation.constraints.KnownThematic;
import org.terrinclus.validation.constraints.NoDuplicates;
import org.terrinclus.validation.constraints.Publishable;
import org.terrinclus.validation.internal.PublicationRules;

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
@NoDuplicates(payload = Severity.Warning.class)
@ConsistentDeclarations(payload = Severity.Warning.class)
@ConsistentKeyFigures(payload = Severity.Warning.class)
@ConsistentPartners(payload = Severity.Warning.class)
@Publishable(groups = PublicationRules.class)
public interface ProjectRecord extends Extensible {

    /** The record's identifier, unique within its collection. */
    String getId();

    /** The title. */
    @NotBlank(groups = PublicationRules.class, message = "{terrinclus.title.missing}")
    String getTitle();

    /** The one-sentence summary under the title. */
    Optional<@NotBlank(groups = PublicationRules.class, message = "{terrinclus.summary.missing}") String> getSummary();

    /** The lead (PORTEUR) and its operator. */
    Optional<@NotNull(groups = PublicationRules.class, message = "{terrinclus.lead.missing}") @Valid Lead> getLead();

    /** The partner organisations (PARTENAIRE(S)). */
    List<@Valid Organisation> getPartners();

    /** Partner countries, for sheets that name countries rather than organisations. */
    List<Country> getPartnerCountries();

    /** The partners as the sheet describes them collectively, as "several Franco-Tunisian organisations". */
    Optional<String> getPartnersDescription();

    /** The thematics (THÉMATIQUES). */
    @NotEmpty(groups = PublicationRules.class, message = "{terrinclus.thematic.missing}")
    List<@KnownThematic(payload = Severity.Info.class) Thematic> getThematics();

    /** The recommendation families the record declares (PRÉCONISATIONS). */
    @NotEmpty(groups = PublicationRules.class, message = "{terrinclus.recommendation.family.missing}")
    List<RecommendationFamily> getRecommendationFamilies();

    /** The recommendations the project applies, each under the family the record files it. */
    @NotEmpty(
            groups = PublicationRules.class,
            payload = Severity.Warning.class,
            message = "{terrinclus.recommendation.missing}")
    List<@Valid AppliedRecommendation> getRecommendations();

    /** The SDGs the project contributes to. */
    @NotEmpty(groups = PublicationRules.class, message = "{terrinclus.sdg.missing}")
    List<SdgGoal> getSdgGoals();

    /** The SDG targets the project contributes to. */
    List<SdgTarget> getSdgTargets();

    /** The key figures (QUELQUES CHIFFRES). */
    @NotEmpty(
            groups = PublicationRules.class,
            payload = Severity.Warning.class,
            message = "{terrinclus.figure.missing}")
    List<@Valid KeyFigure> getKeyFigures();

    /** The funding tables, one per site or phase. */
    List<@Valid FundingPlan> getFunding();

    /** The cost tables, one per site or phase. */
    List<@Valid CostBreakdown> getCosts();

    /** Partnership start, launch, duration and end. */
    Optional<@Valid ProjectDates> getDates();

    /** Context, objectives, actors, focus sections, quotes and reviews. */
    Optional<@Valid Narrative> getNarrative();

    /** Links to documents about the project. */
    List<@Valid Resource> getResources();

    /** People to contact. */
    @NotEmpty(groups = PublicationRules.class, message = "{terrinclus.contact.missing}")
    List<@Valid Contact> getContacts();

    /** Who took the photos, as printed. */
    List<@NotBlank(message = "{terrinclus.text.blank}") String> getPhotoCredits();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    @Value.Check
    default void check() {
        if (getId().isBlank()) {
            throw new IllegalArgumentException("A project record needs a non-blank id");
        }
    }

    /** Builds a {@link ProjectRecord}; id and title are required. */
    final class Builder extends ImmutableProjectRecord.Builder {
        Builder() {}
    }
}
