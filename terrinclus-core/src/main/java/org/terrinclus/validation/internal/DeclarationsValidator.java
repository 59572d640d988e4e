package org.terrinclus.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.recommendation.AppliedRecommendation;
import org.terrinclus.recommendation.RecommendationFamily;
import org.terrinclus.sdg.SdgTarget;
import org.terrinclus.validation.constraints.ConsistentDeclarations;

/**
 * {@link ConsistentDeclarations}: {@code sdg.target.goal-undeclared} and {@code
 * recommendation.family.undeclared}.
 */
public final class DeclarationsValidator implements ConstraintValidator<ConsistentDeclarations, ProjectRecord> {

    @Override
    public boolean isValid(ProjectRecord record, ConstraintValidatorContext context) {
        if (record == null) {
            return true;
        }
        Violations report = Violations.in(context);
        check(record, report);
        return report.valid();
    }

    /** Reports on {@code record}; shared by Hibernate Validator and the library's own traversal. */
    static void check(ProjectRecord record, Violations report) {
        List<SdgTarget> targets = record.getSdgTargets();
        for (int i = 0; i < targets.size(); i++) {
            SdgTarget target = targets.get(i);
            if (!record.getSdgGoals().contains(target.getGoal())) {
                report.text("target", target.getCode())
                        .number("goal", target.getGoal().getNumber())
                        .onElement("sdg.target.goal-undeclared", "sdgTargets", i);
            }
        }
        List<AppliedRecommendation> recommendations = record.getRecommendations();
        for (int i = 0; i < recommendations.size(); i++) {
            AppliedRecommendation applied = recommendations.get(i);
            RecommendationFamily family = applied.getFamily();
            if (!record.getRecommendationFamilies().contains(family)) {
                report.text("code", applied.getCode())
                        .family("family", family)
                        .onElementProperty("recommendation.family.undeclared", "recommendations", i, "family");
            }
        }
    }
}
