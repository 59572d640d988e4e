package org.terrinclus.examples.cli;

import java.io.PrintWriter;
import org.terrinclus.validation.Finding;
import org.terrinclus.validation.Profile;
import org.terrinclus.validation.Severity;

/**
 * Prints validation results for a person: one block per record (source, index, id, status), each
 * finding on two lines (severity, rule, path, line and column; then the message), then a summary.
 */
final class TextResults implements ResultSink {

    private final PrintWriter out;
    private final Lang lang;
    private final Profile profile;
    private final int severityWidth;

    TextResults(PrintWriter out, Lang lang, Profile profile) {
        this.out = out;
        this.lang = lang;
        this.profile = profile;
        int width = 0;
        for (Severity severity : Severity.values()) {
            width = Math.max(width, severity.getLabel(lang.locale()).length());
        }
        this.severityWidth = width;
    }

    @Override
    public void start() {}

    @Override
    public void accept(RecordResult result) {
        out.println(header(result));
        for (Finding finding : result.findings()) {
            StringBuilder line = new StringBuilder("  ")
                    .append(pad(finding.getSeverity().getLabel(lang.locale()), severityWidth))
                    .append("  ")
                    .append(finding.getRule())
                    .append("  ")
                    .append(finding.getPath().isEmpty() ? "/" : finding.getPath());
            result.cell(finding)
                    .ifPresent(cell -> line.append("  [").append(cell).append(']'));
            finding.getLine().ifPresent(l -> {
                line.append("  (").append(lang.t("ligne ", "line ")).append(l);
                finding.getColumn()
                        .ifPresent(c ->
                                line.append(lang.t(", colonne ", ", column ")).append(c));
                line.append(')');
            });
            out.println(line);
            out.println("      " + finding.getMessage(lang.locale()));
        }
    }

    /** The record's first line: {@code bundled/01-aude.json [0] aude : valide (1 avertissement)}. */
    String header(RecordResult result) {
        StringBuilder header = new StringBuilder(result.source())
                .append(" [")
                .append(result.index())
                .append(']');
        result.line()
                .filter(l -> l > 1)
                .ifPresent(l -> header.append(lang.t(" ligne ", " line ")).append(l));
        header.append(' ').append(result.id().orElse(lang.t("(id inconnu)", "(unknown id)")));
        header.append(lang.t(" : ", ": "));
        if (result.record().isEmpty()) {
            header.append(lang.t("ILLISIBLE", "UNREADABLE"));
        } else if (result.isValid()) {
            header.append(lang.t("valide", "valid"));
        } else {
            header.append(lang.t("NON VALIDE", "INVALID"));
        }
        String counts = counts(
                result.report().count(Severity.ERROR),
                result.report().count(Severity.WARNING),
                result.report().count(Severity.INFO));
        if (!counts.isEmpty()) {
            header.append(" (").append(counts).append(')');
        }
        return header.toString();
    }

    @Override
    public void finish(Summary summary) {
        out.println();
        out.println(summaryLines(summary));
        out.flush();
    }

    /** The summary: profile, records, valid and invalid records, findings by severity. */
    String summaryLines(Summary summary) {
        return lang.t("Profil : ", "Profile: ") + profile.getLabel(lang.locale())
                + "\n"
                + lang.t("Enregistrements : ", "Records: ") + summary.records()
                + lang.t(" — valides : ", " — valid: ") + summary.valid()
                + lang.t(", avec erreurs : ", ", with errors: ") + summary.invalid()
                + (summary.unread() > 0
                        ? lang.t(" (dont illisibles : ", " (unreadable: ") + summary.unread() + ")"
                        : "")
                + "\n"
                + lang.t("Constats : ", "Findings: ") + summary.errors() + " "
                + plural(Severity.ERROR, summary.errors())
                + ", " + summary.warnings() + " " + plural(Severity.WARNING, summary.warnings())
                + ", " + summary.infos() + " " + plural(Severity.INFO, summary.infos());
    }

    private String counts(int errors, int warnings, int infos) {
        StringBuilder text = new StringBuilder();
        append(text, errors, Severity.ERROR);
        append(text, warnings, Severity.WARNING);
        append(text, infos, Severity.INFO);
        return text.toString();
    }

    private void append(StringBuilder text, int count, Severity severity) {
        if (count > 0) {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(count).append(' ').append(plural(severity, count));
        }
    }

    /** "erreur"/"erreurs", "warning"/"warnings", "info"/"infos". */
    String plural(Severity severity, long count) {
        String word;
        switch (severity) {
            case ERROR:
                word = lang.t("erreur", "error");
                break;
            case WARNING:
                word = lang.t("avertissement", "warning");
                break;
            default:
                word = lang.t("information", "info");
                break;
        }
        return count > 1 || (count == 0 && lang == Lang.EN) ? word + "s" : word;
    }

    private static String pad(String text, int width) {
        StringBuilder padded = new StringBuilder(text);
        while (padded.length() < width) {
            padded.append(' ');
        }
        return padded.toString();
    }
}
