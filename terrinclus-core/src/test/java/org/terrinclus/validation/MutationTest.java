package org.terrinclus.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.terrinclus.figure.KeyFigure;
import org.terrinclus.funding.FundingPlan;
import org.terrinclus.funding.Money;
import org.terrinclus.organisation.Organisation;
import org.terrinclus.project.Contact;
import org.terrinclus.project.ProjectDates;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.recommendation.AppliedRecommendation;
import org.terrinclus.sdg.SdgGoal;
import org.terrinclus.testing.RecordGenerator;

/**
 * Property: one mutation of a valid generated record gives exactly the expected finding at the
 * expected path. Replay one seed with {@code -Dterrinclus.seed=N}.
 */
class MutationTest {

    private static final RecordValidator VALIDATOR = RecordValidator.create();

    /** A change to a record, and the one finding it must cause. */
    static final class Mutation {
        final String name;
        final Function<ProjectRecord, ProjectRecord> change;
        final String rule;
        final Function<ProjectRecord, String> path;

        Mutation(
                String name,
                Function<ProjectRecord, ProjectRecord> change,
                String rule,
                Function<ProjectRecord, String> path) {
            this.name = name;
            this.change = change;
            this.rule = rule;
            this.path = path;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static ProjectRecord.Builder copy(ProjectRecord record) {
        return ProjectRecord.builder().from(record);
    }

    static final List<Mutation> MUTATIONS = List.of(
            new Mutation(
                    "declared total + 0.01",
                    r -> {
                        List<FundingPlan> plans = new ArrayList<>(r.getFunding());
                        FundingPlan first = plans.get(0);
                        plans.set(
                                0,
                                FundingPlan.builder()
                                        .from(first)
                                        .declaredTotal(
                                                first.getDeclaredTotal().get().plus(Money.eur("0.01")))
                                        .build());
                        return copy(r).funding(plans).build();
                    },
                    "funding.total.mismatch",
                    r -> "/funding/0/declaredTotal"),
            new Mutation(
                    "duplicate partner",
                    r -> copy(r).addPartners(r.getPartners().get(0)).build(),
                    "partner.duplicate",
                    r -> "/partners/" + r.getPartners().size()),
            new Mutation("blank title", r -> copy(r).title("   ").build(), "title.missing", r -> "/title"),
            new Mutation("no contact", r -> copy(r).contacts(List.of()).build(), "contact.missing", r -> "/contacts"),
            new Mutation(
                    "invalid email",
                    r -> copy(r).contacts(List.of(Contact.builder()
                                    .from(r.getContacts().get(0))
                                    .email("nobody@")
                                    .build()))
                            .build(),
                    "contact.email.invalid",
                    r -> "/contacts/0/email"),
            new Mutation(
                    "duplicate thematic",
                    r -> copy(r).addThematics(r.getThematics().get(0)).build(),
                    "thematic.duplicate",
                    r -> "/thematics/" + r.getThematics().size()),
            new Mutation(
                    "target of an undeclared goal",
                    r -> {
                        SdgGoal undeclared = Stream.of(SdgGoal.values())
                                .filter(g -> !r.getSdgGoals().contains(g))
                                .findFirst()
                                .get();
                        return copy(r).addSdgTargets(undeclared.getTargets().get(0))
                                .build();
                    },
                    "sdg.target.goal-undeclared",
                    r -> "/sdgTargets/" + r.getSdgTargets().size()),
            new Mutation(
                    "lead as a partner",
                    r -> copy(r).addPartners(r.getLead().get().getOrganisation())
                            .build(),
                    "partner.is-lead",
                    r -> "/partners/" + r.getPartners().size()),
            new Mutation(
                    "launch before the partnership",
                    r -> copy(r).dates(ProjectDates.builder()
                                    .from(r.getDates().get())
                                    .launch(r.getDates()
                                            .get()
                                            .getPartnershipStart()
                                            .get()
                                            .minusYears(1))
                                    .duration(java.util.Optional.empty())
                                    .end(java.util.Optional.empty())
                                    .build())
                            .build(),
                    "dates.order",
                    r -> "/dates/launch"),
            new Mutation(
                    "blank partner name",
                    r -> {
                        List<Organisation> partners = new ArrayList<>(r.getPartners());
                        partners.set(
                                0,
                                Organisation.builder()
                                        .from(partners.get(0))
                                        .name(" ")
                                        .build());
                        return copy(r).partners(partners).build();
                    },
                    "text.blank",
                    r -> "/partners/0/name"),
            new Mutation(
                    "total cost a tenth higher",
                    r -> {
                        List<KeyFigure> figures = new ArrayList<>(r.getKeyFigures());
                        int i = totalCostIndex(r);
                        KeyFigure figure = figures.get(i);
                        figures.set(
                                i,
                                KeyFigure.builder()
                                        .from(figure)
                                        .value(figure.getValue().multiply(new BigDecimal("1.1")))
                                        .build());
                        return copy(r).keyFigures(figures).build();
                    },
                    "figure.total-cost.inconsistent",
                    r -> "/keyFigures/" + totalCostIndex(r) + "/value"),
            new Mutation(
                    "duplicate SDG",
                    r -> copy(r).addSdgGoals(r.getSdgGoals().get(0)).build(),
                    "sdg.duplicate",
                    r -> "/sdgGoals/" + r.getSdgGoals().size()),
            new Mutation(
                    "unknown recommendation",
                    r -> copy(r).addRecommendations(AppliedRecommendation.builder()
                                    .family(r.getRecommendationFamilies().get(0))
                                    .code("Z9")
                                    .build())
                            .build(),
                    "recommendation.unknown",
                    r -> "/recommendations/" + r.getRecommendations().size() + "/code"));

    private static int totalCostIndex(ProjectRecord record) {
        for (int i = 0; i < record.getKeyFigures().size(); i++) {
            if (record.getKeyFigures().get(i).getKind() == org.terrinclus.figure.FigureKind.TOTAL_COST) {
                return i;
            }
        }
        throw new AssertionError("no total cost");
    }

    static Stream<Arguments> seedsAndMutations() {
        return RecordGenerator.seeds(40).stream()
                .flatMap(seed -> MUTATIONS.stream().map(mutation -> Arguments.of(seed, mutation)));
    }

    @ParameterizedTest(name = "seed {0}: {1}")
    @MethodSource("seedsAndMutations")
    void oneMutationGivesExactlyTheExpectedFinding(long seed, Mutation mutation) {
        ProjectRecord original = new RecordGenerator(seed).next();
        ProjectRecord mutated = mutation.change.apply(original);

        ValidationReport report = VALIDATOR.validate(mutated, Profile.PUBLICATION);

        assertThat(report.getFindings())
                .as("seed %d (replay with -D%s=%d), %s", seed, RecordGenerator.SEED_PROPERTY, seed, mutation)
                .extracting(Finding::getRule, Finding::getSeverity, Finding::getPath)
                .containsExactly(tuple(
                        mutation.rule, Rules.byId(mutation.rule).get().getSeverity(), mutation.path.apply(original)));
    }
}
