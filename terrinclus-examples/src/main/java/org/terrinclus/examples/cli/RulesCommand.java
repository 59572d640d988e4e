package org.terrinclus.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.terrinclus.iati.IatiPublicationRule;
import org.terrinclus.iati.IatiRules;
import org.terrinclus.json.JsonRules;
import org.terrinclus.validation.Rule;
import org.terrinclus.validation.Rules;
import org.terrinclus.validation.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code terrinclus rules}: the catalogue of rules, those of reading JSON and those of validation. */
@Command(
        name = "rules",
        mixinStandardHelpOptions = true,
        versionProvider = TerrinclusCommand.Version.class,
        sortOptions = false,
        description = "Lists every rule a finding can come from: the rules of reading JSON (json.*), then the"
                + " validation rules of the draft and publication profiles, with their severity and description.")
final class RulesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--lang",
            paramLabel = "fr|en",
            defaultValue = "fr",
            description = "Language of the descriptions (default: ${DEFAULT-VALUE}).")
    private Lang lang;

    @Option(
            names = "--format",
            paramLabel = "text|json",
            defaultValue = "text",
            description = "text for people, or one JSON object for programs (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            json(out);
        } else {
            text(out);
        }
        out.flush();
        return TerrinclusCommand.OK;
    }

    private void text(PrintWriter out) {
        TextTable table = new TextTable(lang.t("Règles de Terrinclus", "Terrinclus rules"))
                .left(lang.t("Règle", "Rule"))
                .left(lang.t("Gravité", "Severity"))
                .left(lang.t("Profil", "Profile"))
                .wrapped("Description", 72);
        String reading = lang.t("lecture", "reading");
        for (JsonRules rule : JsonRules.all()) {
            table.row(
                    rule.getId(),
                    rule.getSeverity().getLabel(lang.locale()),
                    reading,
                    lang.t(rule.getDescriptionFr(), rule.getDescriptionEn()));
        }
        for (IatiRules rule : IatiRules.values()) {
            table.row(
                    rule.getId(),
                    rule.getSeverity().getLabel(lang.locale()),
                    lang.t("lecture, écriture IATI", "IATI reading, writing"),
                    rule.getDescription(lang.locale()));
        }
        table.row(RecordResult.UNREADABLE_RULE, Severity.ERROR.getLabel(lang.locale()), reading, unreadable());
        for (Rule rule : Rules.all()) {
            table.row(
                    rule.getId(),
                    rule.getSeverity().getLabel(lang.locale()),
                    rule.getProfile().getLabel(lang.locale()),
                    rule.getDescription(lang.locale()));
        }
        for (IatiPublicationRule rule : IatiPublicationRule.values()) {
            table.row(
                    rule.getId(),
                    rule.getSeverity().getLabel(lang.locale()),
                    "IATI",
                    rule.getDescription(lang.locale())
                            + rule.getIatiRule().map(r -> " [IATI " + r + "]").orElse(""));
        }
        table.print(out);
        out.println(lang.t(
                "Lecture : règles du lecteur JSON, appliquées à tout enregistrement.\n"
                        + "Brouillon : règles de tout enregistrement (--profile draft).\n"
                        + "Publication : en plus, règles d'une fiche prête à publier (--profile publication, le"
                        + " défaut de validate).\n"
                        + "IATI : en plus, contrôles du validateur IATI sur ce qu'un export publierait (--profile iati).",
                "Reading: rules of the JSON reader, applied to every record.\n"
                        + "Draft: rules for any record (--profile draft).\n"
                        + "Publication: also, rules for a sheet ready to publish (--profile publication, the"
                        + " default of validate).\n"
                        + "IATI: also, the IATI validator's checks of what an export would publish (--profile iati)."));
    }

    /** The rule of the tool itself, for a file it cannot open or read to the end. */
    private String unreadable() {
        return lang.t(
                "Le fichier ne peut pas être ouvert, ou sa lecture échoue en cours de route (règle de l'outil en"
                        + " ligne de commande).",
                "The file cannot be opened, or reading it fails midway (a rule of the command-line tool).");
    }

    /**
     * {@code {"rules":[{"id":…,"kind":"reading"|"input"|"validation","severity":…,"profile":…|null,"path":…,
     * "description":…}]}}.
     */
    private void json(PrintWriter out) {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("rules");
            for (JsonRules rule : JsonRules.all()) {
                g.writeStartObject();
                g.writeStringField("id", rule.getId());
                g.writeStringField("kind", "reading");
                g.writeStringField("severity", rule.getSeverity().getCode());
                g.writeNullField("profile");
                g.writeStringField("description", lang.t(rule.getDescriptionFr(), rule.getDescriptionEn()));
                g.writeEndObject();
            }
            for (IatiRules rule : IatiRules.values()) {
                g.writeStartObject();
                g.writeStringField("id", rule.getId());
                g.writeStringField("kind", "reading");
                g.writeStringField("severity", rule.getSeverity().getCode());
                g.writeNullField("profile");
                g.writeStringField("description", rule.getDescription(lang.locale()));
                g.writeEndObject();
            }
            g.writeStartObject();
            g.writeStringField("id", RecordResult.UNREADABLE_RULE);
            g.writeStringField("kind", "input");
            g.writeStringField("severity", Severity.ERROR.getCode());
            g.writeNullField("profile");
            g.writeStringField("description", unreadable());
            g.writeEndObject();
            for (Rule rule : Rules.all()) {
                g.writeStartObject();
                g.writeStringField("id", rule.getId());
                g.writeStringField("kind", "validation");
                g.writeStringField("severity", rule.getSeverity().getCode());
                g.writeStringField("profile", rule.getProfile().getCode());
                g.writeStringField("path", rule.getPath());
                g.writeStringField("description", rule.getDescription(lang.locale()));
                g.writeEndObject();
            }
            for (IatiPublicationRule rule : IatiPublicationRule.values()) {
                g.writeStartObject();
                g.writeStringField("id", rule.getId());
                g.writeStringField("kind", "validation");
                g.writeStringField("severity", rule.getSeverity().getCode());
                g.writeStringField("profile", "iati");
                g.writeStringField("description", rule.getDescription(lang.locale()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
