package org.terrinclus.iati;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.terrinclus.validation.Finding;
import org.terrinclus.validation.Severity;

/**
 * What an export wrote: how many activities, and the findings of the records that have some
 * (what IATI requires and neither the record nor the options give, what XML cannot carry).
 */
public final class IatiExportResult {

    private final int activities;
    private final Map<Integer, List<Finding>> findings;

    IatiExportResult(int activities, Map<Integer, List<Finding>> findings) {
        this.activities = activities;
        this.findings = Map.copyOf(findings.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> List.copyOf(e.getValue()))));
    }

    /**
     * Returns the number of activities written, one per record.
     *
     * @return the count
     */
    public int getActivities() {
        return activities;
    }

    /**
     * Returns the findings of one record.
     *
     * @param index the record's index in the records written, from 0
     * @return its findings, empty if it has none
     */
    public List<Finding> getFindings(int index) {
        return findings.getOrDefault(index, List.of());
    }

    /**
     * Returns the findings of every record that has some.
     *
     * @return findings by record index
     */
    public Map<Integer, List<Finding>> getFindingsByRecord() {
        return findings;
    }

    /**
     * Returns whether some record has an error finding: the document is then not valid IATI.
     *
     * @return true if some record lacks what IATI requires
     */
    public boolean hasErrors() {
        return findings.values().stream().flatMap(List::stream).anyMatch(f -> f.getSeverity() == Severity.ERROR);
    }

    @Override
    public String toString() {
        return "IatiExportResult{activities=" + activities + ", findings=" + findings + "}";
    }
}
