package org.terrinclus.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.terrinclus.funding.FundingPlan;
import org.terrinclus.funding.Money;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.validation.Finding;
import org.terrinclus.validation.Profile;
import org.terrinclus.validation.RecordValidator;
import org.terrinclus.validation.Severity;
import org.terrinclus.validation.ValidationReport;

/** Example (b): validate a record, and print its findings in French. */
class ValidateRecordExampleTest {

    /** Built once and shared: building a validator is costly, using it is cheap and thread-safe. */
    private static final RecordValidator VALIDATOR = RecordValidator.create();

    @Test
    void theExampleRecordIsReadyToPublish() {
        ValidationReport report = VALIDATOR.validate(BuildRecordExampleTest.record(), Profile.PUBLICATION);

        assertThat(report.getFindings()).isEmpty();
        assertThat(report.isValid()).isTrue();
    }

    @Test
    void aTotalThatDoesNotAddUpIsAnError() {
        ProjectRecord record = BuildRecordExampleTest.record();

        // tag::validate-record[]
        // The same record, with a printed TOTAL that does not add up.
        FundingPlan funding = record.getFunding().get(0);
        ProjectRecord wrong = ProjectRecord.builder()
                .from(record)
                .funding(List.of(FundingPlan.builder()
                        .from(funding)
                        .declaredTotal(Money.eur(31_225))
                        .build()))
                .build();

        RecordValidator validator = RecordValidator.create(); // build once, share everywhere
        ValidationReport report = validator.validate(wrong, Profile.PUBLICATION);
        for (Finding finding : report.getFindings()) {
            System.out.println(finding.getSeverity().getLabel(Locale.FRENCH) + " " + finding.getRule() + " "
                    + finding.getPath() + " : " + finding.getMessage(Locale.FRENCH));
        }
        // erreur funding.total.mismatch /funding/0/declaredTotal : Le total déclaré (31225 EUR) diffère…
        // end::validate-record[]

        assertThat(report.isValid()).isFalse();
        assertThat(report.getFindings()).singleElement().satisfies(finding -> {
            assertThat(finding.getRule()).isEqualTo("funding.total.mismatch");
            assertThat(finding.getSeverity()).isEqualTo(Severity.ERROR);
            assertThat(finding.getPath()).isEqualTo("/funding/0/declaredTotal");
            assertThat(finding.getMessage(Locale.FRENCH)).startsWith("Le total déclaré");
            assertThat(finding.getMessage(Locale.ENGLISH)).startsWith("The declared total");
        });
        assertThat(report.count(Severity.ERROR)).isEqualTo(1);
    }

    @Test
    void aDraftNeedsLessThanAPublication() {
        ProjectRecord record = BuildRecordExampleTest.record();
        RecordValidator validator = VALIDATOR;

        // tag::profiles[]
        // A draft being written: only what must hold for any record.
        ProjectRecord draft = ProjectRecord.builder()
                .id("brouillon-1")
                .title("Projet en cours d'écriture")
                .build();
        ValidationReport asDraft = validator.validate(draft, Profile.DRAFT);
        ValidationReport forPublication = validator.validate(draft, Profile.PUBLICATION);
        // asDraft.isValid() is true; forPublication lists what is missing: summary.missing, lead.missing…
        // end::profiles[]

        assertThat(asDraft.isValid()).isTrue();
        assertThat(forPublication.isValid()).isFalse();
        assertThat(forPublication.getFindings())
                .extracting(Finding::getRule)
                .contains("summary.missing", "lead.missing", "thematic.missing", "sdg.missing", "contact.missing");
        assertThat(VALIDATOR.validate(record, Profile.DRAFT).isEmpty()).isTrue();
    }
}
