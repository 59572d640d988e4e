package org.terrinclus.validation.internal;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.terrinclus.figure.FigureKind;
import org.terrinclus.figure.KeyFigure;
import org.terrinclus.funding.Contribution;
import org.terrinclus.funding.CostBreakdown;
import org.terrinclus.funding.CostItem;
import org.terrinclus.funding.FundingPlan;
import org.terrinclus.funding.Money;
import org.terrinclus.project.ProjectRecord;

/**
 * The check of {@code figure.total-cost.inconsistent}.
 *
 * <p>The tables' total is the sum, over the funding tables, of each table's declared total (its
 * computed sum when it declares none); if no funding table gives an amount, the same over the cost
 * tables. Tables in mixed currencies give no total, and then nothing is checked.
 */
public final class TotalCostFigure {

    private TotalCostFigure() {}

    /**
     * Checks the record's "total cost" key figures against its tables.
     *
     * @param record the record
     * @param report where to report
     */
    public static void check(ProjectRecord record, Report report) {
        Optional<Money> total = fundingTotal(record.getFunding());
        if (total.isEmpty()) {
            total = costTotal(record.getCosts());
        }
        if (total.isEmpty()) {
            return;
        }
        Money reference = total.get();
        List<KeyFigure> figures = record.getKeyFigures();
        for (int i = 0; i < figures.size(); i++) {
            KeyFigure figure = figures.get(i);
            if (figure.getKind() != FigureKind.TOTAL_COST) {
                continue;
            }
            Optional<String> unit = figure.getUnit();
            if (unit.isPresent() && !isCurrency(unit.get(), reference.getCurrency())) {
                report.text("unit", unit.get())
                        .text("currency", reference.getCurrency().getCurrencyCode())
                        .variant("unit")
                        .at("keyFigures", i, "unit");
            } else if (!figure.matches(reference.getAmount())) {
                report.number("value", figure.getValue())
                        .number("multiplier", figure.getMultiplier())
                        .number("scaled", figure.getScaledValue())
                        .number("precision", figure.getPrecision())
                        .money("total", reference)
                        .variant(null)
                        .at("keyFigures", i, "value");
            }
        }
    }

    private static Optional<Money> fundingTotal(List<FundingPlan> plans) {
        List<Money> totals = new ArrayList<>();
        for (FundingPlan plan : plans) {
            List<Optional<Money>> amounts = plan.getContributions().stream()
                    .map(Contribution::getAmount)
                    .collect(Collectors.toList());
            if (!Tables.isSingleCurrency(amounts, plan.getDeclaredTotal())) {
                return Optional.empty();
            }
            tableTotal(amounts, plan.getDeclaredTotal()).ifPresent(totals::add);
        }
        return sum(totals);
    }

    private static Optional<Money> costTotal(List<CostBreakdown> tables) {
        List<Money> totals = new ArrayList<>();
        for (CostBreakdown table : tables) {
            List<Optional<Money>> amounts =
                    table.getItems().stream().map(CostItem::getAmount).collect(Collectors.toList());
            if (!Tables.isSingleCurrency(amounts, table.getDeclaredTotal())) {
                return Optional.empty();
            }
            tableTotal(amounts, table.getDeclaredTotal()).ifPresent(totals::add);
        }
        return sum(totals);
    }

    private static Optional<Money> tableTotal(List<Optional<Money>> amounts, Optional<Money> declared) {
        if (declared.isPresent()) {
            return declared;
        }
        return amounts.stream().flatMap(Optional::stream).reduce(Money::plus);
    }

    private static Optional<Money> sum(List<Money> totals) {
        if (totals.isEmpty()
                || totals.stream().map(Money::getCurrency).distinct().count() > 1) {
            return Optional.empty();
        }
        return totals.stream().reduce(Money::plus);
    }

    /** Whether a figure's unit names the currency: its code in any case, or its symbol ("€"). */
    private static boolean isCurrency(String unit, Currency currency) {
        String trimmed = unit.trim();
        return trimmed.equalsIgnoreCase(currency.getCurrencyCode())
                || trimmed.equals(currency.getSymbol(Locale.FRANCE))
                || trimmed.equals(currency.getSymbol(Locale.ENGLISH))
                || trimmed.equals(currency.getSymbol(Locale.ROOT));
    }
}
