package org.terrinclus.examples.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.terrinclus.examples.PilotSheets;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.testing.HostValidation;
import org.terrinclus.testing.HostValidation.Group;
import org.terrinclus.validation.Profile;
import org.terrinclus.validation.RecordValidator;
import org.terrinclus.validation.Severity;

/**
 * The pilot sheets under a host application's own validator (Hibernate Validator, Expression
 * Language on): the same findings as {@link RecordValidator}, and no violation by default for a
 * sheet without error.
 */
class PilotSheetsHostTest {

    /** Which Hibernate Validator runs: 8, or 9 in the second surefire execution. */
    @Test
    void theExpectedHibernateValidatorRuns() {
        String major = System.getProperty("terrinclus.hibernate-validator.major", "8");

        assertThat(org.hibernate.validator.internal.util.Version.getVersionString())
                .startsWith(major + ".");
    }

    @Test
    void everySheetGivesTheHostTheFindingsOfRecordValidator() {
        int compared = 0;
        for (Locale locale : List.of(Locale.FRANCE, Locale.ENGLISH)) {
            for (boolean everyExpression : List.of(false, true)) {
                try (ValidatorFactory factory = HostValidation.factory(locale, everyExpression)) {
                    Validator validator = factory.getValidator();
                    for (ProjectRecord sheet : PilotSheets.all()) {
                        for (Group group : Group.values()) {
                            List<String> own = HostValidation.own(sheet, group, locale);
                            assertThat(HostValidation.host(validator, sheet, group))
                                    .as(
                                            "%s, %s, %s, every expression %s",
                                            sheet.getId(), group, locale, everyExpression)
                                    .isEqualTo(own);
                            compared += own.size();
                        }
                    }
                }
            }
        }
        assertThat(compared).as("findings compared").isGreaterThan(50);
    }

    @Test
    void aSheetWithoutErrorPassesTheHostsDefaultValidation() {
        RecordValidator own = RecordValidator.create();
        int withoutError = 0;
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            for (ProjectRecord sheet : PilotSheets.all()) {
                if (own.validate(sheet, Profile.DRAFT).count(Severity.ERROR) == 0) {
                    assertThat(validator.validate(sheet)).as(sheet.getId()).isEmpty();
                    withoutError++;
                }
                if (own.validate(sheet, Profile.PUBLICATION).count(Severity.ERROR) == 0) {
                    assertThat(validator.validate(sheet, org.terrinclus.validation.Publication.class))
                            .as(sheet.getId())
                            .isEmpty();
                }
            }
            // Suresnes (a warning) and Meurthe-et-Moselle (an information) among them.
            assertThat(validator.validate(PilotSheets.byId("suresnes").orElseThrow()))
                    .isEmpty();
            assertThat(validator.validate(PilotSheets.byId("meurthe-et-moselle").orElseThrow()))
                    .isEmpty();
        }
        assertThat(withoutError).isGreaterThanOrEqualTo(10);
    }
}
