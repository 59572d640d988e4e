package org.terrinclus.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress lines on the error stream for long runs: every 10 000 records or every 2 seconds,
 * whichever comes first, once more than 1 000 records have been seen, or from the start when the
 * error stream is a terminal (the launcher script says so with {@code -Dterrinclus.stderr.tty=true}).
 */
final class Progress {

    static final String TTY_PROPERTY = "terrinclus.stderr.tty";

    private static final long EVERY_RECORDS = 10_000;
    private static final long EVERY_NANOS = 2_000_000_000L;
    private static final long QUIET_BELOW = 1_000;

    private final PrintWriter err;
    private final Lang lang;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long count;
    private long lastCount;
    private long lastTime = start;
    private boolean printed;

    Progress(PrintWriter err, Lang lang) {
        this(err, lang, Boolean.getBoolean(TTY_PROPERTY));
    }

    Progress(PrintWriter err, Lang lang, boolean terminal) {
        this.err = err;
        this.lang = lang;
        this.terminal = terminal;
    }

    /** Counts one more record, and prints a line if it is time to. */
    void tick() {
        count++;
        if (!terminal && count <= QUIET_BELOW) {
            return;
        }
        long now = System.nanoTime();
        if (count - lastCount >= EVERY_RECORDS || now - lastTime >= EVERY_NANOS) {
            print(now, false);
            lastCount = count;
            lastTime = now;
        }
    }

    /** Prints a last line with the total, if any progress line was printed. */
    void done() {
        if (printed) {
            print(System.nanoTime(), true);
        }
    }

    private void print(long now, boolean last) {
        double seconds = Math.max((now - start) / 1e9, 1e-9);
        String rate = String.format(Locale.ROOT, "%.0f", count / seconds);
        String elapsed = String.format(Locale.ROOT, "%.1f", seconds);
        err.println(lang.t(
                (last ? "terminé : " : "… ") + count + " enregistrements en " + elapsed + " s (" + rate + "/s)",
                (last ? "done: " : "… ") + count + " records in " + elapsed + " s (" + rate + "/s)"));
        err.flush();
        printed = true;
    }
}
