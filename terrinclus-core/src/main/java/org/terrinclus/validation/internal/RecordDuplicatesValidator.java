package org.terrinclus.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.terrinclus.organisation.Organisation;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.recommendation.AppliedRecommendation;
import org.terrinclus.validation.constraints.NoDuplicates;

/** {@link NoDuplicates} on a record: the same partner, country, SDG, target, thematic or recommendation twice. */
public final class RecordDuplicatesValidator implements ConstraintValidator<NoDuplicates, ProjectRecord> {

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
        List<Organisation> partners = record.getPartners();
        String[] keys = Names.normalizeAll(partners);
        for (int i = 0; i < partners.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (Names.same(partners.get(i), keys[i], partners.get(j), keys[j])) {
                    report.text("name", partners.get(i).getName())
                            .number("first", j)
                            .onElement("partner.duplicate", "partners", i);
                    break;
                }
            }
        }
        simple(report, "partner.country.duplicate", "partnerCountries", record.getPartnerCountries(), c -> c.getCode());
        simple(report, "sdg.duplicate", "sdgGoals", record.getSdgGoals(), g -> Integer.toString(g.getNumber()));
        simple(report, "sdg.target.duplicate", "sdgTargets", record.getSdgTargets(), t -> t.getCode());
        simple(report, "thematic.duplicate", "thematics", record.getThematics(), t -> t.getCode());
        simple(
                report,
                "recommendation.duplicate",
                "recommendations",
                record.getRecommendations(),
                AppliedRecommendation::getCode);
        simple(
                report,
                "recommendation.family.duplicate",
                "recommendationFamilies",
                record.getRecommendationFamilies(),
                f -> f.getCode());
    }

    /** Reports each element whose key an earlier element has, with the key and the first index. */
    private static <T> void simple(
            Violations report, String rule, String list, List<T> elements, Function<T, String> key) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            String k = key.apply(elements.get(i));
            Integer earlier = first.putIfAbsent(k, i);
            if (earlier != null) {
                report.text("value", k).number("first", earlier).onElement(rule, list, i);
            }
        }
    }
}
