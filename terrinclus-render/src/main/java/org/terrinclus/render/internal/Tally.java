package org.terrinclus.render.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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
import org.terrinclus.sdg.SdgGoal;
import org.terrinclus.thematic.Thematic;
import org.terrinclus.validation.Finding;
import org.terrinclus.validation.Severity;

/**
 * What a portfolio report counts, added up one record at a time in bounded memory: counts per
 * SDG and thematic, funding per kind of funder and currency, amounts still to be raised, TOTALs
 * that do not add up, and findings per rule with their first examples. Amounts are kept per
 * currency, never converted.
 */
public final class Tally {

    /** How many examples a rule keeps, and how many TOTAL mismatches are kept. */
    public static final int EXAMPLES = 5;

    public static final int MISMATCHES = 100;

    /** Per kind of funder: rows, rows not evaluable, amounts per currency. */
    static final class FunderLine {
        long rows;
        long notEvaluable;
        final Map<String, BigDecimal> amounts = new TreeMap<>();
    }

    /** A table whose declared TOTAL is not the sum of its rows. */
    record Mismatch(String record, String path, Money declared, BigDecimal computed) {}

    /** Where a finding is: the record, its JSON Pointer, and line, column or cell when known. */
    record Example(String record, Finding finding, String cell) {}

    /** The findings of one rule. */
    static final class RuleLine {
        final String rule;
        final Severity severity;
        long count;
        final List<Example> examples = new ArrayList<>();

        RuleLine(String rule, Severity severity) {
            this.rule = rule;
            this.severity = severity;
        }
    }

    long records;
    long unreadable;
    long valid;
    long invalid;
    final Map<Severity, Long> findings = new EnumMap<>(Severity.class);
    long withoutSdg;
    long withoutThematic;
    long toBeRaisedRows;
    final Set<String> toBeRaisedRecords = new LinkedHashSet<>();
    final Map<String, BigDecimal> toBeRaised = new TreeMap<>();
    final Map<SdgGoal, Long> perSdg = new EnumMap<>(SdgGoal.class);
    final Map<Thematic, Long> perThematic = new TreeMap<>();
    /** Keyed by kind of funder; the empty optional is a row with no funder named. */
    final Map<Optional<OrganisationKind>, FunderLine> perFunderKind = new TreeMap<>(
            (a, b) -> a.isPresent() ? (b.isPresent() ? a.get().compareTo(b.get()) : -1) : (b.isPresent() ? 1 : 0));

    long mixedCurrencyTables;
    long mismatchCount;
    final List<Mismatch> mismatches = new ArrayList<>();
    /** Keyed by rule, in the order rules are first met. */
    final Map<String, RuleLine> rules = new LinkedHashMap<>();

    /**
     * Adds one record, or an input that could not be read.
     *
     * @param name how the report names the record: its id, or the source and index
     * @param record the record, or null when it could not be read
     * @param all the findings of reading and validating it
     * @param cells spreadsheet cells by JSON Pointer, when the record came from a spreadsheet
     */
    public void add(String name, ProjectRecord record, List<Finding> all, Map<String, String> cells) {
        boolean hasError = false;
        for (Finding finding : all) {
            findings.merge(finding.getSeverity(), 1L, Long::sum);
            hasError |= finding.getSeverity() == Severity.ERROR;
            RuleLine line = rules.computeIfAbsent(
                    finding.getRule() + "\u0000" + finding.getSeverity().getCode(),
                    k -> new RuleLine(finding.getRule(), finding.getSeverity()));
            line.count++;
            if (line.examples.size() < EXAMPLES) {
                line.examples.add(new Example(name, finding, cellOf(finding.getPath(), cells)));
            }
        }
        if (record == null) {
            unreadable++;
            return;
        }
        records++;
        if (hasError) {
            invalid++;
        } else {
            valid++;
        }
        new LinkedHashSet<>(record.getSdgGoals()).forEach(goal -> perSdg.merge(goal, 1L, Long::sum));
        if (record.getSdgGoals().isEmpty()) {
            withoutSdg++;
        }
        new LinkedHashSet<>(record.getThematics()).forEach(t -> perThematic.merge(t, 1L, Long::sum));
        if (record.getThematics().isEmpty()) {
            withoutThematic++;
        }
        int index = 0;
        for (FundingPlan plan : record.getFunding()) {
            List<Money> rows = new ArrayList<>();
            for (Contribution contribution : plan.getContributions()) {
                contribution.getAmount().ifPresent(rows::add);
                if (contribution.getKind() == ContributionKind.TO_BE_RAISED) {
                    toBeRaisedRows++;
                    toBeRaisedRecords.add(name);
                    contribution.getAmount().ifPresent(amount -> add(toBeRaised, amount));
                    continue;
                }
                FunderLine line = perFunderKind.computeIfAbsent(
                        contribution.getFunder().map(f -> f.getKind()), k -> new FunderLine());
                line.rows++;
                if (contribution.getKind() == ContributionKind.NOT_EVALUABLE) {
                    line.notEvaluable++;
                }
                contribution.getAmount().ifPresent(amount -> add(line.amounts, amount));
            }
            checkTotal(name, "/funding/" + index++ + "/declaredTotal", rows, plan.getDeclaredTotal());
        }
        index = 0;
        for (CostBreakdown costs : record.getCosts()) {
            List<Money> rows = new ArrayList<>();
            for (CostItem item : costs.getItems()) {
                item.getAmount().ifPresent(rows::add);
            }
            checkTotal(name, "/costs/" + index++ + "/declaredTotal", rows, costs.getDeclaredTotal());
        }
    }

    /** The cell of a pointer, or of the nearest pointer above it that has one. */
    private static String cellOf(String path, Map<String, String> cells) {
        if (cells.isEmpty()) {
            return "";
        }
        String at = path;
        while (true) {
            String cell = cells.get(at);
            if (cell != null) {
                return cell;
            }
            int slash = at.lastIndexOf('/');
            if (slash < 0) {
                return "";
            }
            at = at.substring(0, slash);
        }
    }

    private void checkTotal(String name, String path, List<Money> rows, Optional<Money> declared) {
        if (declared.isEmpty()) {
            return;
        }
        Set<String> currencies = new TreeSet<>();
        rows.forEach(row -> currencies.add(row.getCurrency().getCurrencyCode()));
        currencies.add(declared.get().getCurrency().getCurrencyCode());
        if (currencies.size() > 1) {
            mixedCurrencyTables++;
            return;
        }
        BigDecimal sum = rows.stream().map(Money::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(declared.get().getAmount()) != 0) {
            mismatchCount++;
            if (mismatches.size() < MISMATCHES) {
                mismatches.add(new Mismatch(name, path, declared.get(), sum));
            }
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
