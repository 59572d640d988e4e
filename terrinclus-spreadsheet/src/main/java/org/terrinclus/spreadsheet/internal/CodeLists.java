package org.terrinclus.spreadsheet.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.terrinclus.core.Labelled;
import org.terrinclus.country.Country;
import org.terrinclus.figure.FigureKind;
import org.terrinclus.funding.ContributionKind;
import org.terrinclus.organisation.IdentifierScheme;
import org.terrinclus.organisation.OrganisationKind;
import org.terrinclus.recommendation.RecommendationFamily;
import org.terrinclus.sdg.SdgGoal;
import org.terrinclus.sdg.SdgTarget;
import org.terrinclus.thematic.Thematic;

/**
 * The codes a field takes, with their French and English labels, from the core's reference data:
 * for the drop-down lists of a template, and to read a label a person picked or typed
 * ("Jeunesse", "Département") as its code.
 */
public final class CodeLists {

    /** One code and its labels. */
    public static final class Code {
        private final String code;
        private final String french;
        private final String english;

        Code(String code, String french, String english) {
            this.code = code;
            this.french = french;
            this.english = english;
        }

        public String getCode() {
            return code;
        }

        public String getLabel(boolean inFrench) {
            return inFrench ? french : english;
        }
    }

    private static final Map<String, List<Code>> BY_FIELD = new HashMap<>();
    private static final Map<String, Map<String, String>> LOOKUP = new HashMap<>();

    static {
        for (OrganisationKind kind : OrganisationKind.values()) {
            put("organisation-kind", kind.getCode(), kind);
        }
        for (ContributionKind kind : ContributionKind.values()) {
            put("contribution-kind", kind.getCode(), kind);
        }
        for (FigureKind kind : FigureKind.values()) {
            put("figure-kind", kind.getCode(), kind);
        }
        for (IdentifierScheme scheme : IdentifierScheme.values()) {
            put("identifier-scheme", scheme.getCode(), scheme);
        }
        for (RecommendationFamily family : RecommendationFamily.values()) {
            put("recommendation-family", family.getCode(), family);
        }
        for (Thematic thematic : Thematic.known()) {
            put("thematic", thematic.getCode(), thematic);
        }
        for (SdgGoal goal : SdgGoal.values()) {
            String number = Integer.toString(goal.getNumber());
            add(
                    "sdg-goal",
                    new Code(
                            number,
                            number + " – " + goal.getShortName(Locale.FRENCH),
                            number + " – " + goal.getShortName(Locale.ENGLISH)));
        }
        for (SdgTarget target : SdgTarget.all()) {
            add("sdg-target", new Code(target.getCode(), target.getCode(), target.getCode()));
        }
        List<Country> countries = new ArrayList<>(Country.all());
        for (Country country : countries) {
            put("country", country.getCode(), country);
        }
        List<Currency> currencies = new ArrayList<>(Currency.getAvailableCurrencies());
        currencies.sort(Comparator.comparing(Currency::getCurrencyCode));
        add("currency", new Code("EUR", "EUR", "EUR")); // first in the list: most amounts are in euros
        for (Currency currency : currencies) {
            if (!currency.getCurrencyCode().equals("EUR")) {
                add(
                        "currency",
                        new Code(currency.getCurrencyCode(), currency.getCurrencyCode(), currency.getCurrencyCode()));
            }
        }
        lookup("currency").put(key("€"), "EUR");
        lookup("currency").put(key("euro"), "EUR");
        lookup("currency").put(key("euros"), "EUR");
    }

    private CodeLists() {}

    /** The name of the code list a field takes its values from, if any. */
    public static Optional<String> listOf(Field field) {
        String name = field.getName().equals("0")
                ? field.getParent().map(Field::getName).orElse("")
                : field.getName();
        Optional<Field> parent = field.getParent();
        String owner = parent.map(p -> p.getName().equals("0")
                        ? p.getParent().map(Field::getName).orElse("")
                        : p.getName())
                .orElse("");
        switch (name) {
            case "country":
            case "partnerCountries":
                return Optional.of("country");
            case "currency":
                return Optional.of("currency");
            case "thematics":
                return Optional.of("thematic");
            case "sdgGoals":
                return Optional.of("sdg-goal");
            case "sdgTargets":
                return Optional.of("sdg-target");
            case "recommendationFamilies":
            case "family":
                return Optional.of("recommendation-family");
            case "scheme":
                return Optional.of("identifier-scheme");
            case "kind":
                if (owner.equals("contributions")) {
                    return Optional.of("contribution-kind");
                }
                if (owner.equals("keyFigures")) {
                    return Optional.of("figure-kind");
                }
                return Optional.of("organisation-kind");
            default:
                return field.getCodes().isEmpty() ? Optional.empty() : Optional.of("enum:" + field.getPath());
        }
    }

    /** The codes of a list, with their labels; for a plain enumeration, the codes themselves. */
    public static List<Code> codes(String list, Field field) {
        if (list.startsWith("enum:")) {
            List<Code> codes = new ArrayList<>();
            field.getCodes().forEach(code -> codes.add(new Code(code, code, code)));
            return codes;
        }
        return Collections.unmodifiableList(BY_FIELD.getOrDefault(list, List.of()));
    }

    /**
     * The code a person meant: the code itself, or one of its labels in French or English, in any
     * case and with or without accents; empty if the text names none.
     */
    public static Optional<String> code(String list, String text) {
        Map<String, String> lookup = LOOKUP.get(list);
        if (lookup == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(lookup.get(key(text)));
    }

    private static void put(String list, String code, Labelled labelled) {
        add(list, new Code(code, labelled.getLabel(Locale.FRENCH), labelled.getLabel(Locale.ENGLISH)));
    }

    private static void add(String list, Code code) {
        BY_FIELD.computeIfAbsent(list, l -> new ArrayList<>()).add(code);
        Map<String, String> lookup = lookup(list);
        lookup.putIfAbsent(key(code.code), code.code);
        lookup.putIfAbsent(key(code.french), code.code);
        lookup.putIfAbsent(key(code.english), code.code);
    }

    private static Map<String, String> lookup(String list) {
        return LOOKUP.computeIfAbsent(list, l -> new HashMap<>());
    }

    /** Case, accents and spacing do not matter when matching a label. */
    static String key(String text) {
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
        return decomposed
                .replaceAll("\\p{M}+", "")
                .replaceAll("[\\s\u00a0\u202f]+", " ")
                .toLowerCase(Locale.ROOT);
    }
}
