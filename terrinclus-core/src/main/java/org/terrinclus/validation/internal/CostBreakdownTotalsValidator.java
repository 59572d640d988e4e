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
        Tables.check(
                report,
                "costs",
                "items",
                table.getItems().stream().map(CostItem::getAmount).collect(Collectors.toList()),
                table.getDeclaredTotal());
        return report.valid();
    }
}
