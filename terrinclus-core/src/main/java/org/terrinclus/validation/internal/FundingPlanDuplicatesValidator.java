package org.terrinclus.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Optional;
import org.terrinclus.funding.Contribution;
import org.terrinclus.funding.FundingPlan;
import org.terrinclus.organisation.Organisation;
import org.terrinclus.validation.constraints.NoDuplicates;

/** {@link NoDuplicates} on a funding table: {@code funder.duplicate}. */
public final class FundingPlanDuplicatesValidator implements ConstraintValidator<NoDuplicates, FundingPlan> {

    @Override
    public boolean isValid(FundingPlan plan, ConstraintValidatorContext context) {
        if (plan == null) {
            return true;
        }
        Violations report = Violations.in(context);
        check(plan, report);
        return report.valid();
    }

    /** Reports on {@code plan}; shared by Hibernate Validator and the library's own traversal. */
    static void check(FundingPlan plan, Violations report) {
        List<Contribution> rows = plan.getContributions();
        String[] keys = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Optional<Organisation> funder = rows.get(i).getFunder();
            if (funder.isEmpty()) {
                continue;
            }
            keys[i] = Names.normalize(funder.get().getName());
            for (int j = 0; j < i; j++) {
                Optional<Organisation> earlier = rows.get(j).getFunder();
                if (earlier.isPresent() && Names.same(funder.get(), keys[i], earlier.get(), keys[j])) {
                    report.text("name", funder.get().getName())
                            .number("first", j)
                            .onElementProperty("funder.duplicate", "contributions", i, "funder");
                    break;
                }
            }
        }
    }
}
