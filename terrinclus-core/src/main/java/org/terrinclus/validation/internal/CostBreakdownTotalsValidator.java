package org.terrinclus.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.stream.Collectors;
import org.terrinclus.funding.CostBreakdown;
import org.terrinclus.funding.CostItem;
import org.terrinclus.validation.constraints.ConsistentTotals;

/** {@link ConsistentTotals} on a cost table: {@code costs.currency.mixed}, {@code costs.total.mismatch}. */
public final class CostBreakdownTotalsValidator implements ConstraintValidator<ConsistentTotals, CostBreakdown> {

    @Override
    public boolean isValid(CostBreakdown table, ConstraintValidatorContext context) {
        if (table == null) {
            return true;
        }
        Violations report = Violations.in(context);
        check(table, report);
        return report.valid();
    }

    /** Reports on {@code table}; shared by Hibernate Validator and the library's own traversal. */
    static void check(CostBreakdown table, Violations report) {
        Tables.check(
                report,
                "costs",
                "items",
                table.getItems().stream().map(CostItem::getAmount).collect(Collectors.toList()),
                table.getDeclaredTotal());
    }
}
