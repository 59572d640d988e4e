package org.terrinclus.render.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.terrinclus.organisation.OrganisationKind;
import org.terrinclus.sdg.SdgGoal;
import org.terrinclus.thematic.Thematic;
import org.terrinclus.validation.Finding;
import org.terrinclus.validation.Rules;
import org.terrinclus.validation.Severity;

/** A portfolio report as the report template shows it: every figure already written for people. */
public final class ReportView {

    /** A horizontal bar of a chart, with its geometry in the chart's own units. */
    public record Bar(String label, String value, int y, int width, String fill) {}

    /**
     * A horizontal bar chart drawn as inline SVG.
     *
     * @param id the chart's id on the page
     * @param title what the chart shows, for its text alternative
     * @param height the chart's height
     * @param bars the bars, top to bottom
     */
    public record Chart(String id, String title, int height, List<Bar> bars) {
        /** The chart's width. */
        public int width() {
            return WIDTH;
        }

        /** Where bars start, after their labels. */
        public int barStart() {
            return LABELS;
        }

        /** The height of a bar. */
        public int barHeight() {
            return BAR;
        }
    }

    /** A row of the SDG table. */
    public record SdgRow(int number, String shortName, String background, String foreground, String count) {}

    /** A label and a count. */
    public record CountRow(String label, String count) {}

    /** A row of the funding table: label, rows, rows not evaluable, then an amount per currency. */
    public record FunderRow(String label, String rows, String notEvaluable, List<String> amounts) {}

    /** A TOTAL that does not add up. */
    public record MismatchRow(String record, String path, String declared, String computed, String difference) {}

    /** Where a finding of a rule is. */
    public record ExampleRow(String record, String path, String line, String column, String cell, String message) {}

    /** A rule with its count, its first examples and the link to its documentation. */
    public record RuleRow(
            String rule,
            String severity,
            String severityLabel,
            String count,
            String href,
            List<ExampleRow> examples,
            String more) {}

    private static final int WIDTH = 640;
    /** Each bar has its label above it, so that long labels are never cut. */
    private static final int LABELS = 0;

    private static final int BAR = 14;
    private static final int ROW = 38;
    private static final int MAX_BAR = 480;
    private static final String PLAIN_BAR = "#2F6B8F";

    private final Labels labels;
    private final Locale locale;
    private final Tally tally;
    private final List<SdgRow> sdgs = new ArrayList<>();
    private final List<CountRow> thematics = new ArrayList<>();
    private final List<String> currencies;
    private final List<FunderRow> funders = new ArrayList<>();
    private final List<FunderRow> fundingTotals = new ArrayList<>();
    private final List<Chart> fundingCharts = new ArrayList<>();
    private final List<MismatchRow> mismatches = new ArrayList<>();
    private final List<RuleRow> rules = new ArrayList<>();
    private final Chart sdgChart;
    private final Chart thematicChart;

    public ReportView(Tally tally, Locale locale, URI rulesDocumentation) {
        this.tally = tally;
        this.labels = Labels.of(locale);
        this.locale = labels.locale();

        List<Bar> sdgBars = new ArrayList<>();
        long most =
                tally.perSdg.values().stream().mapToLong(Long::longValue).max().orElse(1);
        int y = 0;
        for (Map.Entry<SdgGoal, Long> entry : tally.perSdg.entrySet()) {
            SdgGoal goal = entry.getKey();
            String count = count(entry.getValue());
            sdgs.add(new SdgRow(
                    goal.getNumber(),
                    goal.getShortName(this.locale),
                    goal.getColour(),
                    Contrast.textOn(goal.getColour()),
                    count));
            sdgBars.add(new Bar(
                    labels.get("report.sdg") + " " + goal.getNumber() + " · " + goal.getShortName(this.locale),
                    count,
                    y,
                    width(entry.getValue(), most),
                    goal.getColour()));
            y += ROW;
        }
        sdgChart = new Chart("chart-sdgs", labels.get("report.chartSdgs"), Math.max(y, ROW), sdgBars);

        List<Bar> thematicBars = new ArrayList<>();
        most = tally.perThematic.values().stream()
                .mapToLong(Long::longValue)
                .max()
                .orElse(1);
        y = 0;
        for (Map.Entry<Thematic, Long> entry : tally.perThematic.entrySet()) {
            String label = entry.getKey().getLabel(this.locale);
            String count = count(entry.getValue());
            thematics.add(new CountRow(label, count));
            thematicBars.add(new Bar(label, count, y, width(entry.getValue(), most), PLAIN_BAR));
            y += ROW;
        }
        thematicChart = new Chart("chart-thematics", labels.get("report.thematics"), Math.max(y, ROW), thematicBars);

        Set<String> found = tally.fundingCurrencies();
        currencies = List.copyOf(found);
        long rows = 0;
        long notEvaluable = 0;
        Map<String, BigDecimal> secured = new TreeMap<>();
        Map<String, List<Bar>> barsByCurrency = new TreeMap<>();
        Map<String, BigDecimal> largest = new TreeMap<>();
        tally.perFunderKind
                .values()
                .forEach(line -> line.amounts.forEach((c, a) -> largest.merge(c, a, BigDecimal::max)));
        for (Map.Entry<Optional<OrganisationKind>, Tally.FunderLine> entry : tally.perFunderKind.entrySet()) {
            Tally.FunderLine line = entry.getValue();
            String label = entry.getKey().map(k -> k.getLabel(this.locale)).orElse(labels.get("report.funderUnnamed"));
            rows += line.rows;
            notEvaluable += line.notEvaluable;
            line.amounts.forEach((c, a) -> secured.merge(c, a, BigDecimal::add));
            funders.add(new FunderRow(label, count(line.rows), count(line.notEvaluable), amounts(line.amounts)));
            line.amounts.forEach((currency, amount) -> {
                List<Bar> bars = barsByCurrency.computeIfAbsent(currency, c -> new ArrayList<>());
                bars.add(new Bar(
                        label,
                        money(amount, currency),
                        bars.size() * ROW,
                        width(amount, largest.get(currency)),
                        PLAIN_BAR));
            });
        }
        fundingTotals.add(
                new FunderRow(labels.get("report.totalFunders"), count(rows), count(notEvaluable), amounts(secured)));
        fundingTotals.add(new FunderRow(
                labels.get("report.toBeRaised"), count(tally.toBeRaisedRows), "", amounts(tally.toBeRaised)));
        Map<String, BigDecimal> all = new TreeMap<>(secured);
        tally.toBeRaised.forEach((c, a) -> all.merge(c, a, BigDecimal::add));
        fundingTotals.add(new FunderRow(
                labels.get("report.total"), count(rows + tally.toBeRaisedRows), count(notEvaluable), amounts(all)));
        barsByCurrency.forEach((currency, bars) -> fundingCharts.add(new Chart(
                "chart-funding-" + currency,
                labels.get("report.funding") + " (" + currency + ")",
                Math.max(bars.size() * ROW, ROW),
                bars)));

        for (Tally.Mismatch m : tally.mismatches) {
            Currency currency = m.declared().getCurrency();
            mismatches.add(new MismatchRow(
                    m.record(),
                    m.path(),
                    Text.money(m.declared(), this.locale),
                    Text.money(m.computed(), currency, this.locale),
                    Text.number(m.declared().getAmount().subtract(m.computed()), this.locale)
                            + Text.NO_BREAK_SPACE
                            + Text.symbol(currency)));
        }

        String base = rulesDocumentation.toString();
        for (Tally.RuleLine line : tally.rules.values()) {
            String href = Rules.byId(line.rule).isPresent() ? base + "#" + Anchors.rule(line.rule) : "";
            List<ExampleRow> examples = new ArrayList<>();
            for (Tally.Example example : line.examples) {
                Finding f = example.finding();
                examples.add(new ExampleRow(
                        example.record(),
                        f.getPath().isEmpty() ? labels.get("sheet.wholeRecord") : f.getPath(),
                        f.getLine().map(String::valueOf).orElse(""),
                        f.getColumn().map(String::valueOf).orElse(""),
                        example.cell(),
                        f.getMessage(this.locale)));
            }
            long more = line.count - line.examples.size();
            rules.add(new RuleRow(
                    line.rule,
                    line.severity.getCode(),
                    line.severity.getLabel(this.locale),
                    count(line.count),
                    href,
                    examples,
                    more > 0 ? labels.get("report.more").replace("{0}", count(more)) : ""));
        }
        rules.sort((a, b) -> {
            int bySeverity = Severity.fromCode(a.severity()).compareTo(Severity.fromCode(b.severity()));
            return bySeverity != 0 ? bySeverity : a.rule().compareTo(b.rule());
        });
    }

    private static int width(long value, long most) {
        return (int) Math.max(2, Math.round(MAX_BAR * (double) value / Math.max(1, most)));
    }

    private static int width(BigDecimal value, BigDecimal most) {
        if (most == null || most.signum() == 0) {
            return 2;
        }
        return (int) Math.max(2, Math.round(MAX_BAR * value.doubleValue() / most.doubleValue()));
    }

    private List<String> amounts(Map<String, BigDecimal> amounts) {
        List<String> cells = new ArrayList<>();
        for (String currency : currencies) {
            BigDecimal amount = amounts.get(currency);
            cells.add(amount == null ? "" : money(amount, currency));
        }
        return cells;
    }

    private String money(BigDecimal amount, String currency) {
        return Text.money(amount, Currency.getInstance(currency), locale);
    }

    private String count(long value) {
        return Text.count(value, locale);
    }

    // What the template reads.

    public Labels labels() {
        return labels;
    }

    public String lang() {
        return labels.language();
    }

    public String records() {
        return count(tally.records);
    }

    public String unreadable() {
        return count(tally.unreadable);
    }

    public boolean hasUnreadable() {
        return tally.unreadable > 0;
    }

    public String valid() {
        return count(tally.valid);
    }

    public String invalid() {
        return count(tally.invalid);
    }

    public String errors() {
        return count(tally.findings.getOrDefault(Severity.ERROR, 0L));
    }

    public String warnings() {
        return count(tally.findings.getOrDefault(Severity.WARNING, 0L));
    }

    public String infos() {
        return count(tally.findings.getOrDefault(Severity.INFO, 0L));
    }

    /** No record has an error, and every input could be read. */
    public boolean verdictOk() {
        return tally.invalid == 0 && tally.unreadable == 0;
    }

    public List<SdgRow> sdgs() {
        return sdgs;
    }

    public Chart sdgChart() {
        return sdgChart;
    }

    public String withoutSdg() {
        return count(tally.withoutSdg);
    }

    public List<CountRow> thematics() {
        return thematics;
    }

    public Chart thematicChart() {
        return thematicChart;
    }

    public String withoutThematic() {
        return count(tally.withoutThematic);
    }

    public List<String> currencies() {
        return currencies;
    }

    public List<FunderRow> funders() {
        return funders;
    }

    public List<FunderRow> fundingTotals() {
        return fundingTotals;
    }

    public List<Chart> fundingCharts() {
        return fundingCharts;
    }

    public List<String> toBeRaisedRecords() {
        return List.copyOf(tally.toBeRaisedRecords);
    }

    public List<MismatchRow> mismatches() {
        return mismatches;
    }

    /** Mismatches counted beyond those listed, as "and 3 more", or "". */
    public String moreMismatches() {
        long more = tally.mismatchCount - tally.mismatches.size();
        return more > 0 ? labels.get("report.more").replace("{0}", count(more)) : "";
    }

    public String mixedCurrencyTables() {
        return tally.mixedCurrencyTables > 0 ? count(tally.mixedCurrencyTables) : "";
    }

    public List<RuleRow> rules() {
        return rules;
    }
}
