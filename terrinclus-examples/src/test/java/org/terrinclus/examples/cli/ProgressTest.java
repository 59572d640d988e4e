package org.terrinclus.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Progress lines: never for a short run unless stderr is a terminal. */
class ProgressTest {

    @Test
    void silentForAThousandRecordsOrFewer() {
        StringWriter err = new StringWriter();
        Progress progress = new Progress(new PrintWriter(err), Lang.EN, false);
        for (int i = 0; i < 1_000; i++) {
            progress.tick();
        }
        progress.done();

        assertThat(err.toString()).isEmpty();
    }

    @Test
    void everyTenThousandRecordsInALongRun() {
        StringWriter err = new StringWriter();
        Progress progress = new Progress(new PrintWriter(err), Lang.EN, false);
        for (int i = 0; i < 25_000; i++) {
            progress.tick();
        }
        progress.done();

        assertThat(err.toString()).contains("… ").containsPattern("(?m)^done: 25000 records in [0-9.]+ s");
    }

    @Test
    void onATerminalFromTheStart() {
        StringWriter err = new StringWriter();
        Progress progress = new Progress(new PrintWriter(err), Lang.FR, true);
        for (int i = 0; i < 10_000; i++) {
            progress.tick();
        }
        progress.done();

        assertThat(err.toString())
                .contains("… ")
                .contains(" enregistrements en ")
                .contains("terminé : 10000 enregistrements");
    }
}
