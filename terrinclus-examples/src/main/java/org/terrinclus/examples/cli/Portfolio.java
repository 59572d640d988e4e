package org.terrinclus.examples.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.terrinclus.funding.Contribution;
import org.terrinclus.funding.ContributionKind;
import org.terrinclus.funding.CostBreakdown;
import org.terrinclus.funding.CostItem;
import org.terrinclus.funding.FundingPlan;
import org.terrinclus.funding.Money;
import org.terrinclus.organisation.OrganisationKind;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.recommendation.AppliedRecommendation;
import org.terrinclus.recommendation.RecommendationFamily;
import org.terrinclus.sdg.SdgGoal;
import org.terrinclus.thematic.Thematic;

/**
 * Figures across many records, for {@code terrinclus report}: records per SDG, per thematic,
 * recommendation families declared and cited, funding by kind of funder, amounts still to be
 * raised, contributions that are not evaluable, and declared versus computed totals. Amounts are
 * kept per currency, never converted.
 */
final class Portfolio {

    /** Per kind of funder: rows, rows not evaluable, amounts per currency. */
    static final class FunderLine {
        long rows;
        long notEvaluable;
        final Map<String, BigDecimal> amounts = new TreeMap<>();
    }

    /** Per kind of table (funding, costs) and currency: declared totals versus the sums of the rows. */
    static final class TotalsLine {
        long tables;
        long withoutTotal;
        long mismatches;
        BigDecimal declared = BigDecimal.ZERO;
        BigDecimal computed = BigDecimal.ZERO;
    }

    /** A table whose declared TOTAL is not the sum of its rows. */
    static final class Mismatch {
        final String recordId;
        final String table;
        final Money declared;
        final BigDecimal computed;

        Mismatch(String recordId, String table, Money declared, BigDecimal computed) {
            this.recordId = recordId;
            this.table = table;
            this.declared = declared;
            this.computed = computed;
        }
    }

    long records;
    long unreadable;
    long withoutSdg;
    long withoutThematic;
    long notEvaluable;
    long toBeRaisedRows;
    final Set<String> toBeRaisedRecords = new LinkedHashSet<>();
    final Map<String, BigDecimal> toBeRaised = new TreeMap<>();
    final Map<SdgGoal, Long> perSdg = new EnumMap<>(SdgGoal.class);
    final Map<Thematic, Long> perThematic = new TreeMap<>();
    final Map<RecommendationFamily, Long> familiesDeclared = new EnumMap<>(RecommendationFamily.class);
    final Map<RecommendationFamily, Long> familiesCited = new EnumMap<>(RecommendationFamily.class);
    final Map<RecommendationFamily, Long> recommendationsCited = new EnumMap<>(RecommendationFamily.class);
    /** Keyed by kind; the empty optional is a row with an amount but no funder named. */
    final Map<Optional<OrganisationKind>, FunderLine> perFunderKind = new TreeMap<>(
            (a, b) -> a.isPresent() ? (b.isPresent() ? a.get().compareTo(b.get()) : -1) : (b.isPresent() ? 1 : 0));
    /** Keyed by "funding"/"costs" then currency code. */
    final Map<String, Map<String, TotalsLine>> totals = new TreeMap<>();

    long mixedCurrencyTables;
    final List<Mismatch> mismatches = new ArrayList<>();

    void add(ProjectRecord record) {
        records++;
        new LinkedHashSet<>(record.getSdgGoals()).forEach(goal -> perSdg.merge(goal, 1L, Long::sum));
        if (record.getSdgGoals().isEmpty()) {
            withoutSdg++;
        }
        new LinkedHashSet<>(record.getThematics()).forEach(thematic -> perThematic.merge(thematic, 1L, Long::sum));
        if (record.getThematics().isEmpty()) {
            withoutThematic++;
        }
        new LinkedHashSet<>(record.getRecommendationFamilies())
                .forEach(family -> familiesDeclared.merge(family, 1L, Long::sum));
        Set<RecommendationFamily> cited = new HashSet<>();
        for (AppliedRecommendation recommendation : record.getRecommendations()) {
            cited.add(recommendation.getFamily());
            recommendationsCited.merge(recommendation.getFamily(), 1L, Long::sum);
        }
        cited.forEach(family -> familiesCited.merge(family, 1L, Long::sum));

        int index = 0;
        for (FundingPlan plan : record.getFunding()) {
            addFunding(record, plan, index++);
        }
        index = 0;
        for (CostBreakdown costs : record.getCosts()) {
            List<Money> rows = new ArrayList<>();
            for (CostItem item : costs.getItems()) {
                item.getAmount().ifPresent(rows::add);
            }
            addTotals(record, "costs", "/costs/" + index++, rows, costs.getDeclaredTotal());
        }
    }

    private void addFunding(ProjectRecord record, FundingPlan plan, int index) {
        List<Money> rows = new ArrayList<>();
        for (Contribution contribution : plan.getContributions()) {
            contribution.getAmount().ifPresent(rows::add);
            if (contribution.getKind() == ContributionKind.TO_BE_RAISED) {
                toBeRaisedRows++;
                toBeRaisedRecords.add(record.getId());
                contribution.getAmount().ifPresent(amount -> add(toBeRaised, amount));
                continue;
            }
            Optional<OrganisationKind> kind = contribution.getFunder().map(funder -> funder.getKind());
            FunderLine line = perFunderKind.computeIfAbsent(kind, k -> new FunderLine());
            line.rows++;
            if (contribution.getKind() == ContributionKind.NOT_EVALUABLE) {
                line.notEvaluable++;
                notEvaluable++;
            }
            contribution.getAmount().ifPresent(amount -> add(line.amounts, amount));
        }
        addTotals(record, "funding", "/funding/" + index, rows, plan.getDeclaredTotal());
    }

    private void addTotals(
            ProjectRecord record, String kind, String table, List<Money> rows, Optional<Money> declared) {
        Set<String> currencies = new TreeSet<>();
        rows.forEach(row -> currencies.add(row.getCurrency().getCurrencyCode()));
        declared.ifPresent(total -> currencies.add(total.getCurrency().getCurrencyCode()));
        if (currencies.size() > 1) {
            mixedCurrencyTables++;
            return;
        }
        String currency = currencies.isEmpty() ? "EUR" : currencies.iterator().next();
        TotalsLine line =
                totals.computeIfAbsent(kind, k -> new TreeMap<>()).computeIfAbsent(currency, c -> new TotalsLine());
        line.tables++;
        if (declared.isEmpty()) {
            line.withoutTotal++;
            return;
        }
        BigDecimal sum = rows.stream().map(Money::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        line.declared = line.declared.add(declared.get().getAmount());
        line.computed = line.computed.add(sum);
        if (sum.compareTo(declared.get().getAmount()) != 0) {
            line.mismatches++;
            mismatches.add(new Mismatch(record.getId(), table, declared.get(), sum));
        }
    }

    private static void add(Map<String, BigDecimal> sums, Money amount) {
        sums.merge(amount.getCurrency().getCurrencyCode(), amount.getAmount(), BigDecimal::add);
    }

    /** Every currency met in the funding rows, sorted by code. */
    Set<String> fundingCurrencies() {
        Set<String> currencies = new TreeSet<>(toBeRaised.keySet());
        perFunderKind.values().forEach(line -> currencies.addAll(line.amounts.keySet()));
        return currencies;
    }
}
