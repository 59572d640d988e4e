package org.terrinclus.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.validation.Publication;
import org.terrinclus.validation.Rules;
import org.terrinclus.validation.Severity;

/**
 * Example (f): a host application validates records with its own Bean Validation, as a Spring or
 * Jakarta EE application does: {@code Validation.buildDefaultValidatorFactory()}, Hibernate
 * Validator's default message interpolator, and Expression Language on the class path (this
 * module has {@code org.glassfish.expressly:expressly} as a test dependency for that).
 */
class HostValidationExampleTest {

    private Locale defaultLocale;

    @BeforeEach
    void french() {
        defaultLocale = Locale.getDefault();
        Locale.setDefault(Locale.FRANCE); // the host's default interpolator speaks the JVM's language
    }

    @AfterEach
    void restore() {
        Locale.setDefault(defaultLocale);
    }

    @Test
    void theHostsValidatorAppliesTheLibrarysRules() {
        ProjectRecord record = ProjectRecord.builder()
                .from(BuildRecordExampleTest.record())
                .title(" ")
                .contacts(List.of())
                .build();
        List<String> lines = new ArrayList<>();

        // tag::host-validation[]
        // The application's own factory, built once at start-up (Spring and Jakarta EE do it for you).
        ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
        Validator validator = factory.getValidator();

        // validate(record), and @Valid, report the errors of the draft profile: a record without error passes.
        // Publication.class: the errors of a sheet to publish. Add .WithWarnings for warnings and infos too.
        Set<ConstraintViolation<ProjectRecord>> violations = validator.validate(record, Publication.WithWarnings.class);
        for (ConstraintViolation<ProjectRecord> violation : violations) {
            String rule = Rules.idOf(violation).orElse("(not a Terrinclus rule)"); // as "title.missing"
            Severity severity = Severity.of(violation); // the rule's severity
            lines.add(severity.getCode() + " " + rule + " " + violation.getPropertyPath() + ": "
                    + violation.getMessage());
        }
        // end::host-validation[]
        factory.close();

        assertThat(violations)
                .extracting(
                        v -> Rules.idOf(v).orElseThrow() + " " + Severity.of(v).getCode())
                .containsExactlyInAnyOrder("title.missing error", "contact.missing error");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("error title.missing title: "));
        assertThat(violations)
                .filteredOn(v -> Rules.idOf(v).orElseThrow().equals("title.missing"))
                .singleElement()
                .satisfies(v -> assertThat(v.getMessage()).contains("titre"));
    }

    @Test
    void theDefaultGroupAppliesTheDraftRulesOnly() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            ProjectRecord draft =
                    ProjectRecord.builder().id("brouillon").title("En cours").build();

            assertThat(validator.validate(draft)).isEmpty();
            assertThat(validator.validate(draft, Publication.class)).isNotEmpty();
            assertThat(validator.validate(draft, Publication.WithWarnings.class))
                    .hasSizeGreaterThan(
                            validator.validate(draft, Publication.class).size());
        }
    }
}
