package org.terrinclus.render.internal;

import java.util.Locale;
import java.util.Optional;
import org.terrinclus.validation.Finding;
import org.terrinclus.validation.Rules;

/**
 * A finding as the pages show it: numbered, with its rule, severity, place and message in the
 * page's language, and the anchor of the rule's entry in {@code docs/rules.md} when it has one.
 *
 * @param number the finding's number on the page, from 1
 * @param severity the severity's code ({@code error}, {@code warning}, {@code info}), for CSS
 * @param severityLabel the severity in the page's language
 * @param rule the rule's identifier
 * @param path the JSON Pointer, or the page's word for the whole record
 * @param message the message in the page's language
 * @param ruleAnchor the anchor of the rule in {@code docs/rules.md}, or empty for rules it does not list
 * @param line the line in the input, when known
 * @param column the column in the input, when known
 */
public record FindingView(
        int number,
        String severity,
        String severityLabel,
        String rule,
        String path,
        String message,
        String ruleAnchor,
        String line,
        String column) {

    /** The id of the finding's entry in the list at the end of a sheet. */
    public String anchor() {
        return "finding-" + number;
    }

    static FindingView of(int number, Finding finding, Labels labels) {
        Locale locale = labels.locale();
        String anchor = Rules.byId(finding.getRule())
                .map(rule -> Anchors.rule(rule.getId()))
                .orElse("");
        return new FindingView(
                number,
                finding.getSeverity().getCode(),
                finding.getSeverity().getLabel(locale),
                finding.getRule(),
                finding.getPath().isEmpty() ? labels.get("sheet.wholeRecord") : finding.getPath(),
                finding.getMessage(locale),
                anchor,
                text(finding.getLine()),
                text(finding.getColumn()));
    }

    private static String text(Optional<Integer> number) {
        return number.map(String::valueOf).orElse("");
    }
}
