package org.terrinclus.validation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.terrinclus.funding.Contribution;
import org.terrinclus.funding.FundingPlan;
import org.terrinclus.organisation.Organisation;

/** Checks for an element listed twice: a partner, a funder, a code. */
public final class Duplicates {

    private Duplicates() {}

    /**
     * Reports each element whose key an earlier element of the list has, with the key ({@code
     * value}) and the first index ({@code first}).
     *
     * @param report where to report, on the record
     * @param list the list property's name
     * @param elements the list
     * @param key an element's key
     * @param <T> the type of the elements
     */
    public static <T> void check(Report report, String list, List<T> elements, Function<T, String> key) {
        if (elements.size() < 2) {
            return;
        }
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            String k = key.apply(elements.get(i));
            Integer earlier = first.putIfAbsent(k, i);
            if (earlier != null) {
                report.text("value", k).number("first", earlier).atElement(list, i);
            }
        }
    }

    /**
     * Reports each partner an earlier partner already names ({@link Names#same}).
     *
     * @param report where to report, on the record
     * @param partners the partners
     */
    public static void partners(Report report, List<Organisation> partners) {
        if (partners.size() < 2) {
            return;
        }
        String[] keys = Names.normalizeAll(partners);
        for (int i = 0; i < partners.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (Names.same(partners.get(i), keys[i], partners.get(j), keys[j])) {
                    report.text("name", partners.get(i).getName())
                            .number("first", j)
                            .atElement("partners", i);
                    break;
                }
            }
        }
    }

    /**
     * Reports each funder of a funding table that an earlier row already names.
     *
     * @param report where to report, on the table
     * @param plan the funding table
     */
    public static void funders(Report report, FundingPlan plan) {
        List<Contribution> rows = plan.getContributions();
        String[] keys = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Optional<Organisation> funder = rows.get(i).getFunder();
            if (funder.isEmpty()) {
                continue;
            }
            keys[i] = Names.normalize(funder.get().getName());
            for (int j = 0; j < i; j++) {
                Optional<Organisation> earlier = rows.get(j).getFunder();
                if (earlier.isPresent() && Names.same(funder.get(), keys[i], earlier.get(), keys[j])) {
                    report.text("name", funder.get().getName())
                            .number("first", j)
                            .at("contributions", i, "funder");
                    break;
                }
            }
        }
    }
}
