package org.terrinclus.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.testing.RecordGenerator;

/**
 * A host's validator set to a profile and a rejecting severity: the groups it asks for, and the
 * findings it leaves out, on a record with one publication warning and one publication error.
 */
class ProfileValidatorTest {

    private static ValidatorFactory factory;
    private static Validator host;

    /** No key figure (a publication warning), no SDG (a publication error), nothing else. */
    private static final ProjectRecord RECORD = ProjectRecord.builder()
            .from(new RecordGenerator(7).next())
            .keyFigures(List.of())
            .sdgGoals(List.of())
            .sdgTargets(List.of())
            .build();

    @BeforeAll
    static void start() {
        factory = Validation.buildDefaultValidatorFactory();
        host = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    private static Set<String> rules(Set<ConstraintViolation<ProjectRecord>> violations) {
        return violations.stream().map(Rules::idOf).flatMap(Optional::stream).collect(Collectors.toSet());
    }

    @Test
    void publicationErrorsOnlyRefuseOnErrors() {
        Set<String> rules = rules(
                ProfileValidator.of(host, Profile.PUBLICATION, Severity.ERROR).validate(RECORD));
        assertThat(rules).contains("sdg.missing").doesNotContain("figure.missing");
    }

    @Test
    void publicationWithWarningsRefusesOnWarningsToo() {
        Set<String> rules = rules(
                ProfileValidator.of(host, Profile.PUBLICATION, Severity.WARNING).validate(RECORD));
        assertThat(rules).contains("sdg.missing", "figure.missing");
    }

    @Test
    void theDraftProfileLeavesPublicationRulesOut() {
        Set<String> rules =
                rules(ProfileValidator.of(host, Profile.DRAFT, Severity.WARNING).validate(RECORD));
        assertThat(rules).doesNotContain("sdg.missing", "figure.missing");
    }

    @Test
    void explicitGroupsAreUsedAsGiven() {
        Set<String> rules = rules(ProfileValidator.of(host, Profile.DRAFT, Severity.INFO)
                .validate(RECORD, Publication.WithWarnings.class));
        assertThat(rules).contains("sdg.missing", "figure.missing");
    }
}
