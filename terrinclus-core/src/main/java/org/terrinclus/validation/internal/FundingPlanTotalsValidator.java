package org.terrinclus.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.stream.Collectors;
import org.terrinclus.funding.Contribution;
import org.terrinclus.funding.FundingPlan;
import org.terrinclus.validation.constraints.ConsistentTotals;

/** {@link ConsistentTotals} on a funding table: {@code funding.currency.mixed}, {@code funding.total.mismatch}. */
public final class FundingPlanTotalsValidator implements ConstraintValidator<ConsistentTotals, FundingPlan> {

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
        Tables.check(
                report,
                "funding",
                "contributions",
                plan.getContributions().stream().map(Contribution::getAmount).collect(Collectors.toList()),
                plan.getDeclaredTotal());
    }
}
