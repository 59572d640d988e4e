package org.terrinclus.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.terrinclus.json.JsonRules;
import org.terrinclus.json.TerrinclusJson;
import org.terrinclus.validation.Finding;
import org.terrinclus.validation.Profile;
import org.terrinclus.validation.Rules;
import org.terrinclus.validation.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code terrinclus tour}: the first run of a newcomer. Says what it does, validates the twelve
 * bundled pilot sheets for publication, explains the outcome, and says what to try next. Exits
 * with 0 whatever the sheets' findings: the tour succeeds when it has shown them.
 */
@Command(
        name = "tour",
        mixinStandardHelpOptions = true,
        versionProvider = TerrinclusCommand.Version.class,
        description = "A guided first run: validates the twelve bundled pilot sheets of the ADF guide (publication"
                + " profile), explains their findings, and says what to try next. Always exits with 0.")
final class TourCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--lang",
            paramLabel = "fr|en",
            defaultValue = "fr",
            description = "Language of the tour (default: ${DEFAULT-VALUE}).")
    private Lang lang;

    /** Per rule: severity, and the records that have it. */
    private final Map<String, Set<String>> recordsPerRule = new LinkedHashMap<>();

    private final Map<String, Severity> severities = new LinkedHashMap<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Profile profile = Profile.PUBLICATION;
        String title = lang.t("Terrinclus — visite guidée", "Terrinclus — a guided tour");
        out.println(title);
        out.println("=".repeat(title.length()));
        out.println(lang.t(
                "Terrinclus décrit, vérifie et échange des fiches de projets de coopération décentralisée\n"
                        + "(« fiches de capitalisation ») au format JSON. Les douze fiches pilotes du guide de l'ADF\n"
                        + "(juillet 2017) sont livrées avec l'outil : cette visite les lit, puis les valide avec le\n"
                        + "profil « publication », celui d'une fiche prête à être publiée.\n"
                        + "Chaque constat donne sa gravité (erreur, avertissement, information), la règle qui le\n"
                        + "signale, l'endroit dans la fiche (un pointeur JSON, comme /funding/0/declaredTotal) et\n"
                        + "ce qu'il faut vérifier. Une fiche est valide quand elle n'a aucune erreur.",
                "Terrinclus describes, checks and exchanges records of decentralised cooperation projects\n"
                        + "(\"fiches de capitalisation\", project sheets) in JSON. The twelve pilot sheets of the ADF\n"
                        + "guide (July 2017) come with the tool: this tour reads them, then validates them with the\n"
                        + "\"publication\" profile, the rules of a sheet ready to publish.\n"
                        + "Each finding gives its severity (error, warning, information), the rule that reports it,\n"
                        + "where it is in the record (a JSON Pointer, as /funding/0/declaredTotal) and what to check.\n"
                        + "A record is valid when it has no error."));
        out.println();
        out.flush();

        TextResults text = new TextResults(out, lang, profile);
        ResultSink sink = new ResultSink() {
            @Override
            public void start() {}

            @Override
            public void accept(RecordResult result) {
                text.accept(result);
                String record = result.id().orElse(result.source());
                for (Finding finding : result.findings()) {
                    recordsPerRule
                            .computeIfAbsent(finding.getRule(), rule -> new LinkedHashSet<>())
                            .add(record);
                    severities.putIfAbsent(finding.getRule(), finding.getSeverity());
                }
                out.flush();
            }

            @Override
            public void finish(Summary summary) {}
        };
        Summary summary = ValidateCommand.validate(
                Inputs.bundled(),
                TerrinclusJson.strict(),
                profile,
                new Progress(spec.commandLine().getErr(), lang),
                sink);
        out.println();
        explain(summary, out);
        out.flush();
        return TerrinclusCommand.OK;
    }

    private void explain(Summary summary, PrintWriter out) {
        String heading = lang.t("En bref", "In short");
        out.println(heading);
        out.println("-".repeat(heading.length()));
        out.println(lang.t(
                "- " + summary.records() + " fiches validées : " + summary.valid() + " sans erreur, "
                        + summary.invalid() + " avec au moins une erreur ; " + summary.errors() + " erreur(s), "
                        + summary.warnings() + " avertissement(s), " + summary.infos() + " information(s).",
                "- " + summary.records() + " records validated: " + summary.valid() + " without errors, "
                        + summary.invalid() + " with at least one error; " + summary.errors() + " error(s), "
                        + summary.warnings() + " warning(s), " + summary.infos() + " information finding(s)."));
        for (Severity severity : Severity.values()) {
            List<String> lines = new ArrayList<>();
            recordsPerRule.forEach((rule, records) -> {
                if (severities.get(rule) == severity) {
                    lines.add("    " + rule + " (" + String.join(", ", records) + ")"
                            + description(rule).map(d -> "\n      " + d).orElse(""));
                }
            });
            if (!lines.isEmpty()) {
                out.println("- " + heading(severity));
                lines.forEach(out::println);
            }
        }
        if (summary.invalid() > 0) {
            out.println(lang.t(
                    "Ces constats sont réels : les fiches reprennent le guide tel qu'il est imprimé, avec ses\n"
                            + "incohérences (un TOTAL qui ne tombe pas juste, une partie absente…). Le fichier\n"
                            + "terrinclus-examples/SHEETS.md les décrit fiche par fiche.",
                    "These findings are real: the records keep the guide as printed, with its inconsistencies\n"
                            + "(a TOTAL that does not add up, a missing part…). The file terrinclus-examples/SHEETS.md\n"
                            + "describes them sheet by sheet."));
        }
        out.println();
        String next = lang.t("Et maintenant", "What next");
        out.println(next);
        out.println("-".repeat(next.length()));
        TextTable commands = new TextTable("").left("").left("");
        commands.row(
                "./terrinclus validate <fichier.json|fichier.jsonl|dossier>"
                        .replace(
                                "<fichier.json|fichier.jsonl|dossier>",
                                lang.t("<fichier.json|fichier.jsonl|dossier>", "<file.json|file.jsonl|folder>")),
                lang.t("valider vos propres fiches", "validate your own records"));
        commands.row(
                "./terrinclus validate --profile draft",
                lang.t("seulement les règles d'un brouillon", "only the rules of a draft"));
        commands.row(
                "./terrinclus validate --format json",
                lang.t("le même résultat, en JSON, pour un programme", "the same result, as JSON, for a program"));
        commands.row(
                "./terrinclus report",
                lang.t(
                        "tableaux : ODD, thématiques, financements, totaux",
                        "tables: SDGs, thematics, funding, totals"));
        commands.row(
                "./terrinclus rules",
                lang.t("toutes les règles, leur gravité et leur profil", "every rule, its severity and profile"));
        commands.row("./terrinclus schema", lang.t("le schéma JSON d'une fiche", "the JSON Schema of a record"));
        commands.row(
                lang.t("./terrinclus tour --lang en", "./terrinclus tour --lang fr"),
                lang.t("this tour in English", "cette visite en français"));
        commands.row("./terrinclus --help", lang.t("toutes les commandes et options", "every command and option"));
        commands.printRows(out);
    }

    private String heading(Severity severity) {
        switch (severity) {
            case ERROR:
                return lang.t(
                        "Erreurs, par règle (et fiches concernées) :", "Errors, by rule (and the records concerned):");
            case WARNING:
                return lang.t("Avertissements, par règle :", "Warnings, by rule:");
            default:
                return lang.t("Informations, par règle :", "Information findings, by rule:");
        }
    }

    private Optional<String> description(String rule) {
        Optional<String> validation = Rules.byId(rule).map(r -> r.getDescription(lang.locale()));
        if (validation.isPresent()) {
            return validation;
        }
        return JsonRules.all().stream()
                .filter(r -> r.getId().equals(rule))
                .findFirst()
                .map(r -> lang.t(r.getDescriptionFr(), r.getDescriptionEn()));
    }
}
