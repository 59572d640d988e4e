package org.terrinclus.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.validator.internal.util.Version;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.terrinclus.funding.FundingPlan;
import org.terrinclus.funding.Money;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.testing.HostValidation;
import org.terrinclus.testing.HostValidation.Group;
import org.terrinclus.testing.RecordGenerator;

/**
 * The rules under a host application's own validator factory (Hibernate Validator's default
 * message interpolator, with Expression Language, in French and in English): the same findings as
 * {@link RecordValidator}, group by group.
 */
class HostValidatorTest {

    private static final List<ValidatorFactory> FACTORIES = new ArrayList<>();
    private static final List<Object[]> HOSTS = new ArrayList<>();
    private static Validator defaultHost;

    @BeforeAll
    static void buildTheHostsFactories() {
        for (Locale locale : List.of(Locale.FRANCE, Locale.ENGLISH)) {
            for (boolean everyExpression : List.of(false, true)) {
                ValidatorFactory factory = HostValidation.factory(locale, everyExpression);
                FACTORIES.add(factory);
                HOSTS.add(new Object[] {factory.getValidator(), locale, everyExpression});
            }
        }
        ValidatorFactory plain = Validation.buildDefaultValidatorFactory();
        FACTORIES.add(plain);
        defaultHost = plain.getValidator();
    }

    @AfterAll
    static void closeTheHostsFactories() {
        FACTORIES.forEach(ValidatorFactory::close);
    }

    /** Which Hibernate Validator runs: the one each surefire execution puts on the class path. */
    @Test
    void theExpectedHibernateValidatorRuns() {
        String major = System.getProperty("terrinclus.hibernate-validator.major", "8");

        assertThat(Version.getVersionString()).startsWith(major + ".");
    }

    /** A bean whose message is an expression, to prove the host's factory evaluates EL. */
    static final class Expression {
        @NotNull(message = "${1+1}")
        String value;
    }

    @Test
    void theHostsFactoryEvaluatesExpressionLanguageInTemplates() {
        assertThat(defaultHost.validate(new Expression()))
                .extracting(ConstraintViolation::getMessage)
                .containsExactly("2");
    }

    /** Compares the host with RecordValidator on one record, for every group, locale and EL level. */
    private static int compare(String name, ProjectRecord record) {
        int compared = 0;
        for (Object[] host : HOSTS) {
            Locale locale = (Locale) host[1];
            for (Group group : Group.values()) {
                assertThat(HostValidation.host((Validator) host[0], record, group))
                        .as("%s, %s, %s, every expression %s", name, group, locale, host[2])
                        .isEqualTo(HostValidation.own(record, group, locale));
                compared++;
            }
        }
        return compared;
    }

    @Test
    void aRecordWithoutErrorPassesTheDefaultGroupWhateverItsWarnings() {
        ProjectRecord warned = Records.with(r -> r.addSdgGoals(org.terrinclus.sdg.SdgGoal.QUALITY_EDUCATION)
                .addThematics(org.terrinclus.thematic.Thematic.of("migrations"))
                .keyFigures(List.of()));
        assertThat(RecordValidator.create()
                        .validate(warned, Profile.PUBLICATION)
                        .count(Severity.WARNING))
                .isEqualTo(2);

        assertThat(defaultHost.validate(warned)).isEmpty();
        assertThat(defaultHost.validate(warned, Publication.class)).isEmpty();
        assertThat(defaultHost.validate(warned, Draft.WithWarnings.class))
                .extracting(
                        v -> Rules.idOf(v).orElseThrow() + " " + Severity.of(v).getCode())
                .containsExactlyInAnyOrder("sdg.duplicate warning", "thematic.unknown info");
        assertThat(defaultHost.validate(warned, Publication.WithWarnings.class))
                .extracting(v -> Rules.idOf(v).orElseThrow() + " " + v.getPropertyPath())
                .containsExactlyInAnyOrder(
                        "sdg.duplicate sdgGoals[2]", "thematic.unknown thematics[2]", "figure.missing keyFigures");
    }

    @Test
    void aViolationNamesThePlaceOfItsFinding() {
        ProjectRecord record = Records.with(r -> r.title(" ")
                .funding(List.of(FundingPlan.builder()
                        .from(Records.FUNDING)
                        .declaredTotal(Money.eur("67159.01"))
                        .build())));

        assertThat(defaultHost.validate(record))
                .extracting(v -> Rules.idOf(v).orElseThrow() + " " + Severity.of(v) + " " + v.getPropertyPath())
                .containsExactly("funding.total.mismatch ERROR funding[0].declaredTotal");
        assertThat(defaultHost.validate(record, Publication.class))
                .extracting(v -> Rules.idOf(v).orElseThrow() + " " + v.getPropertyPath())
                .containsExactlyInAnyOrder("funding.total.mismatch funding[0].declaredTotal", "title.missing title");
    }

    @Test
    void everyRuleCaseGivesTheSameFindingsUnderTheHostsFactories() {
        int compared = 0;
        for (RuleCases.RuleCase ruleCase : RuleCases.all()) {
            compared += compare(ruleCase.name, ruleCase.trigger);
            compared += compare(ruleCase.name + " (near miss)", ruleCase.nearMiss);
        }
        assertThat(compared).isGreaterThan(100);
    }

    static List<Long> seeds() {
        return RecordGenerator.seeds(60);
    }

    /**
     * Generated records, each mutation of them, and pairs of mutations: the same findings. A pair
     * whose second mutation does not apply to the first's result (it needs a part the first
     * removed) is skipped; the count of records compared is checked.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void generatedAndMutatedRecordsGiveTheSameFindingsUnderTheHostsFactories(long seed) {
        ProjectRecord original = new RecordGenerator(seed).next();
        List<Function<ProjectRecord, ProjectRecord>> changes =
                MutationTest.MUTATIONS.stream().map(m -> m.change).collect(Collectors.toList());
        int records = 0;
        compare("seed " + seed, original);
        records++;
        for (int i = 0; i < changes.size(); i++) {
            ProjectRecord once = changes.get(i).apply(original);
            compare("seed " + seed + ", " + MutationTest.MUTATIONS.get(i), once);
            records++;
            int j = (int) ((seed + i * 7L) % changes.size());
            ProjectRecord twice;
            try {
                twice = changes.get(j).apply(once);
            } catch (RuntimeException notApplicable) {
                continue;
            }
            compare(
                    "seed " + seed + ", " + MutationTest.MUTATIONS.get(i) + " then " + MutationTest.MUTATIONS.get(j),
                    twice);
            records++;
        }
        assertThat(records).isGreaterThan(changes.size());
    }

    @ParameterizedTest
    @MethodSource("org.terrinclus.validation.MessagesTest#hostileTexts")
    void userTextIsNeverEvaluatedByTheHost(String text) {
        ProjectRecord record = MessagesTest.hostileRecord(text);

        compare("hostile " + text, record);
        Set<ConstraintViolation<ProjectRecord>> violations =
                defaultHost.validate(record, Publication.WithWarnings.class);
        assertThat(violations)
                .filteredOn(v -> Rules.idOf(v).orElseThrow().equals("contact.email.invalid"))
                .singleElement()
                .satisfies(v -> assertThat(v.getMessage()).contains("\"" + text + "\""));
    }

    @Test
    void theHostsMessagesComeFromTheContributorBundles() {
        ProjectRecord record = Records.with(r -> r.title(""));

        for (Object[] host : HOSTS) {
            Set<ConstraintViolation<ProjectRecord>> violations =
                    ((Validator) host[0]).validate(record, Publication.class);
            assertThat(violations)
                    .extracting(ConstraintViolation::getMessageTemplate)
                    .containsExactly("{terrinclus.title.missing}");
            assertThat(violations.iterator().next().getMessage())
                    .isEqualTo(
                            host[1] == Locale.FRANCE
                                    ? "La fiche n'a pas de titre : donnez-lui le titre du projet, tel qu'il sera publié."
                                    : "The record has no title: give it the project's title, as it will be published.");
        }
    }
}
