package org.terrinclus.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.internal.util.Version;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.terrinclus.funding.Money;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.validation.internal.JsonPointers;

/**
 * The rules under a host application's own, default validator factory: Hibernate Validator's
 * default message interpolator, with Expression Language.
 */
class HostValidatorTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void buildTheHostsFactory() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeTheHostsFactory() {
        factory.close();
    }

    /** Which Hibernate Validator runs: the one each surefire execution puts on the class path. */
    @Test
    void theExpectedHibernateValidatorRuns() {
        String major = System.getProperty("terrinclus.hibernate-validator.major", "8");

        assertThat(Version.getVersionString()).startsWith(major + ".");
        assertThat(factory.getClass().getName()).startsWith("org.hibernate.validator.");
    }

    /** A bean whose message is an expression, to prove the host's factory evaluates EL. */
    static final class Expression {
        @NotNull(message = "${1+1}")
        String value;
    }

    @Test
    void theHostsFactoryEvaluatesExpressionLanguageInTemplates() {
        assertThat(validator.validate(new Expression()))
                .extracting(ConstraintViolation::getMessage)
                .containsExactly("2");
    }

    private static List<org.assertj.core.groups.Tuple> rules(Set<ConstraintViolation<ProjectRecord>> violations) {
        return violations.stream()
                .map(v -> tuple(Rules.idOf(v).orElse("?"), Severity.of(v), JsonPointers.of(v.getPropertyPath())))
                .collect(Collectors.toList());
    }

    @Test
    void theDefaultGroupAppliesTheDraftRules() {
        ProjectRecord record = Records.with(r -> r.title(" ")
                .funding(List.of(org.terrinclus.funding.FundingPlan.builder()
                        .from(Records.FUNDING)
                        .declaredTotal(Money.eur("67159.01"))
                        .build())));

        assertThat(rules(validator.validate(record)))
                .containsExactly(tuple("funding.total.mismatch", Severity.ERROR, "/funding/0/declaredTotal"));
    }

    @Test
    void thePublicationGroupAppliesBothProfiles() {
        ProjectRecord record = Records.with(r -> r.title(" ")
                .addSdgGoals(org.terrinclus.sdg.SdgGoal.QUALITY_EDUCATION)
                .funding(List.of(org.terrinclus.funding.FundingPlan.builder()
                        .from(Records.FUNDING)
                        .declaredTotal(Money.eur("67159.01"))
                        .build())));

        assertThat(rules(validator.validate(record, Publication.class)))
                .containsExactlyInAnyOrder(
                        tuple("funding.total.mismatch", Severity.ERROR, "/funding/0/declaredTotal"),
                        tuple("sdg.duplicate", Severity.WARNING, "/sdgGoals/2"),
                        tuple("title.missing", Severity.ERROR, "/title"));
        assertThat(rules(validator.validate(record, Draft.class)))
                .containsExactlyInAnyOrder(
                        tuple("funding.total.mismatch", Severity.ERROR, "/funding/0/declaredTotal"),
                        tuple("sdg.duplicate", Severity.WARNING, "/sdgGoals/2"));
    }

    @Test
    void everyRuleCaseGivesTheSameFindingsUnderTheHostsFactory() {
        RecordValidator own = RecordValidator.create();
        for (RuleCases.RuleCase ruleCase : RuleCases.all()) {
            List<org.assertj.core.groups.Tuple> expected =
                    own.validate(ruleCase.trigger, Profile.PUBLICATION).getFindings().stream()
                            .map(f -> tuple(f.getRule(), f.getSeverity(), f.getPath()))
                            .collect(Collectors.toList());

            assertThat(rules(validator.validate(ruleCase.trigger, Publication.class)))
                    .as(ruleCase.name)
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void theHostsMessagesComeFromTheContributorBundle() {
        ProjectRecord record = Records.with(r -> r.title(""));

        Set<ConstraintViolation<ProjectRecord>> violations = validator.validate(record, Publication.class);

        assertThat(violations)
                .extracting(ConstraintViolation::getMessageTemplate)
                .containsExactly("{terrinclus.title.missing}");
        assertThat(violations.iterator().next().getMessage())
                .doesNotContain("terrinclus")
                .isNotBlank();
    }
}
