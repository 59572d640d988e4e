package org.terrinclus.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.terrinclus.sdg.SdgGoal;

class ContrastTest {

    @Test
    void theTextOfEverySdgBadgePassesWcagAa() {
        for (SdgGoal goal : SdgGoal.values()) {
            String text = Contrast.textOn(goal.getColour());
            assertThat(Contrast.ratio(goal.getColour(), text))
                    .as("SDG %d (%s) with %s text", goal.getNumber(), goal.getColour(), text)
                    .isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void ratiosOfKnownPairs() {
        assertThat(Contrast.ratio("#FFFFFF", "#000000")).isEqualTo(21.0);
        assertThat(Contrast.ratio("#777777", "#777777")).isEqualTo(1.0);
        // Yellow (SDG 7) takes dark text; dark blue (SDG 17) takes white.
        assertThat(Contrast.textOn("#FCC30B")).isEqualTo(Contrast.DARK);
        assertThat(Contrast.textOn("#19486A")).isEqualTo(Contrast.LIGHT);
    }
}
