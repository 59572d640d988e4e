package org.terrinclus.validation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.terrinclus.funding.Money;

/** Checks of a funding or cost table: one currency, and a declared total equal to the rows' sum. */
final class Tables {

    private Tables() {}

    /**
     * Reports {@code <table>.currency.mixed} or {@code <table>.total.mismatch}.
     *
     * @param table {@code "funding"} or {@code "costs"}, the rule prefix
     * @param rows the name of the rows property, {@code "contributions"} or {@code "items"}
     * @param amounts each row's amount, if it has one
     * @param declared the declared total
     */
    static void check(
            Violations report, String table, String rows, List<Optional<Money>> amounts, Optional<Money> declared) {
        Optional<Currency> reference = mainCurrency(amounts, declared);
        if (reference.isEmpty()) {
            return;
        }
        Currency currency = reference.get();
        String currencies = currencies(amounts, declared);
        for (int i = 0; i < amounts.size(); i++) {
            Optional<Money> amount = amounts.get(i);
            if (amount.isPresent() && !amount.get().getCurrency().equals(currency)) {
                report.text("currency", amount.get().getCurrency().getCurrencyCode())
                        .text("expected", currency.getCurrencyCode())
                        .text("currencies", currencies)
                        .onElementProperty(table + ".currency.mixed", rows, i, "amount");
                return;
            }
        }
        if (declared.isPresent() && !declared.get().getCurrency().equals(currency)) {
            report.text("currency", declared.get().getCurrency().getCurrencyCode())
                    .text("expected", currency.getCurrencyCode())
                    .text("currencies", currencies)
                    .onProperty(table + ".currency.mixed", "declaredTotal");
            return;
        }
        if (declared.isEmpty()) {
            return;
        }
        Money computed = sum(amounts, currency);
        BigDecimal difference = declared.get().getAmount().subtract(computed.getAmount());
        if (difference.signum() != 0) {
            report.money("declared", declared.get())
                    .money("computed", computed)
                    .money("difference", Money.of(difference.abs(), currency))
                    .onProperty(table + ".total.mismatch", "declaredTotal");
        }
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
        return all(amounts, declared).stream()
                        .map(Money::getCurrency)
                        .distinct()
                        .count()
                <= 1;
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
