package org.terrinclus.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.terrinclus.json.TerrinclusJson;
import org.terrinclus.organisation.OrganisationKind;
import org.terrinclus.recommendation.RecommendationFamily;
import org.terrinclus.sdg.SdgGoal;
import org.terrinclus.thematic.Thematic;
import org.terrinclus.validation.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code terrinclus report}: tables across a portfolio of records. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        versionProvider = TerrinclusCommand.Version.class,
        sortOptions = false,
        description = {
            "Prints tables across many records: records per SDG and per thematic, recommendation families"
                    + " declared and cited, funding by kind of funder and in total (per currency), amounts still to"
                    + " be raised, contributions not evaluable, and declared TOTALs against the sums of the rows.",
            "Records that cannot be read are counted and left out (run 'validate' to see why). Without PATH, the"
                    + " twelve bundled pilot sheets.",
            "--format html writes the same as one self-contained page, with charts, and adds a validation summary:"
                    + " per rule, the count, the first examples, where they are, and a link to the rule's documentation."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every record could be read",
            "1:some record or file could not be read",
            "2:usage error (unknown option, bad value, path not found)",
            "3:internal error of the tool",
            "4:the output could not be written (disk full, no such folder, permission denied)"
        })
final class ReportCommand implements Callable<Integer> {

    private static final int MISMATCHES_SHOWN = 20;

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--lang",
            paramLabel = "fr|en",
            defaultValue = "fr",
            description = "Language of the tables (default: ${DEFAULT-VALUE}).")
    private Lang lang;

    @Option(
            names = "--format",
            paramLabel = "text|html",
            defaultValue = "text",
            description = "text tables, or one self-contained HTML page with charts and a validation summary"
                    + " (default: ${DEFAULT-VALUE}).")
    private ReportFormat format;

    @Option(
            names = "--profile",
            paramLabel = "draft|publication",
            defaultValue = "publication",
            description = "Rules applied for the validation summary of --format html (default: ${DEFAULT-VALUE}).")
    private ProfileOption profile;

    @Option(
            names = "--output",
            paramLabel = "PATH",
            description = "The file to write the report to (default: standard output).")
    private Path output;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files (.json, .jsonl) and folders.")
    private List<String> paths;

    @Override
    public Integer call() throws IOException {
        List<Source> sources = Inputs.resolve(spec, paths);
        Documents.checkOutput(spec, output, false);
        if (format == ReportFormat.HTML) {
            return HtmlReport.write(sources, profile.profile(), lang, output, spec);
        }
        PrintWriter out = spec.commandLine().getOut();
        Portfolio portfolio = new Portfolio();
        try (RecordPipeline pipeline = new RecordPipeline(TerrinclusJson.strict(), null, Profile.DRAFT)) {
            pipeline.run(sources, new Progress(spec.commandLine().getErr(), lang), result -> {
                if (result.record().isPresent()) {
                    portfolio.add(result.record().get());
                } else {
                    portfolio.unreadable++;
                }
            });
        }
        if (output != null) {
            // A PrintWriter hides a full disk: the report is short, so it is printed whole, then written.
            StringWriter text = new StringWriter();
            print(portfolio, new PrintWriter(text));
            try (Writer file = OutputFiles.writer(output)) {
                file.write(text.toString());
            }
        } else {
            print(portfolio, out);
            out.flush();
        }
        return portfolio.unreadable > 0 ? TerrinclusCommand.INVALID : TerrinclusCommand.OK;
    }

    private void print(Portfolio p, PrintWriter out) {
        out.println(lang.t("Rapport sur ", "Report on ")
                + count(p.records)
                + lang.t(" fiche", " record")
                + (p.records > 1 ? "s" : "")
                + (p.unreadable > 0
                        ? lang.t(
                                " (" + count(p.unreadable) + " illisibles, laissées de côté)",
                                " (" + count(p.unreadable) + " unreadable, left out)")
                        : ""));
        out.println();

        TextTable sdgs = new TextTable(lang.t("Fiches par ODD", "Records per SDG"))
                .right(lang.t("ODD", "SDG"))
                .left(lang.t("Nom court", "Short name"))
                .right(lang.t("Fiches", "Records"));
        for (Map.Entry<SdgGoal, Long> entry : p.perSdg.entrySet()) {
            sdgs.row(entry.getKey().getNumber(), entry.getKey().getShortName(lang.locale()), count(entry.getValue()));
        }
        sdgs.footer("", lang.t("Aucun ODD cité", "No SDG cited"), count(p.withoutSdg));
        sdgs.print(out);

        TextTable thematics = new TextTable(lang.t("Fiches par thématique", "Records per thematic"))
                .left(lang.t("Thématique", "Thematic"))
                .right(lang.t("Fiches", "Records"));
        for (Map.Entry<Thematic, Long> entry : p.perThematic.entrySet()) {
            thematics.row(entry.getKey().getLabel(lang.locale()), count(entry.getValue()));
        }
        thematics.footer(lang.t("Aucune thématique", "No thematic"), count(p.withoutThematic));
        thematics.print(out);

        TextTable families = new TextTable(lang.t("Familles de préconisations", "Recommendation families"))
                .left(lang.t("Famille", "Family"))
                .right(lang.t("Déclarée (fiches)", "Declared (records)"))
                .right(lang.t("Citée (fiches)", "Cited (records)"))
                .right(lang.t("Préconisations citées", "Recommendations cited"));
        for (RecommendationFamily family : RecommendationFamily.values()) {
            families.row(
                    family.getNumber() + ". " + family.getLabel(lang.locale()),
                    count(p.familiesDeclared.getOrDefault(family, 0L)),
                    count(p.familiesCited.getOrDefault(family, 0L)),
                    count(p.recommendationsCited.getOrDefault(family, 0L)));
        }
        families.print(out);

        printFunding(p, out);
        printTotals(p, out);
    }

    private void printFunding(Portfolio p, PrintWriter out) {
        Set<String> currencies = p.fundingCurrencies();
        if (currencies.isEmpty()) {
            currencies = Set.of("EUR");
        }
        TextTable funding = new TextTable(lang.t("Financement par type de financeur", "Funding by kind of funder"))
                .left(lang.t("Type de financeur", "Kind of funder"))
                .right(lang.t("Lignes", "Rows"))
                .right(lang.t("Non évaluables", "Not evaluable"));
        currencies.forEach(funding::right);
        long rows = 0;
        long notEvaluable = 0;
        Map<String, BigDecimal> secured = new java.util.TreeMap<>();
        for (Map.Entry<Optional<OrganisationKind>, Portfolio.FunderLine> entry : p.perFunderKind.entrySet()) {
            Portfolio.FunderLine line = entry.getValue();
            rows += line.rows;
            notEvaluable += line.notEvaluable;
            line.amounts.forEach((currency, amount) -> secured.merge(currency, amount, BigDecimal::add));
            funding.row(cells(
                    entry.getKey()
                            .map(kind -> kind.getLabel(lang.locale()))
                            .orElse(lang.t("(financeur non nommé)", "(funder not named)")),
                    count(line.rows),
                    count(line.notEvaluable),
                    currencies,
                    line.amounts));
        }
        funding.footer(cells(
                lang.t("Total des financeurs", "Total from funders"),
                count(rows),
                count(notEvaluable),
                currencies,
                secured));
        funding.footer(cells(
                lang.t("Montants à mobiliser", "Still to be raised"),
                count(p.toBeRaisedRows),
                "",
                currencies,
                p.toBeRaised));
        Map<String, BigDecimal> all = new java.util.TreeMap<>(secured);
        p.toBeRaised.forEach((currency, amount) -> all.merge(currency, amount, BigDecimal::add));
        funding.footer(
                cells(lang.t("Total", "Total"), count(rows + p.toBeRaisedRows), count(notEvaluable), currencies, all));
        funding.print(out);
        out.println(lang.t(
                        "Contributions non évaluables (en nature, sans montant) : ",
                        "Contributions not evaluable (in kind, no amount): ")
                + count(p.notEvaluable));
        out.println(lang.t("Montants encore à mobiliser : ", "Amounts still to be raised: ")
                + amounts(p.toBeRaised)
                + lang.t(
                        " (" + count(p.toBeRaisedRows) + " ligne(s), fiches : ",
                        " (" + count(p.toBeRaisedRows) + " row(s), records: ")
                + (p.toBeRaisedRecords.isEmpty() ? "—" : String.join(", ", p.toBeRaisedRecords)) + ")");
        out.println();
    }

    private void printTotals(Portfolio p, PrintWriter out) {
        TextTable totals = new TextTable(
                        lang.t("Totaux déclarés et sommes des lignes", "Declared totals and sums of the rows"))
                .left(lang.t("Tableaux", "Tables"))
                .left(lang.t("Devise", "Currency"))
                .right(lang.t("Nombre", "Count"))
                .right(lang.t("Sans TOTAL", "No TOTAL"))
                .right(lang.t("Écarts", "Mismatches"))
                .right(lang.t("Somme des TOTAL déclarés", "Sum of declared TOTALs"))
                .right(lang.t("Somme des lignes", "Sum of the rows"))
                .right(lang.t("Différence", "Difference"));
        for (Map.Entry<String, Map<String, Portfolio.TotalsLine>> kind : p.totals.entrySet()) {
            String label =
                    "funding".equals(kind.getKey()) ? lang.t("Financement", "Funding") : lang.t("Coûts", "Costs");
            for (Map.Entry<String, Portfolio.TotalsLine> entry : kind.getValue().entrySet()) {
                Portfolio.TotalsLine line = entry.getValue();
                totals.row(
                        label,
                        entry.getKey(),
                        count(line.tables),
                        count(line.withoutTotal),
                        count(line.mismatches),
                        Amounts.format(line.declared, lang),
                        Amounts.format(line.computed, lang),
                        Amounts.format(line.declared.subtract(line.computed), lang));
            }
        }
        totals.print(out);
        out.println(lang.t(
                "Les sommes ne portent que sur les tableaux qui ont un TOTAL déclaré ; les lignes non évaluables"
                        + " n'ont pas de montant.",
                "The sums cover only the tables that have a declared TOTAL; rows not evaluable have no amount."));
        if (p.mixedCurrencyTables > 0) {
            out.println(lang.t(
                            "Tableaux en plusieurs devises, laissés de côté : ",
                            "Tables in several currencies, left out: ")
                    + count(p.mixedCurrencyTables));
        }
        if (!p.mismatches.isEmpty()) {
            out.println();
            out.println(lang.t("TOTAL qui ne tombent pas juste :", "TOTALs that do not add up:"));
            p.mismatches.stream()
                    .limit(MISMATCHES_SHOWN)
                    .forEach(m -> out.println("  " + m.recordId + " " + m.table
                            + lang.t(" : déclaré ", ": declared ") + Amounts.format(m.declared.getAmount(), lang) + " "
                            + m.declared.getCurrency().getCurrencyCode()
                            + lang.t(", somme des lignes ", ", sum of the rows ") + Amounts.format(m.computed, lang)));
            if (p.mismatches.size() > MISMATCHES_SHOWN) {
                out.println("  … " + lang.t("et ", "and ") + (p.mismatches.size() - MISMATCHES_SHOWN)
                        + lang.t(" autres", " more"));
            }
        }
    }

    private Object[] cells(
            String label, String rows, String notEvaluable, Set<String> currencies, Map<String, BigDecimal> amounts) {
        List<Object> cells = new ArrayList<>();
        cells.add(label);
        cells.add(rows);
        cells.add(notEvaluable);
        for (String currency : currencies) {
            BigDecimal amount = amounts.get(currency);
            cells.add(amount == null ? "" : Amounts.format(amount, lang));
        }
        return cells.toArray();
    }

    private String amounts(Map<String, BigDecimal> amounts) {
        if (amounts.isEmpty()) {
            return "0";
        }
        List<String> parts = new ArrayList<>();
        amounts.forEach((currency, amount) -> parts.add(Amounts.format(amount, lang) + " " + currency));
        return String.join(" + ", parts);
    }

    private String count(long value) {
        return Amounts.count(value, lang);
    }
}
