package org.terrinclus.validation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.terrinclus.funding.CostBreakdown;
import org.terrinclus.funding.FundingPlan;
import org.terrinclus.funding.Money;

/** Checks of a funding or cost table: one currency, and a declared total equal to the rows' sum. */
public final class Tables {

    private Tables() {}

    /**
     * Reports the first amount, or else the total, whose currency is not the table's main one.
     *
     * @param report where to report, on the table
     * @param rows the name of the rows property, {@code "contributions"} or {@code "items"}
     * @param amounts each row's amount, if it has one
     * @param declared the declared total
     */
    public static void checkCurrency(
            Report report, String rows, List<Optional<Money>> amounts, Optional<Money> declared) {
        Optional<Currency> reference = mainCurrency(amounts, declared);
        if (reference.isEmpty()) {
            return;
        }
        Currency currency = reference.get();
        for (int i = 0; i < amounts.size(); i++) {
            Optional<Money> amount = amounts.get(i);
            if (amount.isPresent() && !amount.get().getCurrency().equals(currency)) {
                mixed(report, amount.get(), currency, amounts, declared).at(rows, i, "amount");
                return;
            }
        }
        if (declared.isPresent() && !declared.get().getCurrency().equals(currency)) {
            mixed(report, declared.get(), currency, amounts, declared).at("declaredTotal");
        }
    }

    private static Report mixed(
            Report report, Money odd, Currency currency, List<Optional<Money>> amounts, Optional<Money> declared) {
        return report.text("currency", odd.getCurrency().getCurrencyCode())
                .text("expected", currency.getCurrencyCode())
                .text("currencies", currencies(amounts, declared));
    }

    /**
     * Reports a declared total that differs from the sum of the rows; a table in several
     * currencies is not checked.
     *
     * @param report where to report, on the table
     * @param amounts each row's amount, if it has one
     * @param declared the declared total
     */
    public static void checkTotal(Report report, List<Optional<Money>> amounts, Optional<Money> declared) {
        if (declared.isEmpty() || !isSingleCurrency(amounts, declared)) {
            return;
        }
        Currency currency = declared.get().getCurrency();
        Money computed = sum(amounts, currency);
        BigDecimal difference = declared.get().getAmount().subtract(computed.getAmount());
        if (difference.signum() != 0) {
            report.money("declared", declared.get())
                    .money("computed", computed)
                    .money("difference", Money.of(difference.abs(), currency))
                    .at("declaredTotal");
        }
    }

    /**
     * The amounts of a funding table's rows.
     *
     * @param table the table
     * @return each row's amount, if it has one
     */
    public static List<Optional<Money>> amounts(FundingPlan table) {
        List<Optional<Money>> amounts = new ArrayList<>(table.getContributions().size());
        table.getContributions().forEach(row -> amounts.add(row.getAmount()));
        return amounts;
    }

    /**
     * The amounts of a cost table's rows.
     *
     * @param table the table
     * @return each row's amount, if it has one
     */
    public static List<Optional<Money>> amounts(CostBreakdown table) {
        List<Optional<Money>> amounts = new ArrayList<>(table.getItems().size());
        table.getItems().forEach(row -> amounts.add(row.getAmount()));
        return amounts;
    }

    /** The sum of the amounts present, all in {@code currency}; zero if there is none. */
    static Money sum(List<Optional<Money>> amounts, Currency currency) {
        Money total = Money.zero(currency);
        for (Optional<Money> amount : amounts) {
            if (amount.isPresent()) {
                total = total.plus(amount.get());
            }
        }
        return total;
    }

    /** Whether the rows and the total all have one currency. */
    static boolean isSingleCurrency(List<Optional<Money>> amounts, Optional<Money> declared) {
        Currency first = declared.map(Money::getCurrency).orElse(null);
        for (Optional<Money> amount : amounts) {
            if (amount.isPresent()) {
                Currency currency = amount.get().getCurrency();
                if (first == null) {
                    first = currency;
                } else if (!first.equals(currency)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The currency most rows and the total have; the first met wins a tie. */
    private static Optional<Currency> mainCurrency(List<Optional<Money>> amounts, Optional<Money> declared) {
        Map<Currency, Integer> counts = new LinkedHashMap<>();
        for (Money money : all(amounts, declared)) {
            counts.merge(money.getCurrency(), 1, Integer::sum);
        }
        Currency best = null;
        int bestCount = 0;
        for (Map.Entry<Currency, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > bestCount) {
                best = entry.getKey();
                bestCount = entry.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    private static String currencies(List<Optional<Money>> amounts, Optional<Money> declared) {
        return all(amounts, declared).stream()
                .map(m -> m.getCurrency().getCurrencyCode())
                .distinct()
                .sorted()
                .collect(Collectors.joining(", "));
    }

    private static List<Money> all(List<Optional<Money>> amounts, Optional<Money> declared) {
        List<Money> all = new ArrayList<>();
        amounts.forEach(a -> a.ifPresent(all::add));
        declared.ifPresent(all::add);
        return all;
    }
}
