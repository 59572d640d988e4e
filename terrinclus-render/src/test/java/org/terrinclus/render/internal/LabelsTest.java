package org.terrinclus.render.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void bothLanguagesHaveTheSameWords() {
        assertThat(Labels.of(Locale.FRENCH).all().keySet())
                .containsExactlyInAnyOrderElementsOf(
                        Labels.of(Locale.ENGLISH).all().keySet());
        assertThat(Labels.of(Locale.FRENCH).get("sheet.lead")).isEqualTo("Porteur");
        assertThat(Labels.of(Locale.CANADA_FRENCH).language()).isEqualTo("fr");
        assertThat(Labels.of(Locale.GERMAN).language()).isEqualTo("en");
    }

    @Test
    void aMissingWordIsABug() {
        assertThatThrownBy(() -> Labels.of(Locale.FRENCH).get("nope")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anchorsAsGithubMakesThem() {
        assertThat(Anchors.rule("funding.total.mismatch")).isEqualTo("fundingtotalmismatch");
        assertThat(Anchors.rule("figure.total-cost.inconsistent")).isEqualTo("figuretotal-costinconsistent");
        assertThat(Anchors.github("Draft rules (25)")).isEqualTo("draft-rules-25");
    }
}
