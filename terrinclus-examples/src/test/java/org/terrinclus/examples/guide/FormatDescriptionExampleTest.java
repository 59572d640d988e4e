package org.terrinclus.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.terrinclus.core.InvalidValueException;
import org.terrinclus.format.Field;
import org.terrinclus.format.Format;
import org.terrinclus.funding.FundingPlan;
import org.terrinclus.sdg.SdgGoal;

/** The README's example of the format's description: fields, titles, and bilingual invariants. */
class FormatDescriptionExampleTest {

    @Test
    void walksTheDescription() {
        String french = null;
        // tag::format-description[]
        // Each field of the format: JSON name, value type, required or not, titles and descriptions.
        List<String> columns = new ArrayList<>();
        for (Field<FundingPlan, ?> field : Format.FUNDING_PLAN.getFields()) {
            columns.add("funding/0/" + field.getName() + " = " + field.getText().title(Locale.FRENCH));
        }
        // The model says what cannot exist, in French and in English.
        try {
            SdgGoal.of(18);
        } catch (InvalidValueException e) {
            french = e.getMessage(Locale.FRENCH); // "Un ODD est un nombre de 1 à 17 ; reçu 18."
        }
        // end::format-description[]

        assertThat(columns)
                .containsExactly(
                        "funding/0/label = Libellé",
                        "funding/0/contributions = Contributions",
                        "funding/0/declaredTotal = Total déclaré");
        assertThat(french).isEqualTo("Un ODD est un nombre de 1 à 17 ; reçu 18.");
    }
}
