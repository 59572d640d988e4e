package org.terrinclus.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.validator.internal.util.Version;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.terrinclus.country.Country;
import org.terrinclus.figure.KeyFigure;
import org.terrinclus.funding.Contribution;
import org.terrinclus.funding.CostBreakdown;
import org.terrinclus.funding.CostItem;
import org.terrinclus.funding.FundingPlan;
import org.terrinclus.funding.Money;
import org.terrinclus.organisation.Organisation;
import org.terrinclus.organisation.OrganisationKind;
import org.terrinclus.project.Contact;
import org.terrinclus.project.FocusSection;
import org.terrinclus.project.Lead;
import org.terrinclus.project.Narrative;
import org.terrinclus.project.ProjectDates;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.project.Quote;
import org.terrinclus.project.Resource;
import org.terrinclus.project.Review;
import org.terrinclus.recommendation.AppliedRecommendation;
import org.terrinclus.testing.RecordGenerator;
import org.terrinclus.thematic.Thematic;

/**
 * {@link RecordValidator} walks records itself; this test proves that it reports exactly what
 * Hibernate Validator's traversal reports ({@link HibernateRecordValidator}, the engine of the
 * surefire execution: 8 by default, 9 in the {@code hibernate-validator-9} one): same findings,
 * rule, severity, path, both messages and order, in both profiles, for every record the
 * validation tests use, and more.
 */
class FastPathEquivalenceTest {

    private static final RecordValidator FAST = RecordValidator.create();
    private static final HibernateRecordValidator REFERENCE = HibernateRecordValidator.create();
    private static final int SEEDS = 300;
    private static final int HIBERNATE_VALIDATOR_MAJOR =
            Integer.parseInt(Version.getVersionString().split("\\.")[0]);
    private static int compared;
    private static int withRepeatedInstances;
    private static int findings;

    /** Texts for every place user text reaches a message, or a blank check. */
    static Stream<String> texts() {
        List<String> texts = new ArrayList<>();
        MessagesTest.hostileTexts().forEach(texts::add);
        texts.addAll(List.of(
                "",
                " ",
                "\t",
                "\n",
                "\u00a0",
                "\u2003",
                "\u3000",
                "\u0001",
                "\u001f\u2003",
                " x ",
                "nobody@",
                "a@b.c"));
        return texts.stream();
    }

    static Stream<Arguments> records() {
        List<Arguments> records = new ArrayList<>();
        records.add(Arguments.of("valid", RuleCases.VALID));
        for (RuleCases.RuleCase ruleCase : RuleCases.all()) {
            records.add(Arguments.of("rule case " + ruleCase + " (trigger)", ruleCase.trigger));
            records.add(Arguments.of("rule case " + ruleCase + " (near miss)", ruleCase.nearMiss));
        }
        for (long seed : RecordGenerator.seeds(SEEDS)) {
            RecordGenerator generator = new RecordGenerator(seed);
            ProjectRecord original = generator.next();
            records.add(Arguments.of("seed " + seed, original));
            records.add(Arguments.of("seed " + seed + ", second record", generator.next()));
            if (seed < 40) {
                ProjectRecord many = original;
                for (MutationTest.Mutation mutation : MutationTest.MUTATIONS) {
                    records.add(Arguments.of("seed " + seed + ": " + mutation, mutation.change.apply(original)));
                    many = applyIfPossible(mutation, many);
                }
                records.add(Arguments.of("seed " + seed + ": every mutation at once", many));
            }
        }
        records.addAll(repeatedInstances());
        texts().forEach(text -> {
            records.add(Arguments.of("hostile record [" + text + "]", MessagesTest.hostileRecord(text)));
            records.add(Arguments.of("text everywhere [" + text + "]", textEverywhere(text)));
        });
        return records.stream();
    }

    /** Records that list one instance twice, with findings inside it. */
    private static List<Arguments> repeatedInstances() {
        Organisation blank = Organisation.builder()
                .name(" ")
                .kind(OrganisationKind.ASSOCIATION)
                .build();
        AppliedRecommendation unknown = AppliedRecommendation.builder()
                .from(RuleCases.VALID.getRecommendations().get(0))
                .code("Z9")
                .build();
        FundingPlan plan = FundingPlan.builder()
                .addContributions(Contribution.of(blank, Money.eur("1")))
                .build();
        Contribution row = Contribution.of(blank, Money.eur("2"));
        Thematic custom = Thematic.of("custom-theme");
        Contact contact = Contact.builder().name("x").email("nobody@").build();
        Resource resource = Resource.of(" ", "ftp:x");
        CostItem item = CostItem.of(" ", Money.eur("3"));
        Quote quote = Quote.builder().text(" ").build();
        String credit = new String(" ");
        return List.of(
                Arguments.of("repeated blank partner", Records.with(r -> r.partners(List.of(blank, blank)))),
                Arguments.of(
                        "repeated partner around another",
                        Records.with(r -> r.partners(List.of(blank, Records.SOUSSE, blank)))),
                Arguments.of(
                        "blank lead, also a partner",
                        Records.with(r -> r.lead(Lead.of(blank)).partners(List.of(blank)))),
                Arguments.of(
                        "repeated unknown recommendation", Records.with(r -> r.addRecommendations(unknown, unknown))),
                Arguments.of("repeated funding plan", Records.with(r -> r.funding(List.of(plan, plan)))),
                Arguments.of(
                        "repeated row",
                        Records.with(r -> r.funding(List.of(FundingPlan.builder()
                                .addContributions(row, row)
                                .declaredTotal(Money.eur("1"))
                                .build())))),
                Arguments.of("repeated thematic", Records.with(r -> r.thematics(List.of(custom, custom)))),
                Arguments.of("repeated contact", Records.with(r -> r.contacts(List.of(contact, contact)))),
                Arguments.of("repeated resource", Records.with(r -> r.resources(List.of(resource, resource)))),
                Arguments.of(
                        "repeated cost item",
                        Records.with(r -> r.costs(List.of(
                                CostBreakdown.builder().addItems(item, item).build())))),
                Arguments.of(
                        "repeated quote",
                        Records.with(r -> r.narrative(Narrative.builder()
                                .addQuotes(quote, quote)
                                .addObjectives(credit, credit)
                                .build()))),
                Arguments.of("repeated photo credit", Records.with(r -> r.photoCredits(List.of(credit, credit)))));
    }

    private static ProjectRecord applyIfPossible(MutationTest.Mutation mutation, ProjectRecord record) {
        try {
            return mutation.change.apply(record);
        } catch (RuntimeException e) {
            // A mutation that needs what an earlier one removed (a contact, a total): skip it.
            return record;
        }
    }

    /** A record with one text in every string a rule checks or a message shows, many findings. */
    private static ProjectRecord textEverywhere(String text) {
        Organisation named = Organisation.builder()
                .name(text.isEmpty() ? " " : text)
                .kind(OrganisationKind.ASSOCIATION)
                .country(Country.of("FR"))
                .build();
        ProjectRecord withTotals = Records.withFunding(f -> f.addContributions(
                Contribution.of(named, Money.eur("10")), Contribution.of(named, Money.of("5", "USD"))));
        ProjectRecord base = ProjectRecord.builder()
                .from(withTotals)
                .title(text)
                .summary(text)
                .partnersDescription(text)
                .addPartners(named, named)
                .addThematics(Thematic.of("custom-theme"))
                .addPhotoCredits(text)
                .narrative(Narrative.builder()
                        .addObjectives(text)
                        .addFocusSections(
                                FocusSection.builder().title(text).text(text).build())
                        .addQuotes(Quote.builder().text(text).build())
                        .addReviews(Review.builder().text(text).build())
                        .build())
                .build();
        return ProjectRecord.builder()
                .from(base)
                .keyFigures(base.getKeyFigures().stream()
                        .map(k -> KeyFigure.builder()
                                .from(k)
                                .unit(text)
                                .label(text)
                                .build())
                        .collect(Collectors.toList()))
                .build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void theWalkerReportsWhatHibernateValidatorReports(String name, ProjectRecord record) {
        ProjectRecord distinct = distinctCopy(record);
        for (Profile profile : Profile.values()) {
            ValidationReport expected = REFERENCE.validate(record, profile);

            ValidationReport actual = FAST.validate(record, profile);

            assertThat(actual).as("%s, %s", name, profile).isEqualTo(expected);
            assertThat(actual.getFindings()).as("%s, %s", name, profile).isEqualTo(expected.getFindings());
            // The same record without shared instances, which Hibernate Validator 8 treats apart.
            assertThat(FAST.validate(distinct, profile))
                    .as("%s, %s, distinct instances", name, profile)
                    .isEqualTo(REFERENCE.validate(distinct, profile));
            compared += 2;
            findings += expected.getFindings().size();
            if (repeatsAnInstance(record)) {
                withRepeatedInstances++;
            }
        }
    }

    /**
     * The same record, in which every part the rules look into is a new instance: equal, but
     * never the same object twice.
     */
    static ProjectRecord distinctCopy(ProjectRecord record) {
        ProjectRecord.Builder copy = ProjectRecord.builder().from(record);
        record.getLead()
                .ifPresent(lead -> copy.lead(Lead.builder()
                        .from(lead)
                        .organisation(copy(lead.getOrganisation()))
                        .operator(lead.getOperator().map(FastPathEquivalenceTest::copy))
                        .build()));
        copy.partners(map(record.getPartners(), FastPathEquivalenceTest::copy));
        copy.recommendations(map(
                record.getRecommendations(),
                r -> AppliedRecommendation.builder().from(r).build()));
        copy.keyFigures(
                map(record.getKeyFigures(), k -> KeyFigure.builder().from(k).build()));
        copy.funding(map(
                record.getFunding(),
                plan -> FundingPlan.builder()
                        .from(plan)
                        .contributions(map(
                                plan.getContributions(),
                                row -> Contribution.builder()
                                        .from(row)
                                        .funder(row.getFunder().map(FastPathEquivalenceTest::copy))
                                        .build()))
                        .build()));
        copy.costs(map(
                record.getCosts(),
                table -> CostBreakdown.builder()
                        .from(table)
                        .items(map(
                                table.getItems(),
                                item -> CostItem.builder().from(item).build()))
                        .build()));
        copy.dates(record.getDates().map(d -> ProjectDates.builder().from(d).build()));
        copy.narrative(record.getNarrative()
                .map(n -> Narrative.builder()
                        .from(n)
                        .focusSections(map(
                                n.getFocusSections(),
                                f -> FocusSection.builder().from(f).build()))
                        .quotes(map(n.getQuotes(), q -> Quote.builder().from(q).build()))
                        .reviews(map(
                                n.getReviews(), r -> Review.builder().from(r).build()))
                        .build()));
        copy.resources(
                map(record.getResources(), r -> Resource.builder().from(r).build()));
        copy.contacts(map(record.getContacts(), c -> Contact.builder().from(c).build()));
        ProjectRecord distinct = copy.build();
        assertThat(distinct).isEqualTo(record);
        return distinct;
    }

    private static Organisation copy(Organisation organisation) {
        return Organisation.builder().from(organisation).build();
    }

    private static <T> List<T> map(List<T> list, Function<T, T> copy) {
        return list.stream().map(copy).collect(Collectors.toList());
    }

    /** Whether one list of the record holds the same instance twice. */
    private static boolean repeatsAnInstance(ProjectRecord record) {
        List<List<?>> lists = new ArrayList<>(List.of(
                record.getPartners(),
                record.getRecommendations(),
                record.getKeyFigures(),
                record.getFunding(),
                record.getCosts(),
                record.getResources(),
                record.getContacts()));
        record.getFunding().forEach(plan -> lists.add(plan.getContributions()));
        record.getCosts().forEach(table -> lists.add(table.getItems()));
        record.getNarrative().ifPresent(n -> {
            lists.add(n.getFocusSections());
            lists.add(n.getQuotes());
            lists.add(n.getReviews());
        });
        for (List<?> list : lists) {
            Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Object element : list) {
                if (!seen.add(element)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void theReferenceIsHibernateValidator() {
        assertThat(REFERENCE.toString()).contains("org.hibernate.validator.");
    }

    @AfterAll
    static void tellHowMuchWasCompared() {
        System.out.printf(
                "FastPathEquivalenceTest on Hibernate Validator %s: %d reports compared, %d findings;"
                        + " %d of the records x profiles repeat an instance in a list%n",
                Version.getVersionString(), compared, findings, withRepeatedInstances);
    }
}
