package org.terrinclus.examples.cli;

import org.terrinclus.validation.Severity;

/** Counts over a validation run: records, valid records, and findings by severity. */
final class Summary {

    private long records;
    private long valid;
    private long unread;
    private long errors;
    private long warnings;
    private long infos;

    void add(RecordResult result) {
        records++;
        if (result.isValid()) {
            valid++;
        }
        if (result.record().isEmpty()) {
            unread++;
        }
        errors += result.report().count(Severity.ERROR);
        warnings += result.report().count(Severity.WARNING);
        infos += result.report().count(Severity.INFO);
    }

    /** Records seen, those that could not be read included. */
    long records() {
        return records;
    }

    /** Records without any error finding. */
    long valid() {
        return valid;
    }

    /** Records with at least one error finding. */
    long invalid() {
        return records - valid;
    }

    /** Records (or files) that could not be read at all. */
    long unread() {
        return unread;
    }

    long errors() {
        return errors;
    }

    long warnings() {
        return warnings;
    }

    long infos() {
        return infos;
    }
}
