package org.terrinclus.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.terrinclus.funding.Contribution;
import org.terrinclus.funding.CostBreakdown;
import org.terrinclus.funding.CostItem;
import org.terrinclus.funding.FundingPlan;
import org.terrinclus.project.FocusSection;
import org.terrinclus.project.Lead;
import org.terrinclus.project.Narrative;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.validation.Finding;
import org.terrinclus.validation.Rule;
import org.terrinclus.validation.internal.Catalogue.Binding;

/**
 * The one validation engine: walks a record, and at each {@link Part} runs the checks the
 * catalogue binds there, for the rules of a selection (a profile, some severities).
 *
 * <p>Both doors use it: {@code RecordValidator}, which turns findings into {@link Finding}s, and
 * the Jakarta Validation constraint a host's validator runs ({@link RecordRulesValidator}). A
 * record is a tree with no cycle, so each element is visited once, in plain Java.
 */
public final class Engine {

    private final Binding<?>[][] byPart = new Binding<?>[Part.COUNT][];

    private Engine(Predicate<Rule> selection) {
        List<List<Binding<?>>> lists = new ArrayList<>();
        for (int i = 0; i < Part.COUNT; i++) {
            lists.add(new ArrayList<>());
        }
        for (Binding<?> binding : Catalogue.bindings()) {
            if (selection.test(binding.rule)) {
                lists.get(binding.part.index).add(binding);
            }
        }
        for (int i = 0; i < Part.COUNT; i++) {
            byPart[i] = lists.get(i).toArray(new Binding<?>[0]);
        }
    }

    /**
     * Builds an engine for the rules of a selection; keep it, it is immutable and thread-safe.
     *
     * @param selection which rules to check
     * @return the engine
     */
    public static Engine of(Predicate<Rule> selection) {
        return new Engine(selection);
    }

    /**
     * Validates a record, giving each finding as a {@link Finding} with both messages.
     *
     * @param record the record
     * @return the findings, in the order of the walk
     */
    public List<Finding> findings(ProjectRecord record) {
        List<Finding> findings = new ArrayList<>();
        run(record, (rule, key, pointer, parameters) -> {
            RuleMessages messages = RuleMessages.of(key);
            findings.add(Finding.of(
                    rule.getId(),
                    rule.getSeverity(),
                    pointer,
                    messages.french(parameters),
                    messages.english(parameters)));
        });
        return findings;
    }

    void run(ProjectRecord record, Sink sink) {
        new Walk(sink).record(record);
    }

    /** One walk of one record. */
    private final class Walk {
        private final Report report;

        Walk(Sink sink) {
            this.report = new Report(sink);
        }

        /** Runs the checks of a part at {@code prefix}, or at {@code prefix/index + suffix} if index ≥ 0. */
        @SuppressWarnings("unchecked")
        private <T> void visit(Part<T> part, T value, String prefix, int index, String suffix) {
            Binding<?>[] bindings = byPart[part.index];
            for (Binding<?> binding : bindings) {
                Binding<T> typed = (Binding<T>) binding;
                typed.check.check(value, report.on(typed.rule, prefix, index, suffix));
            }
        }

        private <T> void visit(Part<T> part, T value, String pointer) {
            visit(part, value, pointer, -1, null);
        }

        private boolean wanted(Part<?> part) {
            return byPart[part.index].length > 0;
        }

        private <T> void list(Part<T> part, List<T> values, String pointer) {
            if (!wanted(part)) {
                return;
            }
            for (int i = 0; i < values.size(); i++) {
                visit(part, values.get(i), pointer, i, "");
            }
        }

        void record(ProjectRecord record) {
            visit(Part.RECORD, record, "");
            if (record.getLead().isPresent() && wanted(Part.ORGANISATION)) {
                Lead lead = record.getLead().get();
                visit(Part.ORGANISATION, lead.getOrganisation(), "/lead/organisation");
                if (lead.getOperator().isPresent()) {
                    visit(Part.ORGANISATION, lead.getOperator().get(), "/lead/operator");
                }
            }
            list(Part.ORGANISATION, record.getPartners(), "/partners");
            list(Part.THEMATIC, record.getThematics(), "/thematics");
            list(Part.RECOMMENDATION, record.getRecommendations(), "/recommendations");
            list(Part.KEY_FIGURE, record.getKeyFigures(), "/keyFigures");
            List<FundingPlan> funding = record.getFunding();
            for (int i = 0; i < funding.size(); i++) {
                fundingTable(funding.get(i), "/funding/" + i);
            }
            List<CostBreakdown> costs = record.getCosts();
            for (int i = 0; i < costs.size(); i++) {
                costTable(costs.get(i), "/costs/" + i);
            }
            if (record.getDates().isPresent()) {
                visit(Part.DATES, record.getDates().get(), "/dates");
            }
            if (record.getNarrative().isPresent()) {
                narrative(record.getNarrative().get(), "/narrative");
            }
            list(Part.RESOURCE, record.getResources(), "/resources");
            list(Part.CONTACT, record.getContacts(), "/contacts");
            list(Part.PHOTO_CREDIT, record.getPhotoCredits(), "/photoCredits");
        }

        private void fundingTable(FundingPlan table, String pointer) {
            visit(Part.FUNDING_TABLE, table, pointer);
            if (!wanted(Part.ORGANISATION)) {
                return;
            }
            List<Contribution> rows = table.getContributions();
            String contributions = pointer + "/contributions";
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).getFunder().isPresent()) {
                    visit(Part.ORGANISATION, rows.get(i).getFunder().get(), contributions, i, "/funder");
                }
            }
        }

        private void costTable(CostBreakdown table, String pointer) {
            visit(Part.COST_TABLE, table, pointer);
            List<CostItem> items = table.getItems();
            list(Part.COST_ITEM, items, pointer + "/items");
        }

        private void narrative(Narrative narrative, String pointer) {
            visit(Part.NARRATIVE, narrative, pointer);
            list(Part.OBJECTIVE, narrative.getObjectives(), pointer + "/objectives");
            List<FocusSection> sections = narrative.getFocusSections();
            list(Part.FOCUS_SECTION, sections, pointer + "/focusSections");
            list(Part.QUOTE, narrative.getQuotes(), pointer + "/quotes");
            list(Part.REVIEW, narrative.getReviews(), pointer + "/reviews");
        }
    }
}
