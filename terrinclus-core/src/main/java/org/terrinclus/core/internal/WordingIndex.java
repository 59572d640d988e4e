package org.terrinclus.core.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A lookup from printed wordings to reference values, tolerant of spelling and of small wording
 * differences; not public API.
 *
 * <p>A wording is looked up in three steps, each tried only if the previous one found nothing:
 *
 * <ol>
 *   <li><b>exact</b>: its {@linkplain Wordings#normalize(String) normalised} form equals a known
 *       wording's;
 *   <li><b>containment</b>: it contains, or is contained in, a known wording (on word boundaries),
 *       and the shorter of the two has at least {@value #MIN_CONTAINED_WORDS} words and at least
 *       half as many words as the longer; accepted only if a single value qualifies;
 *   <li><b>overlap</b>: the Jaccard index of the two sets of words is at least {@value
 *       #MIN_JACCARD}; accepted only if a single value reaches the best score.
 * </ol>
 *
 * <p>The word-count guards of the containment step keep a generic phrase ("Mettre en place") from
 * matching a long recommendation that merely starts with it.
 *
 * @param <T> the type of the values looked up
 */
public final class WordingIndex<T> {

    /** Fewest words the shorter wording must have for the containment step. */
    public static final int MIN_CONTAINED_WORDS = 3;

    /** Smallest Jaccard index between sets of words accepted by the overlap step. */
    public static final double MIN_JACCARD = 0.6;

    private final Map<String, List<T>> exact;
    private final List<Entry<T>> entries;

    private WordingIndex(Map<String, List<T>> exact) {
        this.exact = exact;
        List<Entry<T>> all = new ArrayList<>();
        exact.forEach((wording, values) -> {
            String[] words = wording.split(" ");
            Set<String> distinct = Wordings.words(wording);
            for (T value : values) {
                all.add(new Entry<>(wording, words.length, distinct, value));
            }
        });
        this.entries = List.copyOf(all);
    }

    /**
     * Starts an empty index.
     *
     * @param <T> the type of the values looked up
     * @return a builder to which wordings are added
     */
    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /**
     * Looks up a printed wording and returns the value it designates, if exactly one can be told.
     *
     * <p>When the exact wording is known under several values (a compound item the catalogue files
     * under two recommendations), the first one added wins.
     *
     * @param printed the wording as printed
     * @return the value, or empty if none or several fit equally
     */
    public Optional<T> match(String printed) {
        return matchAll(printed).stream().findFirst();
    }

    /**
     * Looks up a printed wording and returns every value whose known wording it is exactly, or the
     * single value a tolerant step finds.
     *
     * @param printed the wording as printed
     * @return the values in the order they were added; empty if none fits
     */
    public List<T> matchAll(String printed) {
        String normalized = Wordings.normalize(printed);
        if (normalized.isEmpty()) {
            return List.of();
        }
        List<T> hits = exact.get(normalized);
        if (hits != null) {
            return hits;
        }
        Optional<T> contained = byContainment(normalized);
        if (contained.isPresent()) {
            return List.of(contained.get());
        }
        return byOverlap(normalized).map(List::of).orElse(List.of());
    }

    /**
     * Looks up a printed wording, accepting only a normalised form equal to a known one.
     *
     * @param printed the wording as printed
     * @return the first value added under that wording, or empty
     */
    public Optional<T> matchExact(String printed) {
        List<T> hits = exact.get(Wordings.normalize(printed));
        return hits == null ? Optional.empty() : Optional.of(hits.get(0));
    }

    private Optional<T> byContainment(String normalized) {
        int words = normalized.split(" ").length;
        String padded = " " + normalized + " ";
        Set<T> candidates = new LinkedHashSet<>();
        for (Entry<T> entry : entries) {
            int shorter = Math.min(words, entry.wordCount());
            int longer = Math.max(words, entry.wordCount());
            if (shorter < MIN_CONTAINED_WORDS || 2 * shorter < longer) {
                continue;
            }
            String known = " " + entry.wording() + " ";
            if (known.contains(padded) || padded.contains(known)) {
                candidates.add(entry.value());
            }
        }
        return candidates.size() == 1 ? Optional.of(candidates.iterator().next()) : Optional.empty();
    }

    private Optional<T> byOverlap(String normalized) {
        Set<String> words = Wordings.words(normalized);
        Map<T, Double> bestByValue = new LinkedHashMap<>();
        for (Entry<T> entry : entries) {
            bestByValue.merge(entry.value(), jaccard(words, entry.words()), Math::max);
        }
        double best = bestByValue.values().stream().mapToDouble(d -> d).max().orElse(0);
        if (best < MIN_JACCARD) {
            return Optional.empty();
        }
        List<T> winners = new ArrayList<>();
        bestByValue.forEach((value, score) -> {
            if (score == best) {
                winners.add(value);
            }
        });
        return winners.size() == 1 ? Optional.of(winners.get(0)) : Optional.empty();
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        int common = 0;
        for (String word : a) {
            if (b.contains(word)) {
                common++;
            }
        }
        int union = a.size() + b.size() - common;
        return union == 0 ? 0 : (double) common / union;
    }

    private record Entry<T>(String wording, int wordCount, Set<String> words, T value) {}

    /**
     * Collects the known wordings of each value before the index is built.
     *
     * @param <T> the type of the values looked up
     */
    public static final class Builder<T> {
        private final Map<String, List<T>> exact = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Adds wordings under which a value is known; blank wordings are ignored.
         *
         * @param value the value the wordings designate
         * @param wordings the wordings, in any form: they are normalised here
         * @return this builder
         */
        public Builder<T> add(T value, Collection<String> wordings) {
            Objects.requireNonNull(value, "value must not be null");
            for (String wording : wordings) {
                String normalized = Wordings.normalize(wording);
                if (!normalized.isEmpty()) {
                    List<T> values = exact.computeIfAbsent(normalized, k -> new ArrayList<>());
                    if (!values.contains(value)) {
                        values.add(value);
                    }
                }
            }
            return this;
        }

        /**
         * Adds wordings under which a value is known; blank wordings are ignored.
         *
         * @param value the value the wordings designate
         * @param wordings the wordings, in any form: they are normalised here
         * @return this builder
         */
        public Builder<T> add(T value, String... wordings) {
            return add(value, List.of(wordings));
        }

        /**
         * Freezes the wordings added so far into an index.
         *
         * @return the index
         */
        public WordingIndex<T> build() {
            Map<String, List<T>> frozen = new LinkedHashMap<>();
            exact.forEach((wording, values) -> frozen.put(wording, List.copyOf(values)));
            return new WordingIndex<>(frozen);
        }
    }
}
